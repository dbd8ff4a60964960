import type { Session, SessionFormat, SessionInput } from '../domain/model';
import type { Db } from './open';
import { statement } from './statements';

interface SessionRow {
  id: number;
  number: number | null;
  year: number;
  date: string;
  title: string;
  chair: string | null;
  format: string;
  notes: string | null;
}

function toSession(row: SessionRow): Session {
  return { ...row, format: row.format as SessionFormat };
}

export function listSessions(db: Db): Session[] {
  return (statement(db, 'SELECT * FROM sessions ORDER BY date, id').all() as SessionRow[]).map(toSession);
}

export function getSession(db: Db, id: number): Session | null {
  const row = statement(db, 'SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  return row ? toSession(row) : null;
}

export function requireSession(db: Db, id: number): Session {
  const session = getSession(db, id);
  if (!session) throw new Error(`Không tìm thấy phiên họp #${id}`);
  return session;
}

/** The session held most recently before the given one, if any. */
export function previousSession(db: Db, session: Session): Session | null {
  const row = statement(db, 'SELECT * FROM sessions WHERE date < ? OR (date = ? AND id < ?) ORDER BY date DESC, id DESC LIMIT 1')
    .get(session.date, session.date, session.id) as SessionRow | undefined;
  return row ? toSession(row) : null;
}

/** The first session after the given date, if any. */
export function nextSessionAfter(db: Db, date: string): Session | null {
  const row = statement(db, 'SELECT * FROM sessions WHERE date > ? ORDER BY date, id LIMIT 1').get(date) as
    | SessionRow
    | undefined;
  return row ? toSession(row) : null;
}

export function findSessionByNumber(db: Db, number: number, year: number): Session | null {
  const row = statement(db, 'SELECT * FROM sessions WHERE number = ? AND year = ?').get(number, year) as
    | SessionRow
    | undefined;
  return row ? toSession(row) : null;
}

export function findSessionByDate(db: Db, date: string): Session | null {
  const row = statement(db, 'SELECT * FROM sessions WHERE date = ? ORDER BY id LIMIT 1').get(date) as
    | SessionRow
    | undefined;
  return row ? toSession(row) : null;
}

export function createSession(db: Db, input: SessionInput): Session {
  const info = statement(
    db,
    'INSERT INTO sessions (number, year, date, title, chair, format, notes) VALUES (@number, @year, @date, @title, @chair, @format, @notes)',
  ).run(input);
  return { id: Number(info.lastInsertRowid), ...input };
}

export function updateSession(db: Db, id: number, input: SessionInput): Session {
  const info = statement(
    db,
    'UPDATE sessions SET number = @number, year = @year, date = @date, title = @title, chair = @chair, format = @format, notes = @notes WHERE id = @id',
  ).run({ ...input, id });
  if (info.changes === 0) throw new Error(`Không tìm thấy phiên họp #${id}`);
  return { id, ...input };
}

export function deleteSession(db: Db, id: number): void {
  const info = statement(db, 'DELETE FROM sessions WHERE id = ?').run(id);
  if (info.changes === 0) throw new Error(`Không tìm thấy phiên họp #${id}`);
}

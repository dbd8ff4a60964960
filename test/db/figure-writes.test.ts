import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations, schemaVersion } from '../../electron/db/migration';
import { MIGRATIONS } from '../../electron/db/migrations';
import { checksByComparison } from '../../electron/db/migrations/009-checks-by-comparison';
import { auditTimeAsNumber } from '../../electron/db/migrations/012-audit-time-as-number';
import { openDatabase } from '../../electron/db/open';
import { listTaskAudit } from '../../electron/db/views';
import { failingAfter } from '../helpers/migrations';

const INSERT_FIGURE = `INSERT INTO observations (indicator_id, value, kind, qualifier, as_of, scope) VALUES (1, @value, @kind, @qualifier, '2025-06-30', 'Hà Nội')`;
const tableSql = (db: Database.Database, table: string) =>
  db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string;

/** An instant `x` (a Julian day number) as the audit log wrote it before migration 12: 2025-07-20T08:15:30.123Z. */
const ISO_OF_X = "(replace(datetime(x, 'subsec'), ' ', 'T') || 'Z')";

/** Of two million instants in 2023-2024, milliseconds apart in a varied pattern, how many meet `condition` (on `x`). */
function instantsWhere(condition: string): number {
  const db = new Database(':memory:');
  try {
    return db
      .prepare(
        `WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < 2000000),
           t(x) AS (SELECT 2440587.5 + (1700000000000 + i * 7919 + i % 1000) / 86400000.0 FROM c)
         SELECT count(*) FROM t WHERE ${condition}`,
      )
      .pluck()
      .get() as number;
  } finally {
    db.close();
  }
}

/** A version 8 file with a figure, a session and a task in it. */
function version8(): Database.Database {
  const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 8) });
  db.exec(`
    INSERT INTO sessions (id, number, year, date, title, format) VALUES (1, 1, 2025, '2025-03-01', 'Phiên họp tháng 3', 'online');
    INSERT INTO indicators (id, name, unit) VALUES (1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%');
    INSERT INTO observations (id, indicator_id, value, kind, qualifier, as_of, scope) VALUES (1, 1, 35, 'change', 'approx', '2025-01-31', NULL);
    INSERT INTO tasks (id, lead_name, content, deadline_kind) VALUES (1, 'Bộ Công an', 'Kết nối dữ liệu dân cư', 'quarter');
  `);
  return db;
}

describe('migration 9: checks by comparison', () => {
  it('keeps every row and accepts and refuses the same values as before', () => {
    const db = version8();
    runMigrations(db, MIGRATIONS);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT kind, qualifier FROM observations').all()).toEqual([{ kind: 'change', qualifier: 'approx' }]);
    for (const kind of ['level', 'change', 'count_of', 'rank']) {
      for (const qualifier of ['exact', 'approx', 'more_than', 'less_than']) db.prepare(INSERT_FIGURE).run({ value: 1, kind, qualifier });
    }
    expect(() => db.prepare(INSERT_FIGURE).run({ value: 1, kind: 'Level', qualifier: 'exact' })).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare(INSERT_FIGURE).run({ value: 1, kind: 'level', qualifier: 'about' })).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE sessions SET format = 'remote'").run()).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE tasks SET deadline_kind = 'week'").run()).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("INSERT INTO audit_log (table_name, row_id, action) VALUES ('tasks', 1, 'read')").run()).toThrow(/CHECK constraint failed/);
    db.close();
  });

  it('writes a figure without building a temporary b-tree for its checks', () => {
    const db = openDatabase(':memory:');
    const program = (sql: string) => (db.prepare(`EXPLAIN ${sql}`).all({ value: 1, kind: 'level', qualifier: 'exact' }) as Array<{ opcode: string }>).map((op) => op.opcode);
    // EXPLAIN lists the triggers' programs after the statement's: the audit entry's check too.
    expect(program(INSERT_FIGURE)).toContain('Program');
    expect(program(INSERT_FIGURE)).not.toContain('OpenEphemeral');
    db.close();
  });

  it('leaves the tables as they were when the step fails half way', () => {
    const db = version8();
    const before = tableSql(db, 'observations');
    const failing = failingAfter(checksByComparison);
    expect(() => runMigrations(db, [...MIGRATIONS.slice(0, 8), failing])).toThrow('disk full');
    expect(schemaVersion(db)).toBe(8);
    expect(tableSql(db, 'observations')).toBe(before);
    expect(() => db.prepare(INSERT_FIGURE).run({ value: 1, kind: 'Level', qualifier: 'exact' })).toThrow(/CHECK constraint failed/);
    runMigrations(db, MIGRATIONS);
    expect(tableSql(db, 'observations')).toContain("kind = 'level' OR kind = 'change'");
    db.close();
  });
});

describe('migration 10: figure inserts logged by id', () => {
  it("logs a figure's insert by its id, and its updates and delete with the row before and after", () => {
    const db = version8();
    runMigrations(db, MIGRATIONS);
    const id = db.prepare(INSERT_FIGURE).run({ value: 40, kind: 'level', qualifier: 'exact' }).lastInsertRowid;
    db.prepare('UPDATE observations SET value = 41 WHERE id = ?').run(id);
    db.prepare('DELETE FROM observations WHERE id = ?').run(id);
    const log = db.prepare("SELECT action, before, after FROM audit_log WHERE table_name = 'observations' AND row_id = ? ORDER BY id").all(id) as Array<{
      action: string;
      before: string | null;
      after: string | null;
    }>;
    expect(log.map((e) => [e.action, e.before === null, e.after === null])).toEqual([
      ['insert', true, true],
      ['update', false, false],
      ['delete', false, true],
    ]);
    // What the figure was when saved: the row before its first change.
    expect(JSON.parse(log[1]?.before ?? '{}')).toMatchObject({ value: 40, scope: 'Hà Nội', as_of: '2025-06-30' });
    expect(JSON.parse(log[2]?.before ?? '{}')).toMatchObject({ value: 41 });
    // The figure saved before the upgrade keeps its entry as it was written.
    const old = db.prepare("SELECT after FROM audit_log WHERE table_name = 'observations' AND row_id = 1").pluck().get() as string;
    expect(JSON.parse(old)).toMatchObject({ value: 35, kind: 'change' });
    db.close();
  });

  it("still shows a task's history with each inserted update as it was written", () => {
    const db = version8();
    runMigrations(db, MIGRATIONS);
    db.prepare("INSERT INTO task_updates (task_id, progress, date, note) VALUES (1, 'done', '2025-06-01', 'Đã hoàn thành')").run();
    const history = listTaskAudit(db, 1);
    expect(history.map((e) => [e.tableName, e.action])).toEqual([
      ['tasks', 'insert'],
      ['task_updates', 'insert'],
    ]);
    expect(history[1]?.after).toMatchObject({ progress: 'done', note: 'Đã hoàn thành' });
    db.close();
  });
});

describe('migration 11: audit time without printf', () => {
  it('stamps entries in the same form as before', () => {
    const db = version8();
    const stamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
    const last = () => db.prepare('SELECT at FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string;
    expect(last()).toMatch(stamp);
    runMigrations(db, MIGRATIONS.slice(0, 11));
    db.prepare(INSERT_FIGURE).run({ value: 1, kind: 'level', qualifier: 'exact' });
    expect(last()).toMatch(stamp);
    expect(Math.abs(Date.parse(last()) - Date.now())).toBeLessThan(60_000);
    db.close();
  });

  it('gives the digits strftime gave, to the millisecond', () => {
    expect(instantsWhere(`strftime('%Y-%m-%dT%H:%M:%fZ', x) IS NOT ${ISO_OF_X}`)).toBe(0);
  });
});

describe('migration 12: audit time as a number', () => {
  const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

  it('converts the entries already written and stamps new ones with the time of writing', () => {
    const db = version8();
    runMigrations(db, MIGRATIONS.slice(0, 11));
    db.prepare("UPDATE audit_log SET at = '2025-07-20T08:15:30.123Z' WHERE table_name = 'tasks'").run();
    runMigrations(db, MIGRATIONS);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare("SELECT at FROM audit_log WHERE table_name = 'tasks'").pluck().get()).toBe(1_752_999_330.123);
    db.prepare("INSERT INTO task_updates (task_id, progress, date, note) VALUES (1, 'done', '2025-06-01', 'Đã hoàn thành')").run();
    const history = listTaskAudit(db, 1);
    expect(history.map((e) => e.at)).toEqual(['2025-07-20T08:15:30.123Z', expect.stringMatching(iso)]);
    expect(Math.abs(Date.parse(history[1]?.at ?? '') - Date.now())).toBeLessThan(60_000);
    db.close();
  });

  it('gives back every digit of the old form', () => {
    expect(instantsWhere(`strftime('%Y-%m-%dT%H:%M:%fZ', unixepoch(${ISO_OF_X}, 'subsec'), 'unixepoch') IS NOT ${ISO_OF_X}`)).toBe(0);
  });

  it('leaves the entries as they were when the step fails half way', () => {
    const db = version8();
    runMigrations(db, MIGRATIONS.slice(0, 11));
    const before = db.prepare('SELECT at FROM audit_log ORDER BY id').pluck().all();
    expect(() => runMigrations(db, [...MIGRATIONS.slice(0, 11), failingAfter(auditTimeAsNumber)])).toThrow('disk full');
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare('SELECT at FROM audit_log ORDER BY id').pluck().all()).toEqual(before);
    expect(tableSql(db, 'audit_log')).toContain("DEFAULT (replace(datetime('now', 'subsec')");
    db.close();
  });
});

describe('migration 13: figures without a session indexed alone', () => {
  const plan = (db: Database.Database, sql: string) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ asOf: '2025-06-30' }) as Array<{ detail: string }>).map((r) => r.detail).join(' ');

  it('finds the figures of no session by the index of those alone', () => {
    const db = version8();
    runMigrations(db, MIGRATIONS);
    expect(plan(db, 'SELECT 1 FROM observations WHERE session_id IS NULL AND as_of <= @asOf')).toMatch(/SEARCH observations USING INDEX observations_without_session/);
    db.close();
  });

  it('still sets the figures of a deleted session to no session', () => {
    const db = version8();
    runMigrations(db, MIGRATIONS);
    db.prepare('UPDATE observations SET session_id = 1').run();
    db.prepare('DELETE FROM sessions WHERE id = 1').run();
    expect(db.prepare('SELECT session_id FROM observations').pluck().all()).toEqual([null]);
    expect(db.prepare('SELECT count(*) FROM observations WHERE session_id IS NULL AND as_of <= ?').pluck().get('2025-06-30')).toBe(1);
    db.close();
  });
});

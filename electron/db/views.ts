import type { AuditEntry } from '../domain/model';
import type { FigureView, TargetView } from '../domain/views';
import { toObservation, toTarget } from './indicators';
import type { Db } from './open';
import { statement } from './statements';

/** Figures and targets joined with the names the screens show them by. */
const FIGURE_SELECT = `SELECT o.*, i.name AS indicator_name, i.unit AS unit, d.file_name AS document_name, s.number AS session_number, s.date AS session_date
  FROM observations o JOIN indicators i ON i.id = o.indicator_id
  LEFT JOIN documents d ON d.id = o.document_id LEFT JOIN sessions s ON s.id = o.session_id`;

const TARGET_SELECT = `SELECT t.*, i.name AS indicator_name, i.unit AS unit, d.file_name AS document_name, s.number AS session_number, s.date AS session_date
  FROM targets t JOIN indicators i ON i.id = t.indicator_id
  LEFT JOIN documents d ON d.id = t.document_id LEFT JOIN sessions s ON s.id = t.session_id`;

interface Names {
  indicator_name: string;
  unit: string;
  document_name: string | null;
  session_number: number | null;
  session_date: string | null;
}

type Filter = { sessionId: number } | { indicatorId: number } | { id: number };

function where(filter: Filter, alias: string): [string, number] {
  if ('sessionId' in filter) return [`${alias}.session_id = ?`, filter.sessionId];
  if ('indicatorId' in filter) return [`${alias}.indicator_id = ?`, filter.indicatorId];
  return [`${alias}.id = ?`, filter.id];
}

function names(row: Names) {
  return { indicatorName: row.indicator_name, unit: row.unit, documentName: row.document_name, sessionNumber: row.session_number, sessionDate: row.session_date };
}

/** The figures reported at a session, measured for an indicator, or one by its id; oldest first. */
export function listFigureViews(db: Db, filter: Filter): FigureView[] {
  const [clause, value] = where(filter, 'o');
  const rows = statement(db, `${FIGURE_SELECT} WHERE ${clause} ORDER BY i.name, o.as_of, o.id`).all(value) as Array<
    Parameters<typeof toObservation>[0] & Names
  >;
  return rows.map((row) => ({ ...toObservation(row), ...names(row) }));
}

/** The targets set at a session, for an indicator, or one by its id; by due date. */
export function listTargetViews(db: Db, filter: Filter): TargetView[] {
  const [clause, value] = where(filter, 't');
  const rows = statement(db, `${TARGET_SELECT} WHERE ${clause} ORDER BY i.name, t.due_date, t.id`).all(value) as Array<
    Parameters<typeof toTarget>[0] & Names
  >;
  return rows.map((row) => ({ ...toTarget(row), ...names(row) }));
}

/** An audit entry's columns, its time (seconds since 1970, migration 12) written as 2025-07-20T08:15:30.123Z. */
const AUDIT_COLUMNS = "id, table_name, row_id, action, before, after, strftime('%Y-%m-%dT%H:%M:%fZ', at, 'unixepoch') AS at";

interface AuditRow {
  id: number;
  table_name: string;
  row_id: number;
  action: AuditEntry['action'];
  before: string | null;
  after: string | null;
  at: string;
}

/** Every recorded change to a task and to its progress updates, oldest first. */
export function listTaskAudit(db: Db, taskId: number): AuditEntry[] {
  // Two selects, each matching one partial index of migration 6.
  const rows = statement(
    db,
    `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE table_name = 'tasks' AND row_id = @taskId
     UNION ALL
     SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE table_name = 'task_updates' AND row_id IN (SELECT id FROM task_updates WHERE task_id = @taskId)
     ORDER BY id`,
  ).all({ taskId }) as AuditRow[];
  return rows.map((row) => ({
    id: row.id,
    tableName: row.table_name,
    rowId: row.row_id,
    action: row.action,
    before: row.before == null ? null : (JSON.parse(row.before) as unknown),
    after: row.after == null ? null : (JSON.parse(row.after) as unknown),
    at: row.at,
  }));
}

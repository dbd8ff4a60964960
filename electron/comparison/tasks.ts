/**
 * Tracking every task: statuses as of a date, per-agency counts under the agencies
 * that answer for the tasks now, a session's task lists, and bulk status updates.
 */
import type { IsoDate, Session, TaskStatus } from '../domain/model';
import { TASK_STATUS_LABELS } from '../domain/model';
import { nfc } from '../domain/vietnamese';
import { currentAgencyId, findAgencyByName } from '../db/agencies';
import type { Db } from '../db/open';
import { searchIdsSql, searchMatchExpression } from '../db/search';
import { requireSession } from '../db/sessions';
import { addTaskUpdate } from '../db/tasks';
import { resolveAsOf } from './as-of';
import { assertIsoDate } from './dates';
import type { TaskFilter } from './task-queries';
import { agencyMap, agencyWithPredecessors, countStatuses, emptyStatusCounts, findTasksWithStatus, forEachTaskWithStatus } from './task-queries';
import { OPEN_STATUSES, taskStatusCte } from './task-status';
import { overdueSummary } from './task-summary';
import type {
  AgencyTaskCounts,
  SessionTaskListName,
  SessionTaskPage,
  TaskCountsByAgency,
  TaskList,
  TaskListOptions,
  TaskStatusUpdateInput,
  TaskStatusUpdateResult,
  TaskWithStatus,
} from './types';
import { statement } from '../db/statements';

const STATUSES = Object.keys(TASK_STATUS_LABELS) as TaskStatus[];

/** Vietnamese order of agency names: one collator, where localeCompare(b, 'vi') sets one up on every call. */
const VI_COLLATOR = new Intl.Collator('vi');

/**
 * Every task listTaskStatuses would list for the options (paging aside), handed to
 * `visit` one at a time in list order; returns the date they are as of. For lists too
 * long to hold at once (`tasks --json`).
 */
export function forEachTaskStatus(db: Db, options: Omit<TaskListOptions, 'limit' | 'offset'>, visit: (task: TaskWithStatus) => void): IsoDate {
  const asOf = resolveAsOf(db, options);
  const statuses = checkedStatus(options.status);
  forEachTaskWithStatus(db, asOf, taskFilter(db, options), { statuses }, visit);
  return asOf;
}

/** Tasks with their status as of a date, filtered and paged in SQL; counts by status for the filter buttons. */
export function listTaskStatuses(db: Db, options: TaskListOptions = {}): TaskList {
  const asOf = resolveAsOf(db, options);
  const statuses = checkedStatus(options.status);
  const filter = taskFilter(db, options);
  const countsByStatus = countStatuses(db, asOf, filter);
  const total = options.status ? countsByStatus[options.status] : STATUSES.reduce((sum, s) => sum + countsByStatus[s], 0);
  const tasks = findTasksWithStatus(db, asOf, filter, { statuses, limit: options.limit, offset: options.offset });
  return { asOf, total, countsByStatus, tasks };
}

/** The status filter as a list for the queries; an unknown status is refused. */
function checkedStatus(status: TaskStatus | undefined): TaskStatus[] | undefined {
  if (status === undefined) return undefined;
  if (!STATUSES.includes(status)) throw new Error(`Trạng thái không hợp lệ: "${String(status)}"`);
  return [status];
}

/**
 * Tasks by status per agency as it stands now: a predecessor's tasks count under its
 * successor (Bộ TT&TT's under Bộ KH&CN). Leads not in the catalogue count under the
 * name the text gave.
 */
export function countTasksByAgency(db: Db, asOf?: IsoDate, options: { agency?: number | string } = {}): TaskCountsByAgency {
  const date = resolveAsOf(db, { asOf });
  const filter: TaskFilter = options.agency === undefined ? { where: [], params: {} } : agencyFilter(db, options.agency);
  const params = { ...filter.params, asOf: date };
  const linked = statement(db, 
      `WITH ${taskStatusCte([...filter.where, 't.lead_agency_id IS NOT NULL'])}
       SELECT lead_agency_id AS agencyId, status, count(*) AS n FROM task_status GROUP BY lead_agency_id, status`,
    )
    .all(params) as Array<{ agencyId: number; status: TaskStatus; n: number }>;
  // A filter by agency leaves no unlinked lead to count.
  const unlinked = (options.agency !== undefined
    ? []
    : statement(db, 
          `WITH ${taskStatusCte(['t.lead_agency_id IS NULL'])}
           SELECT t.lead_name AS leadName, s.status, count(*) AS n FROM task_status s JOIN tasks t ON t.id = s.id
           GROUP BY t.lead_name, s.status`,
        )
        .all(params)) as Array<{ leadName: string | null; status: TaskStatus; n: number }>;

  const agencies = agencyMap(db);
  const byKey = new Map<string, AgencyTaskCounts>();
  const add = (key: string, make: () => Omit<AgencyTaskCounts, 'counts' | 'total'>, status: TaskStatus, n: number) => {
    let entry = byKey.get(key);
    if (!entry) {
      entry = { ...make(), counts: emptyStatusCounts(), total: 0 };
      byKey.set(key, entry);
    }
    entry.counts[status] += n;
    entry.total += n;
  };
  for (const row of linked) {
    const current = agencies.get(currentAgencyId(agencies, row.agencyId));
    const agencyId = current?.id ?? row.agencyId;
    const make = () => ({ agencyId, agencyName: current?.name ?? '', agencyKind: current?.kind ?? null });
    add(`id:${agencyId}`, make, row.status, row.n);
  }
  for (const row of unlinked) {
    const name = row.leadName?.trim() || 'Chưa xác định cơ quan chủ trì';
    add(`name:${name}`, () => ({ agencyId: null, agencyName: name, agencyKind: null }), row.status, row.n);
  }

  const rows = [...byKey.values()].sort(
    (a, b) => b.counts.overdue - a.counts.overdue || b.total - a.total || VI_COLLATOR.compare(a.agencyName, b.agencyName),
  );
  const totals = emptyStatusCounts();
  for (const row of rows) for (const s of STATUSES) totals[s] += row.counts[s];
  const overdueAgencies = rows.filter((r) => r.counts.overdue > 0);
  return {
    asOf: date,
    agencies: rows,
    totals,
    overdueAgencyCount: overdueAgencies.length,
    summary: overdueSummary(totals.overdue, overdueAgencies.map((r) => r.agencyKind)),
  };
}

/**
 * A page of one of a session's task lists, each task with its status on the session's
 * date, by deadline, with the list's length: years of sessions leave tens of thousands
 * of open tasks to carry over (57,714 into the latest session of bench/generate.ts),
 * too many to send or show at once.
 */
export function sessionTaskPage(db: Db, sessionId: number, list: SessionTaskListName, page: { limit: number; offset: number }): SessionTaskPage {
  const session = requireSession(db, sessionId);
  const selection = sessionTaskSelection(session, list);
  return {
    total: selectionLength(db, session.date, selection),
    tasks: findTasksWithStatus(db, session.date, selection.filter, { statuses: selection.statuses, limit: page.limit, offset: page.offset }),
  };
}

/** How many tasks each of the session's lists holds. */
export function sessionTaskCounts(db: Db, sessionId: number): Record<SessionTaskListName, number> {
  const session = requireSession(db, sessionId);
  const length = (list: SessionTaskListName) => selectionLength(db, session.date, sessionTaskSelection(session, list));
  return { new: length('new'), carriedOver: length('carriedOver') };
}

/** How many tasks the selection holds as of the date. */
function selectionLength(db: Db, asOf: IsoDate, { filter, statuses = STATUSES }: SessionTaskSelection): number {
  const counts = countStatuses(db, asOf, filter);
  return statuses.reduce((sum, status) => sum + counts[status], 0);
}

/** Which tasks a list holds: the conditions on `t` (the tasks table), and the statuses (every one when not given). */
type SessionTaskSelection = { filter: TaskFilter; statuses?: readonly TaskStatus[] };

/**
 * Which tasks a session's list holds, as of its date. The exports list and sum up the
 * same tasks (exporting/conclusion-content.ts).
 */
export function sessionTaskSelection(session: Pick<Session, 'id' | 'date'>, list: SessionTaskListName): SessionTaskSelection {
  if (list === 'new') return { filter: { where: ['t.session_id = @sessionId'], params: { sessionId: session.id } } };
  // Later sessions' tasks do not exist yet on the date; this leaves out the session's
  // own and those of a session held the same day after it.
  return {
    filter: {
      where: ['coalesce(t.session_id, 0) NOT IN (SELECT id FROM sessions WHERE date = @sessionDate AND id >= @sessionId)'],
      params: { sessionId: session.id, sessionDate: session.date },
    },
    statuses: OPEN_STATUSES,
  };
}

/**
 * Records one progress update for many tasks at once, in one transaction: all of
 * them or, when any id is unknown, none. The updates are the history (task_updates,
 * logged by the audit triggers); statuses are computed from them.
 */
export function updateTaskStatus(db: Db, input: TaskStatusUpdateInput): TaskStatusUpdateResult {
  const taskIds = [...new Set(input.taskIds)];
  if (taskIds.length === 0) throw new Error('Chưa chọn nhiệm vụ nào để cập nhật');
  if (input.progress !== 'done' && input.progress !== 'in_progress') throw new Error(`Tiến độ không hợp lệ: "${String(input.progress)}"`);
  assertIsoDate(input.date);
  const note = input.note?.trim() ? nfc(input.note.trim()) : null;
  return db.transaction((): TaskStatusUpdateResult => {
    if (input.evidenceDocumentId != null && !statement(db, 'SELECT 1 FROM documents WHERE id = ?').get(input.evidenceDocumentId)) {
      throw new Error(`Không tìm thấy văn bản #${input.evidenceDocumentId}`);
    }
    const updates = taskIds.map((taskId) =>
      addTaskUpdate(db, { taskId, progress: input.progress, date: input.date, note, evidenceDocumentId: input.evidenceDocumentId }),
    );
    return { updated: updates.length, updates };
  }).immediate();
}

/** Tasks led by the agency (an id, a name or a short form) or by one it took over. */
function agencyFilter(db: Db, agency: number | string): TaskFilter {
  const agencies = agencyMap(db);
  const found = typeof agency === 'number' ? agencies.get(agency) : findAgencyByName(db, agency);
  if (!found) throw new Error(`Không tìm thấy cơ quan "${agency}"`);
  return {
    where: ['t.lead_agency_id IN (SELECT value FROM json_each(@agencyIds))'],
    params: { agencyIds: JSON.stringify(agencyWithPredecessors(agencies, found.id)) },
  };
}

function taskFilter(db: Db, options: TaskListOptions): TaskFilter {
  const { where, params }: TaskFilter = options.agency === undefined ? { where: [], params: {} } : agencyFilter(db, options.agency);
  if (options.sessionId !== undefined) {
    where.push('t.session_id = @sessionId');
    params.sessionId = options.sessionId;
  }
  if (options.dueFrom !== undefined) {
    assertIsoDate(options.dueFrom);
    where.push('t.due_date >= @dueFrom');
    params.dueFrom = options.dueFrom;
  }
  if (options.dueTo !== undefined) {
    assertIsoDate(options.dueTo);
    where.push('t.due_date <= @dueTo');
    params.dueTo = options.dueTo;
  }
  const match = options.text === undefined ? null : searchMatchExpression(options.text);
  if (match !== null) {
    where.push(`t.id IN (${searchIdsSql('task', '@match')})`);
    params.match = match;
  }
  return { where, params };
}

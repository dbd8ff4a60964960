/**
 * The queries behind every task list: statuses computed in SQL as of a date
 * (task-status.ts), filtered and paged there, and only the page's tasks read in full.
 */
import type { Agency, IsoDate, Task, TaskStatus } from '../domain/model';
import { TASK_STATUS_LABELS } from '../domain/model';
import { currentAgencyId, listAgencies } from '../db/agencies';
import type { Db } from '../db/open';
import type { TaskRow } from '../db/tasks';
import { TASK_SELECT, toTask } from '../db/tasks';
import { daysBetween } from './dates';
import { taskStatusCte } from './task-status';
import type { StatusCounts, TaskWithStatus } from './types';
import { statement } from '../db/statements';

/** Conditions on `t` (the tasks table) with the named parameters they use. */
export interface TaskFilter {
  where: string[];
  params: Record<string, unknown>;
}

export interface TaskPage {
  statuses?: readonly TaskStatus[];
  limit?: number;
  offset?: number;
}

export function emptyStatusCounts(): StatusCounts {
  return { done_on_time: 0, done_late: 0, in_progress_on_time: 0, overdue: 0, recurring: 0 };
}

export function agencyMap(db: Db): Map<number, Agency> {
  return new Map(listAgencies(db).map((a) => [a.id, a]));
}

/** How many tasks match the filter, by status, as of the date. */
export function countStatuses(db: Db, asOf: IsoDate, filter: TaskFilter): StatusCounts {
  const rows = statement(db, `WITH ${taskStatusCte(filter.where)} SELECT status, count(*) AS n FROM task_status GROUP BY status`)
    .all({ ...filter.params, asOf }) as Array<{ status: TaskStatus; n: number }>;
  const counts = emptyStatusCounts();
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** Tasks read in full at a time when a whole list is visited: bounded memory, few statements. */
const CHUNK = 1_000;

/**
 * The matching tasks with their status as of the date, by deadline (undated last), then
 * id. `tasks --json` lists every task (98,000 at a recent date of the bench database):
 * forEachTaskWithStatus hands them over one at a time, so a whole list is never held.
 */
export function findTasksWithStatus(db: Db, asOf: IsoDate, filter: TaskFilter, page: TaskPage = {}): TaskWithStatus[] {
  const tasks: TaskWithStatus[] = [];
  forEachTaskWithStatus(db, asOf, filter, page, (task) => tasks.push(task));
  return tasks;
}

/**
 * Visits the matching tasks in list order. The statuses are ranked in SQL (id, status
 * and completion date only), then the tasks are read in full CHUNK at a time, each made
 * once, its status set on the object the row became; all in one read transaction, so
 * the chunks agree with the ranking. `visit` must not write to the database.
 */
export function forEachTaskWithStatus(db: Db, asOf: IsoDate, filter: TaskFilter, page: TaskPage, visit: (task: TaskWithStatus) => void): void {
  db.transaction(() => {
    const ranked = rankTasks(db, asOf, filter, page);
    if (ranked.length === 0) return;
    const agencies = agencyMap(db);
    const byId = new Map<number, TaskRow>();
    for (let start = 0; start < ranked.length; start += CHUNK) {
      const chunk = ranked.slice(start, start + CHUNK);
      const rows = statement(db, `${TASK_SELECT} WHERE t.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(chunk.map((r) => r[0]))) as TaskRow[];
      byId.clear();
      for (const row of rows) byId.set(row.id, row);
      for (const [id, status, doneDate] of chunk) {
        const row = byId.get(id);
        if (row) visit(withStatus(toTask(row), status, doneDate, asOf, agencies));
      }
    }
  })();
}

/** The matching tasks' ids with their status and completion date, in list order, paged. */
function rankTasks(db: Db, asOf: IsoDate, filter: TaskFilter, page: TaskPage): Array<[id: number, status: TaskStatus, doneDate: IsoDate | null]> {
  const statusCondition = page.statuses ? 'WHERE status IN (SELECT value FROM json_each(@statuses))' : '';
  return statement(
    db,
    `WITH ${taskStatusCte(filter.where)}
     SELECT id, status, done_date FROM task_status ${statusCondition}
     ORDER BY due_date IS NULL, due_date, id LIMIT @limit OFFSET @offset`,
  )
    .raw(true)
    .all({
      ...filter.params,
      asOf,
      statuses: JSON.stringify(page.statuses ?? []),
      // SQLite reads a negative LIMIT as "no limit".
      limit: page.limit ?? -1,
      offset: page.offset ?? 0,
    }) as Array<[id: number, status: TaskStatus, doneDate: IsoDate | null]>;
}

function withStatus(task: Task, status: TaskStatus, doneDate: IsoDate | null, asOf: IsoDate, agencies: ReadonlyMap<number, Agency>): TaskWithStatus {
  const current = task.leadAgencyId == null ? undefined : agencies.get(currentAgencyId(agencies, task.leadAgencyId));
  return Object.assign(task, {
    status,
    statusLabel: TASK_STATUS_LABELS[status],
    doneDate,
    overdueDays: status === 'overdue' && task.deadline.due ? daysBetween(task.deadline.due, asOf) : null,
    currentAgencyId: current?.id ?? null,
    currentAgencyName: current?.name ?? task.leadName,
  });
}

/** The agency and every predecessor whose tasks passed to it (Bộ TT&TT's to Bộ KH&CN). */
export function agencyWithPredecessors(agencies: ReadonlyMap<number, Agency>, agencyId: number): number[] {
  return [...agencies.keys()].filter((id) => {
    let current: number | null = id;
    for (let hops = 0; current != null && hops <= agencies.size; hops++) {
      if (current === agencyId) return true;
      current = agencies.get(current)?.successorId ?? null;
    }
    return false;
  });
}

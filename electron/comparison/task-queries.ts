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

/**
 * The matching tasks with their status as of the date, by deadline (undated last), then
 * id. `tasks --json` lists every task this way (98,000 at a recent date of the bench
 * database): the statuses are read as arrays and each task is made once, its status
 * set on the object the row became rather than copied into another.
 */
export function findTasksWithStatus(db: Db, asOf: IsoDate, filter: TaskFilter, page: TaskPage = {}): TaskWithStatus[] {
  const statusCondition = page.statuses ? 'WHERE status IN (SELECT value FROM json_each(@statuses))' : '';
  const ranked = statement(db, 
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
  if (ranked.length === 0) return [];

  const rows = statement(db, `${TASK_SELECT} WHERE t.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ranked.map((r) => r[0]))) as TaskRow[];
  const byId = new Map<number, TaskRow>();
  for (const row of rows) byId.set(row.id, row);
  const agencies = agencyMap(db);
  const tasks: TaskWithStatus[] = [];
  for (const [id, status, doneDate] of ranked) {
    const row = byId.get(id);
    if (row) tasks.push(withStatus(toTask(row), status, doneDate, asOf, agencies));
  }
  return tasks;
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

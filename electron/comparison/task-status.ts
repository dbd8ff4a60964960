/**
 * A task's status as of a date, as the Government Office counts it (domain.md), in
 * two forms that must agree: taskStatusAsOf for one task in hand, and the SQL below
 * for lists and counts over every task (checked against each other in the tests).
 *
 * The rule: a task is done as of a date when a 'done' update is dated on or before it;
 * the latest such update gives the completion date, on time when it is not after the
 * deadline. An open task is recurring (never overdue) for recurring work, overdue once
 * its deadline has passed, and in progress otherwise, including work without a deadline.
 */
import type { IsoDate, Task, TaskStatus, TaskUpdate } from '../domain/model';

/** The date of the latest 'done' update on or before asOf, if any. */
export function doneDateAsOf(updates: ReadonlyArray<Pick<TaskUpdate, 'progress' | 'date'>>, asOf: IsoDate): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const u of updates) {
    if (u.progress === 'done' && u.date <= asOf && (latest === null || u.date > latest)) latest = u.date;
  }
  return latest;
}

export function taskStatusAsOf(
  task: Pick<Task, 'deadline'>,
  updates: ReadonlyArray<Pick<TaskUpdate, 'progress' | 'date'>>,
  asOf: IsoDate,
): TaskStatus {
  const { kind, due } = task.deadline;
  const done = doneDateAsOf(updates, asOf);
  if (done !== null) return due === null || done <= due ? 'done_on_time' : 'done_late';
  if (kind === 'recurring') return 'recurring';
  if (kind !== 'none' && due !== null && due < asOf) return 'overdue';
  return 'in_progress_on_time';
}

export const OPEN_STATUSES: readonly TaskStatus[] = ['in_progress_on_time', 'overdue', 'recurring'];

/**
 * A common table expression `task_status(id, lead_agency_id, due_date, done_date,
 * status)` over the tasks that existed on @asOf and satisfy `where` (conditions on `t`,
 * the tasks table, with named parameters).
 *
 * It reads the covering index tasks_status alone (migration 2): each task carries the
 * dates of its first and last 'done' update, so the completion date as of any day is
 * the last one once it has passed, none before the first, and only in between (a task
 * reported done twice) a lookup in task_updates. A task exists from the date of the
 * session that assigned it; one without a session always exists.
 */
export function taskStatusCte(where: readonly string[] = []): string {
  // Worded as "not assigned by a later session" rather than "no session or an earlier
  // one": an OR of index terms tempts the planner into per-row table lookups.
  const conditions = ['coalesce(t.session_id, 0) NOT IN (SELECT id FROM sessions WHERE date > @asOf)', ...where];
  return `task_status AS (
      SELECT id, lead_agency_id, due_date, done_date,
        CASE
          WHEN done_date IS NOT NULL THEN
            CASE WHEN due_date IS NULL OR done_date <= due_date THEN 'done_on_time' ELSE 'done_late' END
          WHEN deadline_kind = 'recurring' THEN 'recurring'
          WHEN deadline_kind <> 'none' AND due_date < @asOf THEN 'overdue'
          ELSE 'in_progress_on_time'
        END AS status
      FROM (
        SELECT t.id, t.lead_agency_id, t.due_date, t.deadline_kind,
          CASE
            WHEN t.last_done_date <= @asOf THEN t.last_done_date
            WHEN t.first_done_date IS NULL OR t.first_done_date > @asOf THEN NULL
            ELSE (SELECT max(u.date) FROM task_updates u WHERE u.task_id = t.id AND u.progress = 'done' AND u.date <= @asOf)
          END AS done_date
        FROM tasks t
        WHERE ${conditions.join(' AND ')}
      )
    )`;
}

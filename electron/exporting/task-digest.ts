/**
 * Task lists too long to print whole, summed up by the agency that answers for them now
 * (a merged ministry's tasks under its successor, as countTasksByAgency counts them): how
 * many, how many overdue, and the first few by deadline. One statement over the task
 * statuses of comparison/task-status.ts counts each lead's tasks and orders their ids;
 * only the tasks named are then read in full. Reading all 57,714 open tasks of the bench
 * session as objects (sessionTaskList) took 1.8 s, to name a handful per agency.
 */
import type { TaskWithStatus } from '../comparison';
import type { TaskFilter } from '../comparison/task-queries';
import { agencyMap, findTasksWithStatus } from '../comparison/task-queries';
import { taskStatusCte } from '../comparison/task-status';
import { currentAgencyId } from '../db/agencies';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { AgencyKind, IsoDate, TaskStatus } from '../domain/model';

/** Which tasks: conditions on `t` (the tasks table) and the statuses as of the date. */
export interface TaskSelection {
  filter: TaskFilter;
  /** Every status when not given. */
  statuses?: readonly TaskStatus[];
}

export interface AgencyDigest {
  agencyId: number | null;
  agencyName: string;
  agencyKind: AgencyKind | null;
  count: number;
  overdue: number;
  /** The agency's first tasks by deadline (the longest overdue first), as many as asked for. */
  first: TaskWithStatus[];
}

export interface TaskDigest {
  total: number;
  overdue: number;
  /** Most overdue first, then most tasks, then by name. */
  agencies: AgencyDigest[];
}

/**
 * Per lead as recorded (an agency, or the name of a lead outside the catalogue): how
 * many, how many overdue, and its tasks' ids by deadline, undated last. Grouping with
 * an ordered group_concat took half the time of ranking every task with a window
 * function (52 against 91 ms for the 57,714 open tasks of the bench session).
 */
function digestSql(where: readonly string[], byStatus: boolean): string {
  return `WITH ${taskStatusCte(where)}
    SELECT lead_agency_id,
      CASE WHEN lead_agency_id IS NULL THEN (SELECT lead_name FROM tasks WHERE tasks.id = task_status.id) END AS lead_name,
      count(*), sum(status = 'overdue'), group_concat(id, ',' ORDER BY due_date IS NULL, due_date, id)
    FROM task_status ${byStatus ? 'WHERE status IN (SELECT value FROM json_each(@statuses))' : ''}
    GROUP BY 1, 2`;
}

type DigestRow = [agencyId: number | null, leadName: string | null, count: number, overdue: number, ids: string];

const UNKNOWN_LEAD = 'Chưa xác định cơ quan chủ trì';
const VI_COLLATOR = new Intl.Collator('vi');

/** The key of the agency answering for a task now: its successor's id, or the name of a lead outside the catalogue. */
const agencyKey = (agencyId: number | null, leadName: string | null) => (agencyId == null ? `name:${leadName?.trim() || UNKNOWN_LEAD}` : `id:${agencyId}`);

/** The selected tasks as of the date, counted per current agency with the first `first` of each. */
export function digestTasks(db: Db, asOf: IsoDate, selection: TaskSelection, first: number): TaskDigest {
  const { filter, statuses } = selection;
  const rows = statement(db, digestSql(filter.where, statuses !== undefined))
    .raw(true)
    .all({ ...filter.params, asOf, statuses: JSON.stringify(statuses ?? []) }) as DigestRow[];

  const agencies = agencyMap(db);
  const groups = new Map<string, AgencyDigest>();
  const candidates: number[] = [];
  for (const [agencyId, leadName, count, overdue, ids] of rows) {
    const current = agencyId == null ? undefined : agencies.get(currentAgencyId(agencies, agencyId));
    const currentId = agencyId == null ? null : (current?.id ?? agencyId);
    const key = agencyKey(currentId, leadName);
    const group = groups.get(key) ?? {
      agencyId: currentId,
      agencyName: current?.name ?? (leadName?.trim() || UNKNOWN_LEAD),
      agencyKind: current?.kind ?? null,
      count: 0,
      overdue: 0,
      first: [],
    };
    groups.set(key, group);
    group.count += count;
    group.overdue += overdue;
    // A successor's first tasks are among the first of each lead it took over.
    candidates.push(...ids.split(',', first).map(Number));
  }
  // Read in full in deadline order, so each agency keeps its first.
  for (const task of readTasks(db, asOf, candidates)) {
    const group = groups.get(agencyKey(task.currentAgencyId, task.leadName));
    if (group && group.first.length < first) group.first.push(task);
  }
  const list = [...groups.values()].sort(
    (a, b) => b.overdue - a.overdue || b.count - a.count || VI_COLLATOR.compare(a.agencyName, b.agencyName),
  );
  return {
    total: list.reduce((sum, a) => sum + a.count, 0),
    overdue: list.reduce((sum, a) => sum + a.overdue, 0),
    agencies: list,
  };
}

/** Every selected task as of the date, by deadline: for lists short enough to print whole. */
export function listTasks(db: Db, asOf: IsoDate, { filter, statuses }: TaskSelection): TaskWithStatus[] {
  return findTasksWithStatus(db, asOf, filter, statuses ? { statuses } : {});
}

function readTasks(db: Db, asOf: IsoDate, ids: readonly number[]): TaskWithStatus[] {
  if (ids.length === 0) return [];
  return findTasksWithStatus(db, asOf, { where: ['t.id IN (SELECT value FROM json_each(@ids))'], params: { ids: JSON.stringify(ids) } });
}

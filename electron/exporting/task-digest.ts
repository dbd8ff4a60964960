/**
 * Task lists too long to print whole, summed up by the agency that answers for them now
 * (a merged ministry's tasks under its successor, as countTasksByAgency counts them): how
 * many, how many overdue, and the first few by deadline. One statement over the task
 * statuses of comparison/task-status.ts counts each lead's tasks; each lead's first few
 * are found by a walk along its deadlines that stops once it has them; only the tasks
 * named are then read in full. Reading all 57,714 open tasks of the bench session as
 * objects took 1.8 s, to name a handful per agency.
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

const statusClause = (byStatus: boolean) => (byStatus ? 'WHERE status IN (SELECT value FROM json_each(@statuses))' : '');

/**
 * Per lead in the catalogue: how many, how many overdue. The statuses are read along
 * tasks_status, which begins with the lead, so the groups come as the scan goes, with no
 * sort; numbering every lead's tasks by deadline as well (an ordered group_concat) took
 * as long again: 62 against 28-35 ms for the 57,714 open tasks of the bench session.
 */
function leadCountsSql(where: readonly string[], byStatus: boolean): string {
  return `WITH ${taskStatusCte([...where, 't.lead_agency_id IS NOT NULL'])}
    SELECT lead_agency_id, count(*), sum(status = 'overdue') FROM task_status ${statusClause(byStatus)}
    GROUP BY lead_agency_id`;
}

/**
 * A lead's first tasks by deadline, then id: those with a deadline along tasks_lead_due
 * (lead, deadline, id: the order asked for, so the walk stops at @first), then, if too
 * few, those without one by id. 34 walks took 5-6 ms for the bench session.
 */
function leadFirstSql(where: readonly string[], byStatus: boolean, dated: boolean): string {
  return `WITH ${taskStatusCte([...where, 't.lead_agency_id = @lead', `t.due_date IS ${dated ? 'NOT ' : ''}NULL`])}
    SELECT id FROM task_status ${statusClause(byStatus)} ORDER BY ${dated ? 'due_date, ' : ''}id LIMIT @first`;
}

/** Leads outside the catalogue, by the name recorded (few tasks): how many, how many overdue, and their ids by deadline, undated last. */
function namedLeadsSql(where: readonly string[], byStatus: boolean): string {
  return `WITH ${taskStatusCte([...where, 't.lead_agency_id IS NULL'])}
    SELECT (SELECT lead_name FROM tasks WHERE tasks.id = task_status.id) AS lead_name,
      count(*), sum(status = 'overdue'), group_concat(id, ',' ORDER BY due_date IS NULL, due_date, id)
    FROM task_status ${statusClause(byStatus)} GROUP BY 1`;
}

type LeadCountRow = [agencyId: number, count: number, overdue: number];
type NamedLeadRow = [leadName: string | null, count: number, overdue: number, ids: string];

const UNKNOWN_LEAD = 'Chưa xác định cơ quan chủ trì';
const VI_COLLATOR = new Intl.Collator('vi');

/** The key of the agency answering for a task now: its successor's id, or the name of a lead outside the catalogue. */
const agencyKey = (agencyId: number | null, leadName: string | null) => (agencyId == null ? `name:${leadName?.trim() || UNKNOWN_LEAD}` : `id:${agencyId}`);

/**
 * The first `first` tasks of a lead in the catalogue, by deadline (undated last), then
 * id: the two walks of leadFirstSql, prepared once for every lead of a digest.
 */
function leadFirstReader(db: Db, where: readonly string[], byStatus: boolean, params: Record<string, unknown>, first: number): (lead: number) => number[] {
  const dated = statement(db, leadFirstSql(where, byStatus, true)).pluck();
  const undated = statement(db, leadFirstSql(where, byStatus, false)).pluck();
  return (lead) => {
    const ids = dated.all({ ...params, lead, first }) as number[];
    if (ids.length >= first) return ids;
    return [...ids, ...(undated.all({ ...params, lead, first: first - ids.length }) as number[])];
  };
}

/** The selected tasks as of the date, counted per current agency with the first `first` of each. */
export function digestTasks(db: Db, asOf: IsoDate, selection: TaskSelection, first: number): TaskDigest {
  const { filter, statuses } = selection;
  const byStatus = statuses !== undefined;
  const params = { ...filter.params, asOf, statuses: JSON.stringify(statuses ?? []) };
  const agencies = agencyMap(db);
  const groups = new Map<string, AgencyDigest>();
  // A successor's first tasks are among the first of each lead it took over.
  const candidates: number[] = [];
  const count = (agencyId: number | null, leadName: string | null, tasks: number, overdue: number) => {
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
    group.count += tasks;
    group.overdue += overdue;
  };
  const leadFirst = leadFirstReader(db, filter.where, byStatus, params, first);
  for (const [agencyId, tasks, overdue] of statement(db, leadCountsSql(filter.where, byStatus)).raw(true).all(params) as LeadCountRow[]) {
    count(agencyId, null, tasks, overdue);
    candidates.push(...leadFirst(agencyId));
  }
  for (const [leadName, tasks, overdue, ids] of statement(db, namedLeadsSql(filter.where, byStatus)).raw(true).all(params) as NamedLeadRow[]) {
    count(null, leadName, tasks, overdue);
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

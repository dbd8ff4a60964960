/**
 * The targets a comparison is judged against: every target read once (reference-data.ts
 * keeps them per connection), and the one in force for a series chosen at each call.
 */
import type { IsoDate } from '../domain/model';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { Sources } from './sources';
import type { TargetWithSource } from './types';

/** The columns TargetRow reads, in order; session and document names come from Sources, not joins. */
const TARGET_COLUMNS =
  'id, indicator_id, value, value_max, of_value, due_date, scope, baseline_value, baseline_date, session_id, document_id, evidence';

type TargetRow = [
  id: number,
  indicatorId: number,
  value: number,
  valueMax: number | null,
  of: number | null,
  dueDate: IsoDate,
  scope: string | null,
  baselineValue: number | null,
  baselineDate: IsoDate | null,
  sessionId: number | null,
  documentId: number | null,
  evidence: string | null,
];
const T_ID = 0;
const T_INDICATOR = 1;
const T_DUE = 5;
const T_SCOPE = 6;
const T_SESSION = 9;

/** A target as kept between calls, with what it gives a comparison made on first use. */
interface TargetEntry {
  row: TargetRow;
  /** The date of the session that set it, before which it was not yet in force; '' without a session. */
  setOn: IsoDate | '';
  /** The target with its source, for its own scope and standing in for another; shared by every comparison, so frozen. */
  own: Readonly<TargetWithSource> | null;
  inherited: Readonly<TargetWithSource> | null;
}

/** An indicator's targets, in the order read (due date, then entry): all of them, and by scope. */
export interface IndicatorTargets {
  all: TargetEntry[];
  byScope: Map<string | null, TargetEntry[]>;
}

export type TargetsByIndicator = Map<number, IndicatorTargets>;

/** Every target, by indicator and scope. */
export function loadAllTargets(db: Db, sources: Sources): TargetsByIndicator {
  const rows = statement(db, `SELECT ${TARGET_COLUMNS} FROM targets ORDER BY indicator_id, due_date, id`).raw(true).all() as TargetRow[];
  const byIndicator: TargetsByIndicator = new Map();
  for (const row of rows) {
    const sessionId = row[T_SESSION];
    const entry: TargetEntry = { row, setOn: (sessionId == null ? undefined : sources.sessions.get(sessionId)?.date) ?? '', own: null, inherited: null };
    let targets = byIndicator.get(row[T_INDICATOR]);
    if (!targets) byIndicator.set(row[T_INDICATOR], (targets = { all: [], byScope: new Map() }));
    targets.all.push(entry);
    const group = targets.byScope.get(row[T_SCOPE]);
    if (group) group.push(entry);
    else targets.byScope.set(row[T_SCOPE], [entry]);
  }
  return byIndicator;
}

/** Every target of the indicator with its source, in force or not, by due date. */
export function everyTarget(targets: IndicatorTargets | undefined, sources: Sources): TargetWithSource[] {
  return targets ? targets.all.map((entry) => sourced(entry, false, sources)) : [];
}

/**
 * The target in force for a scope at a date, as of `asOf`: the scope's own targets, else
 * the nationwide ones (a nationwide 80% applies to the provinces too); among them the
 * earliest due on or after the date, else the last one due. A revised target (same due
 * date, entered later) replaces the earlier one; one set at a session after `asOf` was
 * not yet in force.
 */
export function targetInForce(
  targets: IndicatorTargets | undefined,
  scope: string | null,
  date: IsoDate,
  asOf: IsoDate,
  sources: Sources,
): Readonly<TargetWithSource> | null {
  if (!targets) return null;
  let chosen = chooseIn(targets.byScope.get(scope), date, asOf);
  if (!chosen && scope != null) chosen = chooseIn(targets.byScope.get(null), date, asOf);
  return chosen ? sourced(chosen, chosen.row[T_SCOPE] !== scope, sources) : null;
}

/** The scopes with a target in force as of the date, in the order first read. */
export function scopesWithTargets(targets: IndicatorTargets | undefined, asOf: IsoDate): Array<string | null> {
  const scopes: Array<string | null> = [];
  if (!targets) return scopes;
  for (const [scope, entries] of targets.byScope) if (entries.some((entry) => entry.setOn <= asOf)) scopes.push(scope);
  return scopes;
}

function chooseIn(pool: TargetEntry[] | undefined, date: IsoDate, asOf: IsoDate): TargetEntry | null {
  return pool ? (pick(pool, date, asOf) ?? pick(pool, null, asOf)) : null;
}

/**
 * Of the targets in force as of `asOf`, the earliest-due one due on or after `from`, or
 * with `from` null the latest-due one; of two due the same day, the one entered later.
 */
function pick(targets: TargetEntry[], from: IsoDate | null, asOf: IsoDate): TargetEntry | null {
  let best: TargetEntry | null = null;
  for (const entry of targets) {
    const t = entry.row;
    if (entry.setOn > asOf || (from != null && t[T_DUE] < from)) continue;
    if (!best) best = entry;
    else if (t[T_DUE] !== best.row[T_DUE]) {
      if (t[T_DUE] > best.row[T_DUE] === (from == null)) best = entry;
    } else if (t[T_ID] > best.row[T_ID]) best = entry;
  }
  return best;
}

/** The entry's target with its source, made once per entry and kind of use. */
function sourced(entry: TargetEntry, inheritedFromNationwide: boolean, sources: Sources): Readonly<TargetWithSource> {
  if (inheritedFromNationwide) return (entry.inherited ??= Object.freeze(withSource(entry.row, sources, true)));
  return (entry.own ??= Object.freeze(withSource(entry.row, sources, false)));
}

function withSource(row: TargetRow, sources: Sources, inheritedFromNationwide: boolean): TargetWithSource {
  const sessionId = row[T_SESSION];
  const documentId = row[10];
  const session = sessionId == null ? undefined : sources.sessions.get(sessionId);
  return {
    id: row[T_ID],
    indicatorId: row[T_INDICATOR],
    value: row[2],
    valueMax: row[3],
    of: row[4],
    dueDate: row[T_DUE],
    scope: row[T_SCOPE],
    baselineValue: row[7],
    baselineDate: row[8],
    sessionId,
    documentId,
    evidence: row[11],
    sessionTitle: session?.title ?? null,
    sessionDate: session?.date ?? null,
    documentName: documentId == null ? null : (sources.documents.get(documentId) ?? null),
    inheritedFromNationwide,
  };
}

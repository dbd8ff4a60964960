import type {
  Direction,
  FigureKind,
  Indicator,
  IndicatorInput,
  Observation,
  ObservationInput,
  Qualifier,
  Target,
  TargetInput,
} from '../domain/model';
import { foldVietnamese } from '../domain/vietnamese';
import type { Db } from './open';
import { statement } from './statements';

interface IndicatorRow {
  id: number;
  name: string;
  unit: string;
  direction: string;
  group_name: string | null;
}

interface TargetRow {
  id: number;
  indicator_id: number;
  value: number;
  value_max: number | null;
  of_value: number | null;
  due_date: string;
  scope: string | null;
  baseline_value: number | null;
  baseline_date: string | null;
  session_id: number | null;
  document_id: number | null;
  evidence: string | null;
}

interface ObservationRow {
  id: number;
  indicator_id: number;
  value: number;
  value_max: number | null;
  of_value: number | null;
  kind: string;
  qualifier: string;
  period: string | null;
  as_of: string;
  scope: string | null;
  session_id: number | null;
  document_id: number | null;
  evidence: string | null;
}

const INDICATOR_SELECT = 'SELECT id, name, unit, direction, group_name FROM indicators';

function toIndicator(row: IndicatorRow, aliases: string[]): Indicator {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    direction: row.direction as Direction,
    groupName: row.group_name,
    aliases,
  };
}

export function toTarget(row: TargetRow): Target {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    value: row.value,
    valueMax: row.value_max,
    of: row.of_value,
    dueDate: row.due_date,
    scope: row.scope,
    baselineValue: row.baseline_value,
    baselineDate: row.baseline_date,
    sessionId: row.session_id,
    documentId: row.document_id,
    evidence: row.evidence,
  };
}

export function toObservation(row: ObservationRow): Observation {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    value: row.value,
    valueMax: row.value_max,
    of: row.of_value,
    kind: row.kind as Exclude<FigureKind, 'target'>,
    qualifier: row.qualifier as Qualifier,
    period: row.period,
    asOf: row.as_of,
    scope: row.scope,
    sessionId: row.session_id,
    documentId: row.document_id,
    evidence: row.evidence,
  };
}

/**
 * Every indicator with its aliases, in the order each was confirmed. The aliases are
 * read in one pass and grouped here, not by a subquery per indicator.
 */
export function listIndicators(db: Db): Indicator[] {
  const aliases = new Map<number, string[]>();
  for (const row of statement(db, 'SELECT indicator_id, alias FROM indicator_aliases ORDER BY id').all() as Array<{ indicator_id: number; alias: string }>) {
    const list = aliases.get(row.indicator_id);
    if (list) list.push(row.alias);
    else aliases.set(row.indicator_id, [row.alias]);
  }
  return (statement(db, `${INDICATOR_SELECT} ORDER BY group_name, name`).all() as IndicatorRow[]).map((row) => toIndicator(row, aliases.get(row.id) ?? []));
}

export function getIndicator(db: Db, id: number): Indicator | null {
  const row = statement(db, `${INDICATOR_SELECT} WHERE id = ?`).get(id) as IndicatorRow | undefined;
  if (!row) return null;
  const aliases = statement(db, 'SELECT alias FROM indicator_aliases WHERE indicator_id = ? ORDER BY id').pluck().all(id) as string[];
  return toIndicator(row, aliases);
}

/** Whether an indicator exists, without reading its aliases. */
export function indicatorExists(db: Db, id: number): boolean {
  return statement(db, 'SELECT 1 FROM indicators WHERE id = ?').get(id) !== undefined;
}

/**
 * The names and confirmed aliases of every indicator, folded (case and diacritics
 * ignored), read in two statements: for looking up many names against one state of
 * the database. An import looks up each of its figures; asking SQL each time folded
 * every indicator's name per lookup (vi_fold in a scan), a cost that grew with the
 * indicators the database had collected.
 */
export class IndicatorNames {
  private constructor(
    private readonly byAlias: Map<string, number>,
    private readonly byName: Map<string, number>,
  ) {}

  static load(db: Db): IndicatorNames {
    const byAlias = new Map<string, number>();
    for (const row of statement(db, 'SELECT indicator_id, folded FROM indicator_aliases').all() as Array<{ indicator_id: number; folded: string }>) {
      byAlias.set(row.folded, row.indicator_id);
    }
    const names = new IndicatorNames(byAlias, new Map());
    for (const row of statement(db, 'SELECT id, name FROM indicators ORDER BY id').all() as Array<{ id: number; name: string }>) {
      names.created(row.id, row.name);
    }
    return names;
  }

  /** The indicator a name denotes: a confirmed alias first, else the first indicator (by id) whose name folds the same. */
  find(name: string): number | null {
    const folded = foldVietnamese(name.trim());
    return this.byAlias.get(folded) ?? this.byName.get(folded) ?? null;
  }

  /** Records an indicator created after loading (ids only grow, so an earlier name keeps precedence). */
  created(id: number, name: string): void {
    const folded = foldVietnamese(name);
    if (!this.byName.has(folded)) this.byName.set(folded, id);
  }

  /** Records an alias added after loading, as addIndicatorAlias does: the first alias of a folded form stays. */
  aliasAdded(id: number, alias: string): void {
    const folded = foldVietnamese(alias.trim());
    if (!this.byAlias.has(folded)) this.byAlias.set(folded, id);
  }
}

/** Finds an indicator by its name or a confirmed alias, ignoring case and diacritics. */
export function findIndicatorByName(db: Db, name: string): Indicator | null {
  const id = IndicatorNames.load(db).find(name);
  return id == null ? null : getIndicator(db, id);
}

export function createIndicator(db: Db, input: IndicatorInput): Indicator {
  const info = statement(db, 'INSERT INTO indicators (name, unit, direction, group_name) VALUES (?, ?, ?, ?)')
    .run(input.name, input.unit, input.direction, input.groupName);
  const id = Number(info.lastInsertRowid);
  for (const alias of input.aliases ?? []) addIndicatorAlias(db, id, alias);
  return { id, name: input.name, unit: input.unit, direction: input.direction, groupName: input.groupName, aliases: input.aliases ?? [] };
}

export function updateIndicator(db: Db, id: number, input: Omit<IndicatorInput, 'aliases'>): void {
  const info = statement(db, 'UPDATE indicators SET name = ?, unit = ?, direction = ?, group_name = ? WHERE id = ?')
    .run(input.name, input.unit, input.direction, input.groupName, id);
  if (info.changes === 0) throw new Error(`Không tìm thấy chỉ tiêu #${id}`);
}

/** Records another wording of the same indicator, so later imports link to it. */
export function addIndicatorAlias(db: Db, indicatorId: number, alias: string): void {
  statement(db, 'INSERT INTO indicator_aliases (indicator_id, alias, folded) VALUES (?, ?, ?) ON CONFLICT (folded) DO NOTHING').run(
    indicatorId,
    alias,
    foldVietnamese(alias.trim()),
  );
}

export function listTargets(db: Db, indicatorId?: number): Target[] {
  const rows = (indicatorId == null
    ? statement(db, 'SELECT * FROM targets ORDER BY indicator_id, due_date').all()
    : statement(db, 'SELECT * FROM targets WHERE indicator_id = ? ORDER BY due_date').all(indicatorId)) as TargetRow[];
  return rows.map(toTarget);
}

/** The id of a target already saved for the same indicator, due date, scope and value (targets_indicator: one seek). */
export function findSameTarget(db: Db, indicatorId: number, dueDate: string, scope: string | null, value: number): number | null {
  const id = statement(db, 'SELECT id FROM targets WHERE indicator_id = ? AND due_date = ? AND scope IS ? AND value = ? ORDER BY id LIMIT 1')
    .pluck()
    .get(indicatorId, dueDate, scope, value) as number | undefined;
  return id ?? null;
}

export function createTarget(db: Db, input: TargetInput): Target {
  const info = statement(db, 
      `INSERT INTO targets (indicator_id, value, value_max, of_value, due_date, scope, baseline_value, baseline_date, session_id, document_id, evidence)
       VALUES (@indicatorId, @value, @valueMax, @of, @dueDate, @scope, @baselineValue, @baselineDate, @sessionId, @documentId, @evidence)`,
    )
    .run(input);
  return { id: Number(info.lastInsertRowid), ...input };
}

export function updateTarget(db: Db, id: number, input: TargetInput): Target {
  const info = statement(db, 
      `UPDATE targets SET indicator_id = @indicatorId, value = @value, value_max = @valueMax, of_value = @of, due_date = @dueDate,
       scope = @scope, baseline_value = @baselineValue, baseline_date = @baselineDate, session_id = @sessionId,
       document_id = @documentId, evidence = @evidence WHERE id = @id`,
    )
    .run({ ...input, id });
  if (info.changes === 0) throw new Error(`Không tìm thấy mục tiêu #${id}`);
  return { id, ...input };
}

export function deleteTarget(db: Db, id: number): void {
  statement(db, 'DELETE FROM targets WHERE id = ?').run(id);
}

export function listObservations(db: Db, indicatorId: number): Observation[] {
  return (statement(db, 'SELECT * FROM observations WHERE indicator_id = ? ORDER BY as_of, id').all(indicatorId) as ObservationRow[]).map(
    toObservation,
  );
}

/** The columns a figure is written to, in the order putObservation lays out its values. */
const OBSERVATION_COLUMNS = 'indicator_id, value, value_max, of_value, kind, qualifier, period, as_of, scope, session_id, document_id, evidence';
const OBSERVATION_WIDTH = 12;
const OBSERVATION_PARAMETERS = `(${Array.from({ length: OBSERVATION_WIDTH }, () => '?').join(', ')})`;

/**
 * Figures written by one statement when many are saved at once (createObservations).
 * Each statement on observations runs its triggers (the series list, the audit log)
 * under a statement journal, which copies every page the statement changes first and
 * drops the copies at its end: for one figure a statement, about a sixth of the time
 * (callgrind). On the bench's 1,000,000 figures, one a statement: 166,000-174,000
 * figures/s; 25 a statement: 193,000-206,000 (10 to 200 within the noise). The values
 * are passed as arguments, not as one array, which better-sqlite3 reads element by
 * element at several times the cost.
 */
const OBSERVATIONS_PER_INSERT = 25;

const insertObservationsSql = (rows: number) =>
  `INSERT INTO observations (${OBSERVATION_COLUMNS}) VALUES ${Array.from({ length: rows }, () => OBSERVATION_PARAMETERS).join(', ')}`;
const INSERT_OBSERVATION = insertObservationsSql(1);
const INSERT_OBSERVATIONS = insertObservationsSql(OBSERVATIONS_PER_INSERT);

/** Lays out `input`'s values in `values` from `at`, in the order of OBSERVATION_COLUMNS. */
function putObservation(input: ObservationInput, values: unknown[], at: number): void {
  values[at] = input.indicatorId;
  values[at + 1] = input.value;
  values[at + 2] = input.valueMax;
  values[at + 3] = input.of;
  values[at + 4] = input.kind;
  values[at + 5] = input.qualifier;
  values[at + 6] = input.period;
  values[at + 7] = input.asOf;
  values[at + 8] = input.scope;
  values[at + 9] = input.sessionId;
  values[at + 10] = input.documentId;
  values[at + 11] = input.evidence;
}

export function createObservation(db: Db, input: ObservationInput): Observation {
  const values = new Array<unknown>(OBSERVATION_WIDTH);
  putObservation(input, values, 0);
  const info = statement(db, INSERT_OBSERVATION).run(...values);
  return { id: Number(info.lastInsertRowid), ...input };
}

/**
 * Saves many figures in their order: an import of a spreadsheet, the bench's million.
 * Ids are not returned. Inside the caller's transaction, which a failure rolls back
 * whole; outside one, in a transaction of its own. Not under a savepoint of its own,
 * for which SQLite would copy every page the call changes (a fifth slower at 1,000
 * figures a call).
 */
export function createObservations(db: Db, inputs: readonly ObservationInput[]): void {
  if (!db.inTransaction) {
    db.transaction(() => createObservations(db, inputs))();
    return;
  }
  const many = statement(db, INSERT_OBSERVATIONS);
  const values = new Array<unknown>(OBSERVATIONS_PER_INSERT * OBSERVATION_WIDTH);
  let i = 0;
  for (; i + OBSERVATIONS_PER_INSERT <= inputs.length; i += OBSERVATIONS_PER_INSERT) {
    for (let j = 0; j < OBSERVATIONS_PER_INSERT; j++) putObservation(inputs[i + j] as ObservationInput, values, j * OBSERVATION_WIDTH);
    many.run(...values);
  }
  for (; i < inputs.length; i++) createObservation(db, inputs[i] as ObservationInput);
}

export function updateObservation(db: Db, id: number, input: ObservationInput): Observation {
  const info = statement(db, 
      `UPDATE observations SET indicator_id = @indicatorId, value = @value, value_max = @valueMax, of_value = @of, kind = @kind,
       qualifier = @qualifier, period = @period, as_of = @asOf, scope = @scope, session_id = @sessionId,
       document_id = @documentId, evidence = @evidence WHERE id = @id`,
    )
    .run({ ...input, id });
  if (info.changes === 0) throw new Error(`Không tìm thấy số liệu #${id}`);
  return { id, ...input };
}

export function deleteObservation(db: Db, id: number): void {
  statement(db, 'DELETE FROM observations WHERE id = ?').run(id);
}

/** The id of a figure already known for the same indicator, period end, scope and kind: a possible duplicate. */
export function findSameObservation(db: Db, indicatorId: number, asOf: string, scope: string | null, kind: string): number | null {
  const id = statement(db, 'SELECT id FROM observations WHERE indicator_id = ? AND as_of = ? AND scope IS ? AND kind = ? LIMIT 1')
    .pluck()
    .get(indicatorId, asOf, scope, kind) as number | undefined;
  return id ?? null;
}

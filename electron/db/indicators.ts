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
  aliases: string | null;
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

const INDICATOR_SELECT = `SELECT i.*, (SELECT json_group_array(alias) FROM indicator_aliases a WHERE a.indicator_id = i.id) AS aliases FROM indicators i`;

function toIndicator(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    direction: row.direction as Direction,
    groupName: row.group_name,
    aliases: row.aliases ? (JSON.parse(row.aliases) as string[]) : [],
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

export function listIndicators(db: Db): Indicator[] {
  return (statement(db, `${INDICATOR_SELECT} ORDER BY i.group_name, i.name`).all() as IndicatorRow[]).map(toIndicator);
}

export function getIndicator(db: Db, id: number): Indicator | null {
  const row = statement(db, `${INDICATOR_SELECT} WHERE i.id = ?`).get(id) as IndicatorRow | undefined;
  return row ? toIndicator(row) : null;
}

/** Finds an indicator by its name or a confirmed alias, ignoring case and diacritics. */
export function findIndicatorByName(db: Db, name: string): Indicator | null {
  const folded = foldVietnamese(name.trim());
  const byAlias = statement(db, 'SELECT indicator_id FROM indicator_aliases WHERE folded = ?').get(folded) as
    | { indicator_id: number }
    | undefined;
  if (byAlias) return getIndicator(db, byAlias.indicator_id);
  const row = statement(db, `${INDICATOR_SELECT} WHERE vi_fold(i.name) = ?`).get(folded) as IndicatorRow | undefined;
  return row ? toIndicator(row) : null;
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

export function createObservation(db: Db, input: ObservationInput): Observation {
  const info = statement(db, 
      `INSERT INTO observations (indicator_id, value, value_max, of_value, kind, qualifier, period, as_of, scope, session_id, document_id, evidence)
       VALUES (@indicatorId, @value, @valueMax, @of, @kind, @qualifier, @period, @asOf, @scope, @sessionId, @documentId, @evidence)`,
    )
    .run(input);
  return { id: Number(info.lastInsertRowid), ...input };
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

/** A figure already known for the same indicator, period end and scope: a possible duplicate. */
export function findSameObservation(
  db: Db,
  indicatorId: number,
  asOf: string,
  scope: string | null,
  kind: string,
): Observation | null {
  const row = statement(db, 'SELECT * FROM observations WHERE indicator_id = ? AND as_of = ? AND scope IS ? AND kind = ? LIMIT 1')
    .get(indicatorId, asOf, scope, kind) as ObservationRow | undefined;
  return row ? toObservation(row) : null;
}

/**
 * Targets against actuals, as of a date: for each indicator and each scope with
 * figures, the latest figure, the target in force and how far the one is from the other.
 *
 * Comparing every series is on the staff's path (the comparison screen, the briefing):
 * at 1,000,000 figures, 10,000 series (bench/generate.ts), it took 3-6 s. Measured
 * there, and kept because it paid (CPU times on a busy 2-core machine):
 * - the series are listed from observation_series (migration 5), 10,000 short rows, not
 *   by a DISTINCT over the million entries of the series index: 3-5 ms, not 75-170;
 * - their figures come from one statement for every series (SERIES_LIST_SQL): 10,000
 *   calls of SERIES_SQL, one a series, took 2.5 times as long;
 * - a comparison in the list carries the figures it rests on (listSpan: the forecast's,
 *   one before, back to the previous session's figure), 4 a series by default, not the
 *   latest 12. Every value read and every object made costs, and the result outlives
 *   the collections its own making triggers, so each object is copied again: reading
 *   120,000 figures took 240-320 ms, 40,000 take 65-75. Everything a comparison says is
 *   as before; getIndicatorDetail still gives every figure;
 * - targets are read without joins and become objects only when chosen; scopes are
 *   sorted with one collator; dates are parsed once (dates.ts); the forecast and the
 *   rating make no closures (measure.ts); the page cache and memory map (db/open.ts).
 */
import type { Indicator, IsoDate, Qualifier } from '../domain/model';
import { RATING_LABELS } from '../domain/model';
import { formatDateVi } from '../domain/vietnamese';
import { getIndicator, listIndicators } from '../db/indicators';
import type { Db } from '../db/open';
import { resolveAsOf } from './as-of';
import { gapUnitFor, scopeLabel } from './format';
import { comparableOf, forecastFrom, rateFigure, round6, scaleFor, targetOnScale, thresholdOf } from './measure';
import type { Scale, TargetBounds } from './measure';
import type { RatingThresholds } from './thresholds';
import { getRatingThresholds } from './thresholds';
import { statement } from '../db/statements';
import type {
  ChangeSincePrevious,
  CompareOptions,
  IndicatorComparison,
  IndicatorDetail,
  ObservationKind,
  SeriesPoint,
  TargetWithSource,
} from './types';

/**
 * How far back a comparison in the list looks for the previous session's figure and
 * for the forecast's figures: the latest 12 of the series (more if the forecast takes
 * more), as when the list carried those 12 whole.
 */
const COMPARISON_REACH = 12;
const WHOLE_SERIES = -1;

const KIND_ORDER: Record<ObservationKind, number> = { level: 0, count_of: 1, rank: 2, change: 3 };

/**
 * The columns of a figure that a series point shows, in the order of FigureRow. Read
 * in raw mode (arrays): no property names set on each row only to be copied away.
 */
const POINT_COLUMNS = 'o.id, o.value, o.value_max, o.of_value, o.qualifier, o.period, o.as_of, o.session_id, o.document_id, o.evidence';

/** A figure as POINT_COLUMNS reads it; SERIES_LIST_SQL adds the key of its series. */
type FigureRow = [
  id: number,
  value: number,
  valueMax: number | null,
  of: number | null,
  qualifier: Qualifier,
  period: string | null,
  asOf: IsoDate,
  sessionId: number | null,
  documentId: number | null,
  evidence: string | null,
  indicatorId?: number,
  scope?: string | null,
  kind?: ObservationKind,
];
const AS_OF = 6;
const SESSION_ID = 7;
const KEY_INDICATOR = 10;
const KEY_SCOPE = 11;
const KEY_KIND = 12;

/**
 * The latest figures of one series, newest first: a seek in observations_series
 * (indicator_id, scope, kind, as_of) to the as-of date and a short walk back (the rowid
 * ends every index, so the id tie-break needs no sort). getIndicatorDetail reads each
 * series of its indicator with it (@limit -1: all), the list the rare series whose
 * previous session lies further back than SERIES_LIST_SQL read.
 */
export const SERIES_SQL = `SELECT ${POINT_COLUMNS.replace(/o\./g, '')} FROM observations
  WHERE indicator_id = @indicatorId AND scope IS @scope AND kind = @kind AND as_of <= @asOf
  ORDER BY as_of DESC, id DESC LIMIT @limit`;

/**
 * The series of an indicator with a figure on or before the date, in the order of their
 * key: scope (nationwide first), then kind (migration 5 keeps the table).
 */
const SERIES_KEYS_SQL = `SELECT indicator_id AS indicatorId, scope, kind FROM observation_series
  WHERE indicator_id = @indicatorId AND first_as_of <= @asOf ORDER BY scope_key, kind`;

/**
 * The series with a figure on or before the date, and the latest @offset + 1 figures of
 * each, in one statement, each row with its series' key. For each key, the date of its
 * (@offset + 1)-th latest figure (a short walk back in observations_series, the index
 * alone) bounds a range seek in the same index; figures sharing the boundary date come
 * too. Rows come series by series in key order (the primary key of observation_series,
 * so no sort), each series oldest first as the index holds it (as_of, then the rowid).
 * SQLite does not see that order through the join and would sort every series for an
 * ORDER BY on it; latestFigures checks it instead.
 *
 * A covering index (every column but evidence, 74 MB beside the 43 MB of the series
 * index) was measured too and left out: evidence still needs the row, so it saved
 * nothing (66 ms either way); without evidence it would save 13 ms.
 */
export const SERIES_LIST_SQL = `SELECT ${POINT_COLUMNS}, k.indicator_id, k.scope, k.kind FROM observation_series k
  JOIN observations o ON o.indicator_id = k.indicator_id AND o.scope IS k.scope AND o.kind = k.kind AND o.as_of <= @asOf
    AND o.as_of >= coalesce((SELECT f.as_of FROM observations f
      WHERE f.indicator_id = k.indicator_id AND f.scope IS k.scope AND f.kind = k.kind AND f.as_of <= @asOf
      ORDER BY f.as_of DESC LIMIT 1 OFFSET @offset), '')
  WHERE k.first_as_of <= @asOf
  ORDER BY k.indicator_id, k.scope_key, k.kind`;

/** Targets in the order TargetRow reads them; session and document names come from Sources, not joins. */
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

/** Session and document names by id, read once per call rather than joined to every figure and target. */
interface Sources {
  sessions: Map<number, { title: string; date: string }>;
  documents: Map<number, string>;
}

interface SeriesKey {
  indicatorId: number;
  scope: string | null;
  kind: ObservationKind;
}

/** An indicator's targets in force by scope, in the order read (due date, then entry). */
type TargetsByScope = Map<string | null, TargetRow[]>;

/** Vietnamese order of scopes: one collator, where localeCompare(b, 'vi') sets one up on every call. */
const VI_COLLATOR = new Intl.Collator('vi');

/**
 * Each indicator against its targets as of the date (default: the session's date, else
 * today). Each series carries the figures its comparison rests on (see listSpan);
 * getIndicatorDetail gives them all.
 */
export function compareIndicators(db: Db, options: CompareOptions = {}): IndicatorComparison[] {
  const asOf = resolveAsOf(db, options);
  return buildComparisons(db, listIndicators(db), asOf, false);
}

/** One indicator in full: a comparison per scope with every figure and its source, and every target. */
export function getIndicatorDetail(db: Db, indicatorId: number, options: CompareOptions = {}): IndicatorDetail {
  const indicator = getIndicator(db, indicatorId);
  if (!indicator) throw new Error(`Không tìm thấy chỉ tiêu #${indicatorId}`);
  const asOf = resolveAsOf(db, options);
  const sources = loadSources(db);
  return {
    indicatorId,
    name: indicator.name,
    unit: indicator.unit,
    groupName: indicator.groupName,
    asOf,
    comparisons: buildComparisons(db, [indicator], asOf, true),
    targets: loadTargets(db, indicatorId).map((row) => withSource(row, sources, false)),
  };
}

/** The comparisons, read in one transaction: the series listed, their figures and the targets agree. */
function buildComparisons(db: Db, indicators: Indicator[], asOf: IsoDate, whole: boolean): IndicatorComparison[] {
  return db.transaction(() => compareAll(db, indicators, asOf, whole))();
}

function compareAll(db: Db, indicators: Indicator[], asOf: IsoDate, whole: boolean): IndicatorComparison[] {
  const single = indicators.length === 1 ? indicators[0]?.id : undefined;
  const thresholds = getRatingThresholds(db);
  const reach = Math.max(COMPARISON_REACH, thresholds.forecastPoints);
  const shown = Math.min(thresholds.forecastPoints + 1, reach);
  const sources = loadSources(db);
  const targets = targetsInForce(db, asOf, sources, single);
  const read = whole
    ? indicators.flatMap((indicator) => wholeSeries(db, loadSeriesKeys(db, asOf, indicator.id), asOf, WHOLE_SERIES))
    : latestFigures(db, asOf, shown, reach);
  const keys = groupBy(read, (series) => series.key.indicatorId);
  const noTargets: TargetsByScope = new Map();

  const comparisons: IndicatorComparison[] = [];
  for (const indicator of indicators) {
    const own = targets.get(indicator.id) ?? noTargets;
    const withFigures: IndicatorComparison[] = [];
    const scopesWithFigures = new Set<string | null>();
    for (const { key, rows: read } of keys.get(indicator.id) ?? []) {
      let rows = read;
      if (!whole) {
        let start = listSpan(rows, shown, reach, thresholds.forecastPoints, false);
        if (start === null) {
          // The previous session's figure, or the forecast's, lies further back than was read.
          rows = wholeSeries(db, [key], asOf, reach)[0]?.rows ?? [];
          start = listSpan(rows, shown, reach, thresholds.forecastPoints, true) ?? 0;
        }
        if (start > 0) rows = rows.slice(start);
      }
      const target = targetInForce(own, key.scope, rows.at(-1)?.[AS_OF] ?? asOf, sources);
      withFigures.push(compareSeries(indicator, key.scope, key.kind, rows, sources, target, asOf, thresholds));
      scopesWithFigures.add(key.scope);
    }
    // Scopes with a target but no figure yet, and indicators with neither, still get a line.
    const bare = [...own.keys()].filter((scope) => !scopesWithFigures.has(scope));
    if (withFigures.length === 0 && bare.length === 0) bare.push(null);
    const withoutFigures = bare.map((scope) => noFigures(indicator, scope, targetInForce(own, scope, asOf, sources), asOf));
    const lines = withoutFigures.length === 0 ? withFigures : withFigures.concat(withoutFigures);
    if (lines.length > 1) lines.sort(byScopeThenKind);
    for (const line of lines) comparisons.push(line);
  }
  return comparisons;
}

/**
 * Where a series in the list starts: at the latest `shown` figures (the forecast's and
 * one before), or earlier to take in the previous session's figure and every figure of
 * the forecast's dates, so that every number of the comparison can be traced to a point
 * it carries. Those are the same as when the list carried the latest `reach` figures.
 * Null when `rows` (the latest figures from `shown` back, with their dates whole) might
 * not reach them: the caller then reads the latest `reach` and asks again with `whole`.
 */
function listSpan(rows: FigureRow[], shown: number, reach: number, forecastPoints: number, whole: boolean): number | null {
  const n = rows.length;
  const latest = rows[n - 1];
  if (!latest) return 0;
  // Fewer than `shown` figures: the series is all there; `reach` of them: as far as the list ever looked.
  const complete = whole || n < shown || n >= reach;
  const session = latest[SESSION_ID];
  let previous = -1;
  for (let i = n - 2; i >= 0; i--) {
    const other = (rows[i] as FigureRow)[SESSION_ID];
    if (session == null || other == null || other !== session) {
      previous = i;
      break;
    }
  }
  // The forecast takes the figures of the latest `forecastPoints` dates (rows are in date order).
  let forecastStart = 0;
  let dates = 1;
  for (let i = n - 2; i >= 0; i--) {
    if ((rows[i] as FigureRow)[AS_OF] === (rows[i + 1] as FigureRow)[AS_OF]) continue;
    if (dates === forecastPoints) {
      forecastStart = i + 1;
      break;
    }
    dates++;
  }
  if (!complete && (previous < 0 || dates < forecastPoints)) return null;
  return Math.max(0, Math.min(n - shown, previous < 0 ? n : previous, forecastStart));
}

/** The series of the indicator with a figure on or before the date, in key order. */
function loadSeriesKeys(db: Db, asOf: IsoDate, indicatorId: number): SeriesKey[] {
  return statement(db, SERIES_KEYS_SQL).all({ asOf, indicatorId }) as SeriesKey[];
}

/** A series and its figures as read, oldest first. */
interface SeriesRead {
  key: SeriesKey;
  rows: FigureRow[];
}

/**
 * Every series with a figure on or before the date, in key order, with at least its
 * latest `shown` figures (at most `reach`), oldest first.
 */
function latestFigures(db: Db, asOf: IsoDate, shown: number, reach: number): SeriesRead[] {
  const rows = statement(db, SERIES_LIST_SQL).raw(true).all({ asOf, offset: shown - 1 }) as FigureRow[];
  const read: SeriesRead[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const first = rows[start] as FigureRow;
    const next = rows[i];
    if (next && next[KEY_INDICATOR] === first[KEY_INDICATOR] && next[KEY_SCOPE] === first[KEY_SCOPE] && next[KEY_KIND] === first[KEY_KIND]) continue;
    const series = rows.slice(start, i);
    if (!inDateOrder(series)) series.sort(byDateThenId);
    const key = { indicatorId: first[KEY_INDICATOR] as number, scope: first[KEY_SCOPE] as string | null, kind: first[KEY_KIND] as ObservationKind };
    read.push({ key, rows: series.length > reach ? series.slice(-reach) : series });
    start = i;
  }
  return read;
}

function inDateOrder(rows: FigureRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (byDateThenId(rows[i - 1] as FigureRow, rows[i] as FigureRow) > 0) return false;
  return true;
}

function byDateThenId(a: FigureRow, b: FigureRow): number {
  return a[AS_OF] < b[AS_OF] ? -1 : a[AS_OF] > b[AS_OF] ? 1 : a[0] - b[0];
}

/** The latest `limit` figures (-1: all) of each series up to the date, oldest first: one seek per series. */
function wholeSeries(db: Db, keys: SeriesKey[], asOf: IsoDate, limit: number): SeriesRead[] {
  const series = statement(db, SERIES_SQL).raw(true);
  return keys.map((key) => ({
    key,
    rows: (series.all({ indicatorId: key.indicatorId, scope: key.scope, kind: key.kind, asOf, limit }) as FigureRow[]).reverse(),
  }));
}

function compareSeries(
  indicator: Indicator,
  scope: string | null,
  kind: ObservationKind,
  rows: FigureRow[],
  sources: Sources,
  target: TargetWithSource | null,
  asOf: IsoDate,
  thresholds: RatingThresholds,
): IndicatorComparison {
  const scale = scaleFor(kind, indicator.unit, indicator.direction, target);
  const bounds = target ? targetOnScale(target, scale) : null;
  const series = rows.map((row) => toSeriesPoint(row, kind, scale.basis, sources));
  const actual = series.at(-1) ?? null;
  const comparison = baseComparison(indicator, scope, kind, asOf, scale, target, bounds);
  comparison.actual = actual;
  comparison.actualValue = actual?.comparable ?? null;
  comparison.series = series;
  comparison.changeSincePrevious = changeSincePrevious(series);
  if (!actual) return comparison;
  if (scale.basis === 'change') {
    comparison.ratingLabel = 'Không so sánh được';
    comparison.ratingReason = 'Số liệu là mức tăng/giảm, không so sánh được với mục tiêu là một mức';
    return comparison;
  }
  if (!target || !bounds) {
    comparison.ratingLabel = 'Chưa có mục tiêu';
    comparison.ratingReason = 'Chưa có mục tiêu để so sánh';
    return comparison;
  }

  const evaluation = rateFigure(
    {
      actual: actual.comparable,
      actualDate: actual.asOf,
      bounds,
      dueDate: target.dueDate,
      baselineDate: target.baselineDate,
      scale,
    },
    thresholds,
  );
  comparison.attainment = evaluation.attainment;
  comparison.gap = evaluation.gap;
  comparison.expected = evaluation.expected;
  comparison.rating = evaluation.rating;
  comparison.ratingLabel = RATING_LABELS[evaluation.rating];
  comparison.ratingReason = evaluation.reason;
  comparison.forecast =
    evaluation.rating === 'met'
      ? null
      : forecastFrom(
          series.map((p) => ({ asOf: p.asOf, value: p.comparable })),
          evaluation.threshold,
          scale.lowerIsBetter,
          target.dueDate,
          thresholds.forecastPoints,
        );
  return comparison;
}

function noFigures(indicator: Indicator, scope: string | null, target: TargetWithSource | null, asOf: IsoDate): IndicatorComparison {
  const scale = scaleFor('level', indicator.unit, indicator.direction, target);
  const comparison = baseComparison(indicator, scope, null, asOf, scale, target, target ? targetOnScale(target, scale) : null);
  comparison.ratingReason = `Chưa có số liệu đến ngày ${formatDateVi(asOf)}`;
  return comparison;
}

/**
 * A comparison with nothing judged yet: the no-data line every case starts from, and
 * fills in (one object per line, its keys always in this order).
 */
function baseComparison(
  indicator: Indicator,
  scope: string | null,
  kind: ObservationKind | null,
  asOf: IsoDate,
  scale: Scale,
  target: TargetWithSource | null,
  bounds: TargetBounds | null,
): IndicatorComparison {
  return {
    indicatorId: indicator.id,
    indicatorName: indicator.name,
    groupName: indicator.groupName,
    unit: indicator.unit,
    scope,
    scopeLabel: scopeLabel(scope),
    kind,
    asOf,
    actual: null,
    target,
    basis: kind ? scale.basis : null,
    lowerIsBetter: scale.lowerIsBetter,
    valueUnit: scale.valueUnit,
    actualValue: null,
    targetValue: bounds ? thresholdOf(bounds, scale.lowerIsBetter) : null,
    targetValueMax: bounds?.high ?? null,
    attainment: null,
    gap: null,
    gapUnit: gapUnitFor(kind ? scale.basis : null, scale.valueUnit),
    expected: null,
    rating: 'no_data',
    ratingLabel: RATING_LABELS.no_data,
    ratingReason: '',
    series: [],
    changeSincePrevious: null,
    forecast: null,
  };
}

/**
 * The figure to compare the latest with: the latest earlier one that another session
 * reported (a session that reports Q1 and H1 together is one step, not two); for a
 * figure with no session, simply the one before it.
 */
function changeSincePrevious(series: SeriesPoint[]): ChangeSincePrevious | null {
  const latest = series.at(-1);
  if (!latest) return null;
  for (let i = series.length - 2; i >= 0; i--) {
    const p = series[i] as SeriesPoint;
    if (latest.sessionId == null || p.sessionId == null || p.sessionId !== latest.sessionId) {
      return { previous: p, change: round6(latest.comparable - p.comparable) };
    }
  }
  return null;
}

/**
 * The target in force for a scope at a date: the scope's own targets, else the
 * nationwide ones (a nationwide 80% applies to the provinces too); among them the
 * earliest due on or after the date, else the last one due. A revised target (same
 * due date, entered later) replaces the earlier one.
 */
function targetInForce(targets: TargetsByScope, scope: string | null, date: IsoDate, sources: Sources): TargetWithSource | null {
  const pool = targets.get(scope) ?? (scope != null ? targets.get(null) : undefined);
  if (!pool) return null;
  const chosen = pick(pool, date) ?? pick(pool, null);
  return chosen ? withSource(chosen, sources, chosen[T_SCOPE] !== scope) : null;
}

/**
 * The earliest-due target due on or after `from`, or with `from` null the latest-due
 * one; of two due the same day, the one entered later.
 */
function pick(targets: TargetRow[], from: IsoDate | null): TargetRow | null {
  let best: TargetRow | null = null;
  for (const t of targets) {
    if (from != null && t[T_DUE] < from) continue;
    if (!best) best = t;
    else if (t[T_DUE] !== best[T_DUE]) {
      if (t[T_DUE] > best[T_DUE] === (from == null)) best = t;
    } else if (t[T_ID] > best[T_ID]) best = t;
  }
  return best;
}

/** Targets by indicator, due date and entry. */
function loadTargets(db: Db, indicatorId?: number): TargetRow[] {
  return (indicatorId === undefined
    ? statement(db, `SELECT ${TARGET_COLUMNS} FROM targets ORDER BY indicator_id, due_date, id`).raw(true).all()
    : statement(db, `SELECT ${TARGET_COLUMNS} FROM targets WHERE indicator_id = ? ORDER BY due_date, id`).raw(true).all(indicatorId)) as TargetRow[];
}

/** The targets in force on the date by indicator and scope: one set at a later session was not yet. */
function targetsInForce(db: Db, asOf: IsoDate, sources: Sources, indicatorId?: number): Map<number, TargetsByScope> {
  const byIndicator = new Map<number, TargetsByScope>();
  for (const t of loadTargets(db, indicatorId)) {
    const sessionId = t[T_SESSION];
    const sessionDate = sessionId == null ? undefined : sources.sessions.get(sessionId)?.date;
    if (sessionDate != null && sessionDate > asOf) continue;
    let byScope = byIndicator.get(t[T_INDICATOR]);
    if (!byScope) byIndicator.set(t[T_INDICATOR], (byScope = new Map()));
    const group = byScope.get(t[T_SCOPE]);
    if (group) group.push(t);
    else byScope.set(t[T_SCOPE], [t]);
  }
  return byIndicator;
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

function loadSources(db: Db): Sources {
  const sessions = statement(db, 'SELECT id, title, date FROM sessions').all() as Array<{ id: number; title: string; date: string }>;
  const documents = statement(db, 'SELECT id, file_name FROM documents').all() as Array<{ id: number; file_name: string }>;
  return {
    sessions: new Map(sessions.map((s) => [s.id, { title: s.title, date: s.date }])),
    documents: new Map(documents.map((d) => [d.id, d.file_name])),
  };
}

function toSeriesPoint(row: FigureRow, kind: ObservationKind, basis: Scale['basis'], sources: Sources): SeriesPoint {
  const sessionId = row[SESSION_ID];
  const documentId = row[8];
  const session = sessionId == null ? undefined : sources.sessions.get(sessionId);
  return {
    observationId: row[0],
    value: row[1],
    valueMax: row[2],
    of: row[3],
    kind,
    qualifier: row[4],
    period: row[5],
    asOf: row[AS_OF],
    comparable: comparableOf(row[1], row[2], row[3], basis),
    sessionId,
    sessionTitle: session?.title ?? null,
    sessionDate: session?.date ?? null,
    documentId,
    documentName: documentId == null ? null : (sources.documents.get(documentId) ?? null),
    evidence: row[9],
  };
}

/** Nationwide first, then scopes in Vietnamese order; levels before counts, ranks and changes. */
function byScopeThenKind(a: IndicatorComparison, b: IndicatorComparison): number {
  if (a.scope !== b.scope) {
    if (a.scope == null) return -1;
    if (b.scope == null) return 1;
    return VI_COLLATOR.compare(a.scope, b.scope);
  }
  return (a.kind ? KIND_ORDER[a.kind] : -1) - (b.kind ? KIND_ORDER[b.kind] : -1);
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Targets against actuals, as of a date: for each indicator and each scope with
 * figures, the latest figure reported by then, the target in force and how far the one
 * is from the other (figure-reads.ts says what "reported by" means).
 *
 * Comparing every series is on the staff's path (the comparison screen, the briefing):
 * at 1,000,000 figures, 10,000 series (bench/generate.ts), it took 3-6 s. Measured
 * there, and kept because it paid (CPU times on a busy 2-core machine):
 * - the series are listed from observation_series (migration 5), 10,000 short rows, not
 *   by a DISTINCT over the million entries of the series index: 3-5 ms, not 75-170;
 * - their figures come from one statement for many series (SERIES_LIST_SQL, sixteen
 *   indicators at a time): 10,000 calls of SERIES_SQL, one a series, took 2.5 times as long;
 * - a comparison in the list carries the figures it rests on (listSpan: the forecast's,
 *   one before, back to the previous session's figure), 4 a series by default, not the
 *   latest 12. Every value read and every object made costs, and the result outlives
 *   the collections its own making triggers, so each object is copied again: reading
 *   120,000 figures took 240-320 ms, 40,000 take 65-75. Everything a comparison says is
 *   as before; getIndicatorDetail still gives every figure;
 * - scopes are sorted with one collator, ranked once per call; dates are parsed once
 *   (dates.ts); the forecast and the rating make no closures and no copies of the
 *   points (measure.ts); the page cache (db/open.ts).
 * Then the whole call was 200-230 ms p50, 400-450 p95, and the collector 110-140 ms of
 * each call (p95 260-370): 20 MB of result, 13 MB of rows read whole before use and
 * 7 MB of targets, all alive while the comparisons were made. Since, in the same runs:
 * - the targets and the session and document names are kept per connection until the
 *   database changes (reference-data.ts): reading and grouping 20,060 targets was 45-50
 *   ms of every call, now a check of two counters;
 * - the figures are read a few indicators at a time (latestSeriesBatches), so rows die
 *   young, and the strings every series repeats (dates, periods, qualifiers, scopes) are
 *   shared: the result kept alive is 13 MB, not 20, and no target row is;
 * - "reported by" the date is checked on the index (migration 7) and costs 5 ms.
 * The collector now takes 20-35 ms of a call (p95 45-70), the call 160-240 ms p50 and
 * 235-360 p95 by bench/queries.ts as the machine's load went from 2 to 5. What is left
 * is about even: SQLite 45 ms, making its rows into values 35-40, the comparisons 40-60,
 * and the collection of a result that size; a bigger young generation
 * (--max-semi-space-size=64) made it slower, as more of the result was copied.
 */
import type { Indicator, IsoDate } from '../domain/model';
import { RATING_LABELS, UNRATED_LABELS } from '../domain/model';
import { formatDateVi } from '../domain/vietnamese';
import { getIndicator, listIndicators } from '../db/indicators';
import type { Db } from '../db/open';
import { resolveAsOf } from './as-of';
import type { FigureRow, SeriesKey } from './figure-reads';
import { AS_OF, SESSION_ID, latestSeriesBatches, seriesKeys, seriesRows, withOtherSession } from './figure-reads';
import { gapUnitFor, scopeLabel } from './format';
import { comparableOf, forecastFrom, rateFigure, round6, scaleFor, targetOnScale, thresholdOf } from './measure';
import type { Scale, TargetBounds } from './measure';
import type { ReferenceData } from './reference-data';
import { referenceData } from './reference-data';
import type { Sources } from './sources';
import { everyTarget, scopesWithTargets, targetInForce } from './targets';
import type { RatingThresholds } from './thresholds';
import { getRatingThresholds } from './thresholds';
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

/** Vietnamese order of scopes: one collator, where localeCompare(b, 'vi') sets one up on every call. */
const VI_COLLATOR = new Intl.Collator('vi');

/**
 * Each indicator against its targets as of the date (default: the session's date, else
 * today), from the figures reported by then. Each series carries the figures its
 * comparison rests on (see listSpan); getIndicatorDetail gives them all.
 */
export function compareIndicators(db: Db, options: CompareOptions = {}): IndicatorComparison[] {
  const asOf = resolveAsOf(db, options);
  return inOneRead(db, (reference) => compareAll(db, listIndicators(db), asOf, false, reference));
}

/** One indicator in full: a comparison per scope with every figure and its source, and every target. */
export function getIndicatorDetail(db: Db, indicatorId: number, options: CompareOptions = {}): IndicatorDetail {
  const indicator = getIndicator(db, indicatorId);
  if (!indicator) throw new Error(`Không tìm thấy chỉ tiêu #${indicatorId}`);
  const asOf = resolveAsOf(db, options);
  return inOneRead(db, (reference) => ({
    indicatorId,
    name: indicator.name,
    unit: indicator.unit,
    groupName: indicator.groupName,
    asOf,
    comparisons: compareAll(db, [indicator], asOf, true, reference),
    targets: everyTarget(reference.targets.get(indicatorId), reference.sources),
  }));
}

/** Reads in one transaction, so the series listed, their figures, the targets and the names agree. */
function inOneRead<T>(db: Db, read: (reference: ReferenceData) => T): T {
  // Kept reference data is not used inside a caller's transaction: it may hold writes it could still roll back.
  const keep = !db.inTransaction;
  return db.transaction(() => read(referenceData(db, keep)))();
}

function compareAll(db: Db, indicators: Indicator[], asOf: IsoDate, whole: boolean, reference: ReferenceData): IndicatorComparison[] {
  const thresholds = getRatingThresholds(db);
  const reach = Math.max(COMPARISON_REACH, thresholds.forecastPoints);
  const shown = Math.min(thresholds.forecastPoints + 1, reach);
  const { sources, targets } = reference;
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const lines = new Map<number, IndicatorComparison[]>();
  /** Compares the series from rows[start] on (the rows before it are not its to show). */
  const add = (key: SeriesKey, rows: FigureRow[], start: number) => {
    const indicator = byId.get(key.indicatorId);
    if (!indicator || rows.length <= start) return;
    const own = targets.get(key.indicatorId);
    const target = targetInForce(own, key.scope, (rows[rows.length - 1] as FigureRow)[AS_OF], asOf, sources);
    const line = compareSeries(indicator, key.scope, key.kind, rows, start, sources, target, asOf, thresholds);
    const group = lines.get(key.indicatorId);
    if (group) group.push(line);
    else lines.set(key.indicatorId, [line]);
  };

  if (whole) {
    for (const indicator of indicators) for (const key of seriesKeys(db, asOf, indicator.id)) add(key, seriesRows(db, key, asOf, WHOLE_SERIES), 0);
  } else {
    // The previous session's figure, or the forecast's, may lie further back than was read:
    // those series are read again once the list statement is done with the connection.
    const further: SeriesKey[] = [];
    const onePrevious: Array<{ key: SeriesKey; rows: FigureRow[]; sessionId: number }> = [];
    for (const batch of latestSeriesBatches(db, asOf, shown, reach)) {
      for (const { key, rows } of batch) {
        const span = listSpan(rows, shown, reach, thresholds.forecastPoints, false);
        if (span === MAYBE_FURTHER) further.push(key);
        else if (span === PREVIOUS_FURTHER) onePrevious.push({ key, rows, sessionId: (rows[rows.length - 1] as FigureRow)[SESSION_ID] as number });
        else add(key, rows, span);
      }
    }
    // Only the previous session's figure is missing: most series have none within reach
    // (as of the first session's date, none has), and what was read is then all they show.
    const reachesFurther = withOtherSession(db, asOf, reach, onePrevious);
    for (let i = 0; i < onePrevious.length; i++) {
      const { key, rows } = onePrevious[i] as (typeof onePrevious)[number];
      if (reachesFurther.has(i)) further.push(key);
      else add(key, rows, listSpan(rows, shown, reach, thresholds.forecastPoints, true));
    }
    for (const key of further) {
      const rows = seriesRows(db, key, asOf, reach);
      add(key, rows, listSpan(rows, shown, reach, thresholds.forecastPoints, true));
    }
  }

  const groups: IndicatorComparison[][] = [];
  for (const indicator of indicators) {
    const group = lines.get(indicator.id) ?? [];
    const own = targets.get(indicator.id);
    // Scopes with a target in force but no figure yet, and indicators with neither, still get a line.
    const bare = withoutFigures(group, scopesWithTargets(own, asOf));
    if (group.length === 0 && bare.length === 0) bare.push(null);
    for (const scope of bare) group.push(noFigures(indicator, scope, targetInForce(own, scope, asOf, asOf, sources), asOf));
    groups.push(group);
  }
  const order = byScopeThenKind(groups);
  const comparisons: IndicatorComparison[] = [];
  for (const group of groups) {
    if (group.length > 1) group.sort(order);
    for (const line of group) comparisons.push(line);
  }
  return comparisons;
}

/** The scopes that have no line among `lines`. */
function withoutFigures(lines: IndicatorComparison[], scopes: Array<string | null>): Array<string | null> {
  if (scopes.length === 0) return scopes;
  const shown = new Set(lines.map((line) => line.scope));
  return scopes.filter((scope) => !shown.has(scope));
}

/** listSpan's answers when what was read may not reach back far enough. */
const PREVIOUS_FURTHER = -1;
const MAYBE_FURTHER = -2;

/**
 * Where a series in the list starts: at the latest `shown` figures (the forecast's and
 * one before), or earlier to take in the previous session's figure and every figure of
 * the forecast's dates, so that every number of the comparison can be traced to a point
 * it carries. Those are the same as when the list carried the latest `reach` figures.
 * When `rows` (the latest figures from `shown` back, with their dates whole) might not
 * reach them, PREVIOUS_FURTHER if only the previous session's figure might lie further
 * back (every figure read is of the latest one's session), else MAYBE_FURTHER: the caller
 * then reads the latest `reach` and asks again with `whole`, which always gives a start.
 */
function listSpan(rows: FigureRow[], shown: number, reach: number, forecastPoints: number, whole: boolean): number {
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
  if (!complete && dates < forecastPoints) return MAYBE_FURTHER;
  if (!complete && previous < 0) return PREVIOUS_FURTHER;
  return Math.max(0, Math.min(n - shown, previous < 0 ? n : previous, forecastStart));
}

function compareSeries(
  indicator: Indicator,
  scope: string | null,
  kind: ObservationKind,
  rows: FigureRow[],
  start: number,
  sources: Sources,
  target: TargetWithSource | null,
  asOf: IsoDate,
  thresholds: RatingThresholds,
): IndicatorComparison {
  const scale = scaleFor(kind, indicator.unit, indicator.direction, target);
  const bounds = target ? targetOnScale(target, scale) : null;
  // Made at its length: pushed one by one, each series would keep room for 16 points.
  const series = new Array<SeriesPoint>(rows.length - start);
  for (let i = start; i < rows.length; i++) series[i - start] = toSeriesPoint(rows[i] as FigureRow, kind, scale.basis, sources);
  const actual = series.at(-1) ?? null;
  const comparison = baseComparison(indicator, scope, kind, asOf, scale, target, bounds);
  comparison.actual = actual;
  comparison.actualValue = actual?.comparable ?? null;
  comparison.series = series;
  comparison.changeSincePrevious = changeSincePrevious(series);
  if (!actual) return comparison;
  if (scale.basis === 'change') {
    comparison.ratingLabel = UNRATED_LABELS.notComparable;
    comparison.ratingReason = 'Số liệu là mức tăng/giảm, không so sánh được với mục tiêu là một mức';
    return comparison;
  }
  if (!target || !bounds) {
    comparison.ratingLabel = UNRATED_LABELS.noTarget;
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
          series,
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

/**
 * Nationwide first, then scopes in Vietnamese order; levels before counts, ranks and
 * changes. The scopes of the lines are put in order once (the 34 provinces, where the
 * sort of each indicator's lines asked the collator about 150 times) and the lines
 * compared by rank; scopes the collator holds equal share a rank.
 */
function byScopeThenKind(groups: readonly IndicatorComparison[][]): (a: IndicatorComparison, b: IndicatorComparison) => number {
  const scopes = new Set<string>();
  for (const group of groups) for (const line of group) if (line.scope != null) scopes.add(line.scope);
  const sorted = [...scopes].sort(VI_COLLATOR.compare);
  const ranks = new Map<string | null, number>([[null, -1]]);
  sorted.forEach((scope, i) => {
    const before = sorted[i - 1];
    ranks.set(scope, before !== undefined && VI_COLLATOR.compare(before, scope) === 0 ? (ranks.get(before) as number) : i);
  });
  return (a, b) =>
    (ranks.get(a.scope) as number) - (ranks.get(b.scope) as number) || (a.kind ? KIND_ORDER[a.kind] : -1) - (b.kind ? KIND_ORDER[b.kind] : -1);
}

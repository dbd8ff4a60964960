/**
 * Targets against actuals, as of a date: for each indicator and each scope with
 * figures, the latest figure, the target in force and how far the one is from the other.
 */
import type { Indicator, IsoDate } from '../domain/model';
import { RATING_LABELS } from '../domain/model';
import { formatDateVi } from '../domain/vietnamese';
import { getIndicator, listIndicators, toObservation, toTarget } from '../db/indicators';
import type { Db } from '../db/open';
import { resolveAsOf } from './as-of';
import { gapUnitFor, scopeLabel } from './format';
import { comparableValue, forecastFrom, rateFigure, round6, scaleFor, targetOnScale, thresholdOf } from './measure';
import type { Scale } from './measure';
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
 * How many of a series' latest figures a comparison carries (at least the forecast's):
 * plenty for the chart, the forecast and the previous session's figure, while the
 * work per series stays one short index walk however long the history grows.
 * getIndicatorDetail gives them all.
 */
const COMPARISON_SERIES_LIMIT = 12;
const WHOLE_SERIES = -1;

const KIND_ORDER: Record<ObservationKind, number> = { level: 0, count_of: 1, rank: 2, change: 3 };

type ObservationRow = Parameters<typeof toObservation>[0];
type TargetRow = Parameters<typeof toTarget>[0];

/**
 * The latest figures of one series, newest first: a seek in observations_series
 * (indicator_id, scope, kind, as_of) to the as-of date and a short walk back (the rowid
 * ends every index, so the id tie-break needs no sort).
 */
export const SERIES_SQL = `SELECT * FROM observations
  WHERE indicator_id = @indicatorId AND scope IS @scope AND kind = @kind AND as_of <= @asOf
  ORDER BY as_of DESC, id DESC LIMIT @limit`;

/** The series with a figure on or before the date, read from the index alone. */
const SERIES_KEYS_SQL = `SELECT DISTINCT indicator_id AS indicatorId, scope, kind FROM observations WHERE as_of <= @asOf`;

const TARGETS_SQL = `SELECT tg.*, s.title AS session_title, s.date AS session_date, d.file_name AS document_name FROM targets tg
  LEFT JOIN sessions s ON s.id = tg.session_id LEFT JOIN documents d ON d.id = tg.document_id`;

/** Session and document names by id, read once per call rather than joined to every figure. */
interface Sources {
  sessions: Map<number, { title: string; date: string }>;
  documents: Map<number, string>;
}

/** Each indicator against its targets as of the date (default: the session's date, else today). */
export function compareIndicators(db: Db, options: CompareOptions = {}): IndicatorComparison[] {
  const asOf = resolveAsOf(db, options);
  return buildComparisons(db, listIndicators(db), asOf, COMPARISON_SERIES_LIMIT);
}

/** One indicator in full: a comparison per scope with every figure and its source, and every target. */
export function getIndicatorDetail(db: Db, indicatorId: number, options: CompareOptions = {}): IndicatorDetail {
  const indicator = getIndicator(db, indicatorId);
  if (!indicator) throw new Error(`Không tìm thấy chỉ tiêu #${indicatorId}`);
  const asOf = resolveAsOf(db, options);
  return {
    indicatorId,
    name: indicator.name,
    unit: indicator.unit,
    groupName: indicator.groupName,
    asOf,
    comparisons: buildComparisons(db, [indicator], asOf, WHOLE_SERIES),
    targets: loadTargets(db, indicatorId),
  };
}

function buildComparisons(db: Db, indicators: Indicator[], asOf: IsoDate, seriesLimit: number): IndicatorComparison[] {
  const single = indicators.length === 1 ? indicators[0]?.id : undefined;
  const thresholds = getRatingThresholds(db);
  const limit = seriesLimit === WHOLE_SERIES ? WHOLE_SERIES : Math.max(seriesLimit, thresholds.forecastPoints);
  // A target set at a later session was not yet in force on the date.
  const targets = groupBy(
    loadTargets(db, single).filter((t) => t.sessionDate == null || t.sessionDate <= asOf),
    (t) => t.indicatorId,
  );
  const keys = groupBy(loadSeriesKeys(db, asOf, single), (k) => k.indicatorId);
  const sources = loadSources(db);
  const series = db.prepare(SERIES_SQL);

  return indicators.flatMap((indicator) => {
    const own = targets.get(indicator.id) ?? [];
    const withFigures = (keys.get(indicator.id) ?? []).map((key) => {
      const rows = (series.all({ indicatorId: indicator.id, scope: key.scope, kind: key.kind, asOf, limit }) as ObservationRow[]).reverse();
      const target = targetInForce(own, key.scope, rows.at(-1)?.as_of ?? asOf);
      return compareSeries(indicator, key.scope, key.kind, rows, sources, target, asOf, thresholds);
    });
    // Scopes with a target but no figure yet, and indicators with neither, still get a line.
    const scopesWithFigures = new Set(withFigures.map((c) => c.scope));
    const bare = [...new Set(own.map((t) => t.scope))].filter((scope) => !scopesWithFigures.has(scope));
    if (withFigures.length === 0 && bare.length === 0) bare.push(null);
    const withoutFigures = bare.map((scope) => noFigures(indicator, scope, targetInForce(own, scope, asOf), asOf));
    return [...withFigures, ...withoutFigures].sort(byScopeThenKind);
  });
}

function compareSeries(
  indicator: Indicator,
  scope: string | null,
  kind: ObservationKind,
  rows: ObservationRow[],
  sources: Sources,
  target: TargetWithSource | null,
  asOf: IsoDate,
  thresholds: RatingThresholds,
): IndicatorComparison {
  const scale = scaleFor(kind, indicator.unit, indicator.direction, target);
  const series = rows.map((row) => toSeriesPoint(row, scale, sources));
  const actual = series.at(-1) ?? null;
  const base = baseComparison(indicator, scope, kind, asOf, scale, target);
  const withActual = { ...base, actual, actualValue: actual?.comparable ?? null, series, changeSincePrevious: changeSincePrevious(series) };
  if (!actual) return withActual;
  if (scale.basis === 'change') {
    return {
      ...withActual,
      ratingLabel: 'Không so sánh được',
      ratingReason: 'Số liệu là mức tăng/giảm, không so sánh được với mục tiêu là một mức',
    };
  }
  if (!target) return { ...withActual, ratingLabel: 'Chưa có mục tiêu', ratingReason: 'Chưa có mục tiêu để so sánh' };

  const evaluation = rateFigure(
    {
      actual: actual.comparable,
      actualDate: actual.asOf,
      bounds: targetOnScale(target, scale),
      dueDate: target.dueDate,
      baselineDate: target.baselineDate,
      scale,
    },
    thresholds,
  );
  const forecast =
    evaluation.rating === 'met'
      ? null
      : forecastFrom(
          series.map((p) => ({ asOf: p.asOf, value: p.comparable })),
          evaluation.threshold,
          scale.lowerIsBetter,
          target.dueDate,
          thresholds.forecastPoints,
        );
  return {
    ...withActual,
    attainment: evaluation.attainment,
    gap: evaluation.gap,
    expected: evaluation.expected,
    rating: evaluation.rating,
    ratingLabel: RATING_LABELS[evaluation.rating],
    ratingReason: evaluation.reason,
    forecast,
  };
}

function noFigures(indicator: Indicator, scope: string | null, target: TargetWithSource | null, asOf: IsoDate): IndicatorComparison {
  const scale = scaleFor('level', indicator.unit, indicator.direction, target);
  return { ...baseComparison(indicator, scope, null, asOf, scale, target), ratingReason: `Chưa có số liệu đến ngày ${formatDateVi(asOf)}` };
}

/** A comparison with nothing judged yet: the no-data line every case starts from. */
function baseComparison(
  indicator: Indicator,
  scope: string | null,
  kind: ObservationKind | null,
  asOf: IsoDate,
  scale: Scale,
  target: TargetWithSource | null,
): IndicatorComparison {
  const bounds = target ? targetOnScale(target, scale) : null;
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
  const earlier = series.slice(0, -1).reverse();
  const previous =
    latest.sessionId == null ? earlier[0] : earlier.find((p) => p.sessionId == null || p.sessionId !== latest.sessionId);
  return previous ? { previous, change: round6(latest.comparable - previous.comparable) } : null;
}

/**
 * The target in force for a scope at a date: the scope's own targets, else the
 * nationwide ones (a nationwide 80% applies to the provinces too); among them the
 * earliest due on or after the date, else the last one due. A revised target (same
 * due date, entered later) replaces the earlier one.
 */
function targetInForce(targets: TargetWithSource[], scope: string | null, date: IsoDate): TargetWithSource | null {
  const own = targets.filter((t) => t.scope === scope);
  const pool = own.length > 0 ? own : scope != null ? targets.filter((t) => t.scope == null) : [];
  const upcoming = pick(pool.filter((t) => t.dueDate >= date), false);
  const chosen = upcoming ?? pick(pool, true);
  return chosen ? { ...chosen, inheritedFromNationwide: chosen.scope !== scope } : null;
}

/** The earliest-due (or latest-due) target; of two due the same day, the one entered later. */
function pick(targets: TargetWithSource[], latestDue: boolean): TargetWithSource | null {
  return targets.reduce<TargetWithSource | null>((best, t) => {
    if (!best) return t;
    if (t.dueDate !== best.dueDate) return t.dueDate > best.dueDate === latestDue ? t : best;
    return t.id > best.id ? t : best;
  }, null);
}

function loadTargets(db: Db, indicatorId?: number): TargetWithSource[] {
  const rows = (indicatorId === undefined
    ? db.prepare(`${TARGETS_SQL} ORDER BY tg.indicator_id, tg.due_date, tg.id`).all()
    : db.prepare(`${TARGETS_SQL} WHERE tg.indicator_id = ? ORDER BY tg.due_date, tg.id`).all(indicatorId)) as Array<
    TargetRow & { session_title: string | null; session_date: string | null; document_name: string | null }
  >;
  return rows.map((row) => ({
    ...toTarget(row),
    sessionTitle: row.session_title,
    sessionDate: row.session_date,
    documentName: row.document_name,
    inheritedFromNationwide: false,
  }));
}

interface SeriesKey {
  indicatorId: number;
  scope: string | null;
  kind: ObservationKind;
}

function loadSeriesKeys(db: Db, asOf: IsoDate, indicatorId?: number): SeriesKey[] {
  return (indicatorId === undefined
    ? db.prepare(SERIES_KEYS_SQL).all({ asOf })
    : db.prepare(`${SERIES_KEYS_SQL} AND indicator_id = @indicatorId`).all({ asOf, indicatorId })) as SeriesKey[];
}

function loadSources(db: Db): Sources {
  const sessions = db.prepare('SELECT id, title, date FROM sessions').all() as Array<{ id: number; title: string; date: string }>;
  const documents = db.prepare('SELECT id, file_name FROM documents').all() as Array<{ id: number; file_name: string }>;
  return {
    sessions: new Map(sessions.map((s) => [s.id, { title: s.title, date: s.date }])),
    documents: new Map(documents.map((d) => [d.id, d.file_name])),
  };
}

function toSeriesPoint(row: ObservationRow, scale: Scale, sources: Sources): SeriesPoint {
  const o = toObservation(row);
  const session = o.sessionId == null ? undefined : sources.sessions.get(o.sessionId);
  return {
    observationId: o.id,
    value: o.value,
    valueMax: o.valueMax,
    of: o.of,
    kind: o.kind,
    qualifier: o.qualifier,
    period: o.period,
    asOf: o.asOf,
    comparable: comparableValue(o, scale.basis),
    sessionId: o.sessionId,
    sessionTitle: session?.title ?? null,
    sessionDate: session?.date ?? null,
    documentId: o.documentId,
    documentName: o.documentId == null ? null : (sources.documents.get(o.documentId) ?? null),
    evidence: o.evidence,
  };
}

/** Nationwide first, then scopes in Vietnamese order; levels before counts, ranks and changes. */
function byScopeThenKind(a: IndicatorComparison, b: IndicatorComparison): number {
  if (a.scope !== b.scope) {
    if (a.scope == null) return -1;
    if (b.scope == null) return 1;
    return a.scope.localeCompare(b.scope, 'vi');
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


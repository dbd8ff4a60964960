/**
 * The arithmetic of comparing an actual with a target, with no database: putting
 * both on one scale, attainment, gap, the expected value on the trajectory, the
 * rating and the forecast. compareIndicators feeds it rows; tests feed it numbers.
 */
import type { Direction, IsoDate, Observation, Rating, Target } from '../domain/model';
import { formatDateVi } from '../domain/vietnamese';
import { addDays, daysBetween } from './dates';
import { formatAttainment, formatValue, joinedText } from './format';
import type { RatingThresholds } from './thresholds';
import type { ComparisonBasis, Forecast, ObservationKind } from './types';

export interface Scale {
  basis: ComparisonBasis;
  lowerIsBetter: boolean;
  valueUnit: string;
}

/** Six decimals: enough for any figure the texts carry, and no 40.489999999999995 in the JSON. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The scale a series of the given kind is compared on, against the target in force. */
export function scaleFor(kind: ObservationKind, unit: string, direction: Direction, target: Pick<Target, 'of'> | null): Scale {
  const lowerIsBetter = direction === 'lower_is_better';
  switch (kind) {
    case 'change':
      return { basis: 'change', lowerIsBetter, valueUnit: unit };
    case 'rank':
      return { basis: 'rank', lowerIsBetter: true, valueUnit: '' };
    case 'count_of':
      // Against a plain count (61 tiện ích) a count stays a count; otherwise only the
      // share of the whole compares, since wholes move (63 provinces became 34).
      if (target && target.of == null && unit !== '%') return { basis: 'level', lowerIsBetter, valueUnit: unit };
      return { basis: 'share', lowerIsBetter, valueUnit: '%' };
    case 'level':
      return { basis: 'level', lowerIsBetter, valueUnit: unit };
  }
}

/** A figure on its scale: a count as its share of the whole, a range figure at its midpoint. */
export function comparableValue(point: Pick<Observation, 'value' | 'valueMax' | 'of'>, basis: ComparisonBasis): number {
  return comparableOf(point.value, point.valueMax, point.of, basis);
}

/** comparableValue from the figure's numbers, for callers that have no figure object to hand. */
export function comparableOf(value: number, valueMax: number | null, of: number | null, basis: ComparisonBasis): number {
  if (basis === 'share' && of) return round6((100 * value) / of);
  return valueMax != null ? round6((value + valueMax) / 2) : value;
}

export interface TargetBounds {
  low: number;
  /** Upper end of a range target. */
  high: number | null;
  baseline: number | null;
}

/** A target on the series' scale: a count target (63/63) becomes a percentage when the scale is one. */
export function targetOnScale(target: Pick<Target, 'value' | 'valueMax' | 'of' | 'baselineValue'>, scale: Scale): TargetBounds {
  const factor = target.of && (scale.basis === 'share' || scale.valueUnit === '%') ? 100 / target.of : 1;
  return {
    low: round6(target.value * factor),
    high: target.valueMax == null ? null : round6(target.valueMax * factor),
    baseline: target.baselineValue == null ? null : round6(target.baselineValue * factor),
  };
}

/** The bound a figure must reach: the target, or the near end of a range target. */
export function thresholdOf(bounds: TargetBounds, lowerIsBetter: boolean): number {
  return lowerIsBetter ? (bounds.high ?? bounds.low) : bounds.low;
}

export interface FigureToRate {
  actual: number;
  actualDate: IsoDate;
  bounds: TargetBounds;
  dueDate: IsoDate;
  baselineDate: IsoDate | null;
  scale: Scale;
}

export interface Evaluation {
  threshold: number;
  attainment: number | null;
  gap: number;
  expected: number | null;
  rating: Exclude<Rating, 'no_data'>;
  reason: string;
}

/** attainment = actual / target, or target / actual when lower is better; null when it would divide by zero. */
export function attainmentOf(actual: number, threshold: number, lowerIsBetter: boolean): number | null {
  if (lowerIsBetter) return actual > 0 ? round6(threshold / actual) : null;
  return threshold > 0 ? round6(actual / threshold) : null;
}

/** The value on the straight line from the baseline to the target at `date`; null without a baseline. */
export function expectedOnTrajectory(
  baseline: number | null,
  baselineDate: IsoDate | null,
  threshold: number,
  dueDate: IsoDate,
  date: IsoDate,
): number | null {
  if (baseline == null || baselineDate == null) return null;
  const span = daysBetween(baselineDate, dueDate);
  if (span <= 0) return null;
  const fraction = Math.min(1, Math.max(0, daysBetween(baselineDate, date) / span));
  return round6(baseline + (threshold - baseline) * fraction);
}

/**
 * Rates one figure against its target by the rule documented in thresholds.ts. Called
 * once per series of a comparison (10,000 at scale), so it makes no closures.
 */
export function rateFigure(figure: FigureToRate, thresholds: RatingThresholds): Evaluation {
  const { actual, actualDate, bounds, dueDate, scale } = figure;
  const lower = scale.lowerIsBetter;
  const unit = scale.valueUnit;
  const threshold = thresholdOf(bounds, lower);
  const attainment = attainmentOf(actual, threshold, lower);
  const gap = round6(lower ? actual - threshold : threshold - actual);
  const expected = expectedOnTrajectory(bounds.baseline, figure.baselineDate, threshold, dueDate, actualDate);
  let rating: Evaluation['rating'];
  let reason: string;

  if (lower ? actual <= threshold : actual >= threshold) {
    rating = 'met';
    const insideRange = bounds.high != null && actual >= bounds.low && actual <= bounds.high;
    if (insideRange) reason = joinedText('Nằm trong khoảng mục tiêu ', formatValue(bounds.low, unit), '–', formatValue(bounds.high ?? bounds.low, unit));
    else reason = joinedText(actual === threshold ? 'Đạt mục tiêu ' : 'Vượt mục tiêu ', formatValue(threshold, unit));
  } else if (actualDate >= dueDate) {
    rating = 'off_track';
    reason = joinedText('Đến hạn ', formatDateVi(dueDate), ' chưa đạt mục tiêu ', formatValue(threshold, unit));
  } else if (expected != null) {
    const ratio = lower ? (actual > 0 ? expected / actual : Infinity) : expected > 0 ? actual / expected : actual >= expected ? Infinity : 0;
    reason = joinedText('Theo lộ trình, đến ngày ', formatDateVi(actualDate), ' cần đạt ', formatValue(expected, unit), '; thực tế ', formatValue(actual, unit));
    rating = ratio >= thresholds.onTrackOfExpected ? 'on_track' : ratio >= thresholds.atRiskOfExpected ? 'at_risk' : 'off_track';
  } else {
    const reached = attainment ?? 0;
    reason = joinedText('Chưa có số liệu gốc để dựng lộ trình; mới đạt ', formatAttainment(reached), ' mục tiêu ', formatValue(threshold, unit));
    rating = reached >= thresholds.onTrackAttainment ? 'on_track' : reached >= thresholds.atRiskAttainment ? 'at_risk' : 'off_track';
  }
  return { threshold, attainment, gap, expected, rating, reason };
}

/** A figure on the comparison's scale at its date, as a forecast reads it. */
export interface ForecastPoint {
  asOf: IsoDate;
  comparable: number;
}

/**
 * When the target would be reached at the pace of the latest figures (a least-squares
 * line through those of the latest `maxPoints` dates); null with fewer than two dates.
 * Takes a comparison's series points as they are, with no copy of them made for it: a
 * comparison of every series calls this 10,000 times, so it works in two buffers kept
 * between calls rather than arrays of its own.
 */
export function forecastFrom(
  points: readonly ForecastPoint[],
  threshold: number,
  lowerIsBetter: boolean,
  dueDate: IsoDate,
  maxPoints: number,
): Forecast | null {
  const n = latestByDate(points, maxPoints);
  if (n < 2) return null;
  const first = points[recentAt[0] as number] as ForecastPoint;
  const last = points[recentAt[n - 1] as number] as ForecastPoint;
  // Plain loops, summing in the same order as ever (so the same floating-point results).
  let sumX = 0;
  let sumY = 0;
  for (let k = 0; k < n; k++) {
    const point = points[recentAt[k] as number] as ForecastPoint;
    const x = daysBetween(first.asOf, point.asOf);
    daysFromFirst[k] = x;
    sumX += x;
    sumY += point.comparable;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  for (let k = 0; k < n; k++) {
    const dx = (daysFromFirst[k] as number) - meanX;
    sxx += dx ** 2;
    sxy += dx * ((points[recentAt[k] as number] as ForecastPoint).comparable - meanY);
  }
  const slope = sxy / sxx;
  const pacePerYear = round6(slope * 365);
  const towards = lowerIsBetter ? slope < 0 : slope > 0;
  if (!towards) return { pointsUsed: n, pacePerYear, metBy: null, beforeDue: false };
  // Rounded before the ceiling, so floating-point dust (364.00000000000006) adds no day.
  const days = Math.ceil(round6((threshold - last.comparable) / slope));
  // A pace all but flat would get there after year 9999, past any date there is to write
  // (and past what a Date holds: the comparison of every series threw at some dates).
  if (!(days <= daysBetween(last.asOf, LAST_DATE))) return { pointsUsed: n, pacePerYear, metBy: null, beforeDue: false };
  const metBy = addDays(last.asOf, days);
  return { pointsUsed: n, pacePerYear, metBy, beforeDue: metBy <= dueDate };
}

/** The last date a forecast gives. */
const LAST_DATE = '9999-12-31';

/**
 * latestByDate's answer (where the points are) and the days of each from the first:
 * forecastFrom's working space, grown when a forecast takes more dates than it holds.
 */
let recentAt = new Int32Array(20);
let daysFromFirst = new Float64Array(20);

/** YYYY-MM-DD by its characters: dates in that form compare as text in date order. */
function isIsoShaped(date: string): boolean {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    const c = date.charCodeAt(i);
    if (i !== 4 && i !== 7 && (c < 48 || c > 57)) return false;
  }
  return true;
}

/**
 * Puts in recentAt where the points of the latest `maxPoints` dates are, oldest first, and
 * says how many. Two figures for one date (a revision) count once: the later one stands.
 * Series come in date order, and then one walk back from the end finds them; any other
 * order is sorted as it always was.
 */
function latestByDate(points: readonly ForecastPoint[], maxPoints: number): number {
  const most = Math.min(maxPoints, points.length);
  if (most > recentAt.length) {
    recentAt = new Int32Array(most);
    daysFromFirst = new Float64Array(most);
  }
  let inOrder = true;
  for (let i = 0; i < points.length && inOrder; i++) {
    const date = (points[i] as ForecastPoint).asOf;
    inOrder = isIsoShaped(date) && (i === 0 || (points[i - 1] as ForecastPoint).asOf <= date);
  }
  if (!inOrder) {
    const byDate = new Map<IsoDate, number>();
    points.forEach((p, i) => byDate.set(p.asOf, i));
    const recent = [...byDate].sort(([a], [b]) => a.localeCompare(b)).slice(-most);
    recent.forEach(([, i], k) => (recentAt[k] = i));
    return recent.length;
  }
  // Walked back from the end, then written oldest first.
  let n = 0;
  for (let i = points.length - 1; i >= 0 && n < most; i--) {
    if (i === points.length - 1 || (points[i] as ForecastPoint).asOf !== (points[i + 1] as ForecastPoint).asOf) n++;
  }
  let k = n;
  for (let i = points.length - 1; i >= 0 && k > 0; i--) {
    if (i === points.length - 1 || (points[i] as ForecastPoint).asOf !== (points[i + 1] as ForecastPoint).asOf) recentAt[--k] = i;
  }
  return n;
}

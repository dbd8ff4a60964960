/**
 * The arithmetic of comparing an actual with a target, with no database: putting
 * both on one scale, attainment, gap, the expected value on the trajectory, the
 * rating and the forecast. compareIndicators feeds it rows; tests feed it numbers.
 */
import type { Direction, IsoDate, Observation, Rating, Target } from '../domain/model';
import { formatDateVi } from '../domain/vietnamese';
import { addDays, daysBetween } from './dates';
import { formatAttainment, formatValue } from './format';
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
  if (basis === 'share' && point.of) return round6((100 * point.value) / point.of);
  return point.valueMax != null ? round6((point.value + point.valueMax) / 2) : point.value;
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
  const scaled = (v: number | null) => (v == null ? null : round6(v * factor));
  return { low: round6(target.value * factor), high: scaled(target.valueMax), baseline: scaled(target.baselineValue) };
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

/** Rates one figure against its target by the rule documented in thresholds.ts. */
export function rateFigure(figure: FigureToRate, thresholds: RatingThresholds): Evaluation {
  const { actual, actualDate, bounds, dueDate, scale } = figure;
  const lower = scale.lowerIsBetter;
  const threshold = thresholdOf(bounds, lower);
  const attainment = attainmentOf(actual, threshold, lower);
  const gap = round6(lower ? actual - threshold : threshold - actual);
  const expected = expectedOnTrajectory(bounds.baseline, figure.baselineDate, threshold, dueDate, actualDate);
  const show = (v: number) => formatValue(v, scale.valueUnit);
  const result = (rating: Evaluation['rating'], reason: string): Evaluation => ({ threshold, attainment, gap, expected, rating, reason });

  if (lower ? actual <= threshold : actual >= threshold) {
    const insideRange = bounds.high != null && actual >= bounds.low && actual <= bounds.high;
    if (insideRange) return result('met', `Nằm trong khoảng mục tiêu ${show(bounds.low)}–${show(bounds.high ?? bounds.low)}`);
    return result('met', actual === threshold ? `Đạt mục tiêu ${show(threshold)}` : `Vượt mục tiêu ${show(threshold)}`);
  }
  if (actualDate >= dueDate) {
    return result('off_track', `Đến hạn ${formatDateVi(dueDate)} chưa đạt mục tiêu ${show(threshold)}`);
  }
  if (expected != null) {
    const ratio = lower ? (actual > 0 ? expected / actual : Infinity) : expected > 0 ? actual / expected : actual >= expected ? Infinity : 0;
    const reason = `Theo lộ trình, đến ngày ${formatDateVi(actualDate)} cần đạt ${show(expected)}; thực tế ${show(actual)}`;
    if (ratio >= thresholds.onTrackOfExpected) return result('on_track', reason);
    return result(ratio >= thresholds.atRiskOfExpected ? 'at_risk' : 'off_track', reason);
  }
  const reached = attainment ?? 0;
  const reason = `Chưa có số liệu gốc để dựng lộ trình; mới đạt ${formatAttainment(reached)} mục tiêu ${show(threshold)}`;
  if (reached >= thresholds.onTrackAttainment) return result('on_track', reason);
  return result(reached >= thresholds.atRiskAttainment ? 'at_risk' : 'off_track', reason);
}

/**
 * When the target would be reached at the pace of the latest figures (a least-squares
 * line through at most `maxPoints` of them); null with fewer than two dates.
 */
export function forecastFrom(
  points: ReadonlyArray<{ asOf: IsoDate; value: number }>,
  threshold: number,
  lowerIsBetter: boolean,
  dueDate: IsoDate,
  maxPoints: number,
): Forecast | null {
  // Two figures for one date (a revision) count once: the later one stands.
  const byDate = new Map<IsoDate, number>();
  for (const p of points) byDate.set(p.asOf, p.value);
  const recent = [...byDate].sort(([a], [b]) => a.localeCompare(b)).slice(-maxPoints);
  const first = recent[0];
  const last = recent.at(-1);
  if (!first || !last || recent.length < 2) return null;
  const xs = recent.map(([date]) => daysBetween(first[0], date));
  const ys = recent.map(([, value]) => value);
  const meanX = xs.reduce((s, x) => s + x, 0) / xs.length;
  const meanY = ys.reduce((s, y) => s + y, 0) / ys.length;
  const sxx = xs.reduce((s, x) => s + (x - meanX) ** 2, 0);
  const sxy = xs.reduce((s, x, i) => s + (x - meanX) * ((ys[i] ?? meanY) - meanY), 0);
  const slope = sxy / sxx;
  const pacePerYear = round6(slope * 365);
  const towards = lowerIsBetter ? slope < 0 : slope > 0;
  if (!towards) return { pointsUsed: recent.length, pacePerYear, metBy: null, beforeDue: false };
  // Rounded before the ceiling, so floating-point dust (364.00000000000006) adds no day.
  const metBy = addDays(last[0], Math.ceil(round6((threshold - last[1]) / slope)));
  return { pointsUsed: recent.length, pacePerYear, metBy, beforeDue: metBy <= dueDate };
}

/**
 * The thresholds behind the ratings, kept as a setting so the Government Office can
 * tune them without a new release. The rule they feed (see rateFigure in measure.ts):
 * - met (Đạt/Vượt): the figure reaches the target, or lies inside a range target;
 * - a figure dated on or after the due date that misses the target: off track;
 * - with a baseline, the expected value on the straight line from baseline to target at
 *   the figure's date: on track from onTrackOfExpected of it, at risk from
 *   atRiskOfExpected, else off track (ratios inverted when lower is better);
 * - without a baseline there is no line to draw, so attainment alone decides:
 *   on track from onTrackAttainment, at risk from atRiskAttainment, else off track.
 */
import { z } from 'zod';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/settings';

export const RATING_THRESHOLDS_KEY = 'comparison.ratingThresholds';

const ratio = z.number().positive().max(2);

const thresholdsSchema = z
  .object({
    onTrackOfExpected: ratio,
    atRiskOfExpected: ratio,
    onTrackAttainment: ratio,
    atRiskAttainment: ratio,
    /** How many of the latest figures set the pace of the forecast. */
    forecastPoints: z.int().min(2).max(20),
  })
  .refine((t) => t.atRiskOfExpected <= t.onTrackOfExpected && t.atRiskAttainment <= t.onTrackAttainment, {
    message: 'Ngưỡng "Có nguy cơ" phải thấp hơn hoặc bằng ngưỡng "Đúng tiến độ"',
  });

export type RatingThresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_RATING_THRESHOLDS: RatingThresholds = {
  onTrackOfExpected: 1,
  atRiskOfExpected: 0.9,
  onTrackAttainment: 0.9,
  atRiskAttainment: 0.7,
  forecastPoints: 3,
};

/** The thresholds in force; a stored value that no longer validates falls back to the defaults. */
export function getRatingThresholds(db: Db): RatingThresholds {
  const stored = getSetting<unknown>(db, RATING_THRESHOLDS_KEY, {});
  const merged = thresholdsSchema.safeParse({ ...DEFAULT_RATING_THRESHOLDS, ...(isRecord(stored) ? stored : {}) });
  // A hand-edited or outdated setting must not stop the briefing from being prepared.
  return merged.success ? merged.data : DEFAULT_RATING_THRESHOLDS;
}

/** Changes some thresholds; throws a Vietnamese message when the result is inconsistent. */
export function setRatingThresholds(db: Db, patch: Partial<RatingThresholds>): RatingThresholds {
  const parsed = thresholdsSchema.safeParse({ ...getRatingThresholds(db), ...patch });
  if (!parsed.success) throw new Error(`Ngưỡng đánh giá không hợp lệ: ${parsed.error.issues[0]?.message ?? ''}`);
  setSetting(db, RATING_THRESHOLDS_KEY, parsed.data);
  return parsed.data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

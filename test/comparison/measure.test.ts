import { describe, expect, it } from 'vitest';
import { formatAttainment, formatFigure, formatGap } from '../../electron/comparison/format';
import {
  comparableValue,
  expectedOnTrajectory,
  forecastFrom,
  rateFigure,
  scaleFor,
  targetOnScale,
} from '../../electron/comparison/measure';
import type { Scale } from '../../electron/comparison/measure';
import { DEFAULT_RATING_THRESHOLDS } from '../../electron/comparison/thresholds';

const level: Scale = { basis: 'level', lowerIsBetter: false, valueUnit: '%' };
const lower: Scale = { basis: 'level', lowerIsBetter: true, valueUnit: 'ngày' };

function rate(actual: number, actualDate: string, bounds: { low: number; high?: number | null; baseline?: number | null }, options: { scale?: Scale; baselineDate?: string | null; dueDate?: string } = {}) {
  return rateFigure(
    {
      actual,
      actualDate,
      bounds: { low: bounds.low, high: bounds.high ?? null, baseline: bounds.baseline ?? null },
      dueDate: options.dueDate ?? '2025-12-31',
      baselineDate: options.baselineDate ?? null,
      scale: options.scale ?? level,
    },
    DEFAULT_RATING_THRESHOLDS,
  );
}

describe('rateFigure', () => {
  it('rates 39,51% against an 80% target with no baseline as off track: 49,4% attained, 40,49 points short', () => {
    const e = rate(39.51, '2025-06-30', { low: 80 });
    expect(e.attainment).toBeCloseTo(0.494, 3);
    expect(e.gap).toBe(40.49);
    expect(e.expected).toBeNull();
    expect(e.rating).toBe('off_track');
    expect(formatAttainment(e.attainment ?? 0)).toBe('49,4%');
    expect(formatGap(e.gap, 'điểm phần trăm')).toBe('40,49 điểm phần trăm');
  });

  it('without a baseline, judges by attainment alone: on track from 90%, at risk from 70%', () => {
    expect(rate(72, '2025-06-30', { low: 80 }).rating).toBe('on_track');
    expect(rate(60, '2025-06-30', { low: 80 }).rating).toBe('at_risk');
    expect(rate(55, '2025-06-30', { low: 80 }).rating).toBe('off_track');
  });

  it('with a baseline, compares with the expected value on the straight line at the figure date', () => {
    // 40% on 1/1/2025 to 80% on 31/12/2025: half way (2/7) the line stands near 60%.
    const bounds = { low: 80, baseline: 40 };
    const options = { baselineDate: '2025-01-01', dueDate: '2025-12-31' };
    const onTrack = rate(61, '2025-07-02', bounds, options);
    expect(onTrack.expected).toBeCloseTo(60, 0);
    expect(onTrack.rating).toBe('on_track');
    expect(rate(55, '2025-07-02', bounds, options).rating).toBe('at_risk');
    expect(rate(50, '2025-07-02', bounds, options).rating).toBe('off_track');
  });

  it('rates a target met early as met, with a negative gap when exceeded', () => {
    const e = rate(85, '2025-03-31', { low: 80 });
    expect(e.rating).toBe('met');
    expect(e.gap).toBe(-5);
    expect(e.reason).toContain('Vượt');
  });

  it('rates a missed target off track once the figure reaches the due date, whatever the trajectory says', () => {
    expect(rate(79, '2025-12-31', { low: 80, baseline: 40 }, { baselineDate: '2025-01-01' }).rating).toBe('off_track');
  });

  it('inverts attainment and gap when lower is better', () => {
    // Processing time: target 10 days, actual 12.5 days.
    const e = rate(12.5, '2025-06-30', { low: 10 }, { scale: lower });
    expect(e.attainment).toBe(0.8);
    expect(e.gap).toBe(2.5);
    expect(e.rating).toBe('at_risk');
    expect(rate(9, '2025-06-30', { low: 10 }, { scale: lower }).rating).toBe('met');
  });

  it('meets a range target inside the range and beyond it in the good direction', () => {
    const inside = rate(8.4, '2025-12-31', { low: 8.3, high: 8.5 });
    expect(inside.rating).toBe('met');
    expect(inside.reason).toContain('Nằm trong khoảng');
    expect(rate(8.6, '2025-12-31', { low: 8.3, high: 8.5 }).rating).toBe('met');
    const below = rate(8.0, '2025-12-31', { low: 8.3, high: 8.5 });
    expect(below.rating).toBe('off_track');
    expect(below.gap).toBeCloseTo(0.3, 6);
  });

  it('takes the upper end of a range as the bound when lower is better', () => {
    // Inflation 4–4,5%: 4,2% is inside, 4,8% is not.
    const inflation: Scale = { basis: 'level', lowerIsBetter: true, valueUnit: '%' };
    expect(rate(4.2, '2025-12-31', { low: 4, high: 4.5 }, { scale: inflation }).rating).toBe('met');
    const above = rate(4.8, '2025-12-31', { low: 4, high: 4.5 }, { scale: inflation });
    expect(above.rating).toBe('off_track');
    expect(above.gap).toBeCloseTo(0.3, 6);
  });
});

describe('scales', () => {
  it('treats ranks as lower is better whatever the indicator says', () => {
    const scale = scaleFor('rank', '', 'higher_is_better', null);
    expect(scale).toEqual({ basis: 'rank', lowerIsBetter: true, valueUnit: '' });
    // Rank 46 against a top-30 target: 30/46 attained, 16 places to climb.
    const e = rate(46, '2025-06-30', { low: 30 }, { scale });
    expect(e.attainment).toBeCloseTo(0.652, 3);
    expect(e.gap).toBe(16);
  });

  it('compares counts of a whole as shares, so 34/34 provinces meets a 63/63 target', () => {
    const scale = scaleFor('count_of', 'địa phương', 'higher_is_better', { of: 63 });
    expect(scale.basis).toBe('share');
    const target = targetOnScale({ value: 63, valueMax: null, of: 63, baselineValue: null }, scale);
    expect(target.low).toBe(100);
    expect(comparableValue({ value: 34, valueMax: null, of: 34 }, scale.basis)).toBe(100);
    expect(comparableValue({ value: 40, valueMax: null, of: 61 }, scale.basis)).toBeCloseTo(65.57, 2);
  });

  it('keeps a count a count against a plain count target', () => {
    const scale = scaleFor('count_of', 'tiện ích', 'higher_is_better', { of: null });
    expect(scale.basis).toBe('level');
    expect(comparableValue({ value: 40, valueMax: null, of: 61 }, scale.basis)).toBe(40);
  });

  it('never compares a change as a level', () => {
    expect(scaleFor('change', '%', 'higher_is_better', { of: null }).basis).toBe('change');
  });

  it('counts a range figure at its midpoint', () => {
    expect(comparableValue({ value: 8.3, valueMax: 8.5, of: null }, 'level')).toBe(8.4);
  });
});

describe('expectedOnTrajectory', () => {
  it('holds the baseline before its date and the target after the due date', () => {
    expect(expectedOnTrajectory(40, '2025-01-01', 80, '2025-12-31', '2024-06-30')).toBe(40);
    expect(expectedOnTrajectory(40, '2025-01-01', 80, '2025-12-31', '2026-06-30')).toBe(80);
    expect(expectedOnTrajectory(null, null, 80, '2025-12-31', '2025-06-30')).toBeNull();
  });
});

describe('forecastFrom', () => {
  it('projects the pace of the latest figures to the date the target is reached', () => {
    // +10 points in the 91 days to 30/6: the 40 points left take 364 days more.
    const f = forecastFrom(
      [
        { asOf: '2025-03-31', comparable: 30 },
        { asOf: '2025-06-30', comparable: 40 },
      ],
      80,
      false,
      '2025-12-31',
      3,
    );
    expect(f?.metBy).toBe('2026-06-29');
    expect(f?.beforeDue).toBe(false);
    expect(f?.pacePerYear).toBeCloseTo(40.1, 1);
  });

  it('says when the pace leads away from the target, and needs two dates', () => {
    const away = forecastFrom(
      [
        { asOf: '2025-03-31', comparable: 40 },
        { asOf: '2025-06-30', comparable: 35 },
      ],
      80,
      false,
      '2025-12-31',
      3,
    );
    expect(away).toMatchObject({ metBy: null, beforeDue: false });
    expect(forecastFrom([{ asOf: '2025-06-30', comparable: 40 }], 80, false, '2025-12-31', 3)).toBeNull();
  });

  it('uses only the latest points', () => {
    const f = forecastFrom(
      [
        { asOf: '2024-12-31', comparable: 0 },
        { asOf: '2025-03-31', comparable: 70 },
        { asOf: '2025-06-30', comparable: 75 },
      ],
      80,
      false,
      '2025-12-31',
      2,
    );
    expect(f?.pointsUsed).toBe(2);
    expect(f?.beforeDue).toBe(true);
  });

  it('counts a revised figure once, the later one standing, in date order or not', () => {
    // 31/3 was revised from 50 to 30: the pace is 30 -> 40 -> 50 over two quarters, +10 a quarter.
    const inOrder = [
      { asOf: '2024-12-31', comparable: 0 },
      { asOf: '2025-03-31', comparable: 50 },
      { asOf: '2025-03-31', comparable: 30 },
      { asOf: '2025-06-30', comparable: 40 },
      { asOf: '2025-09-30', comparable: 50 },
    ];
    const f = forecastFrom(inOrder, 80, false, '2026-12-31', 3);
    expect(f).toMatchObject({ pointsUsed: 3, metBy: '2026-07-02', beforeDue: true });
    expect(f?.pacePerYear).toBeCloseTo(39.89, 2);
    // Out of date order (a caller's own list): sorted, the same three dates, the same answer.
    const shuffled = [inOrder[4], inOrder[1], inOrder[0], inOrder[3], inOrder[2]] as typeof inOrder;
    expect(forecastFrom(shuffled, 80, false, '2026-12-31', 3)).toEqual(f);
    // As many dates as asked, past any the function has taken before.
    const monthly = Array.from({ length: 30 }, (_, i) => ({ asOf: `20${23 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, comparable: i }));
    expect(forecastFrom(monthly, 100, false, '2030-12-31', 25)).toMatchObject({ pointsUsed: 25, metBy: '2031-05-05' });
  });

  it('gives no date when the pace is too slow to get there by the year 9999', () => {
    const points = [
      { asOf: '2025-05-31', comparable: 40 },
      { asOf: '2025-06-30', comparable: 40.000001 },
    ];
    expect(forecastFrom(points, 80, false, '2025-12-31', 3)).toMatchObject({ pointsUsed: 2, metBy: null, beforeDue: false });
    expect(forecastFrom([points[0] as { asOf: string; comparable: number }, { asOf: '2025-06-30', comparable: 41 }], 80, false, '2025-12-31', 3)?.metBy).toBe('2028-09-12');
  });
});

describe('formatFigure', () => {
  it('words each kind of figure as the texts do', () => {
    expect(formatFigure({ kind: 'level', value: 39.51, valueMax: null, of: null }, '%')).toBe('39,51%');
    expect(formatFigure({ kind: 'level', value: 8.3, valueMax: 8.5, of: null }, '%')).toBe('8,3–8,5%');
    expect(formatFigure({ kind: 'count_of', value: 40, valueMax: null, of: 61 }, 'tiện ích')).toBe('40/61 tiện ích');
    expect(formatFigure({ kind: 'rank', value: 46, valueMax: null, of: 132 }, '')).toBe('hạng 46/132');
    expect(formatFigure({ kind: 'change', value: -2.5, valueMax: null, of: null }, '%')).toBe('giảm 2,5%');
    expect(formatAttainment(0.190125)).toBe('19,0%');
  });
});

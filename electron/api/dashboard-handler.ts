import { compareIndicators, countTasksByAgency, listTaskStatuses, targetVsActualChart, tasksByAgencyChart } from '../comparison';
import { drawChartSvg } from '../comparison/chart-drawing';
import { addDays } from '../comparison/dates';
import type { IndicatorComparison } from '../comparison/types';
import { listSessions } from '../db/sessions';
import { RATING_LABELS, RATING_LINE_LABELS } from '../domain/model';
import { todayIso } from '../domain/vietnamese';
import type { ChartView } from '../domain/views';
import type { RatingCount } from './contract';
import type { HandlerGroup } from './handler-types';
import { withSixClear } from './task-views';

/** How many series the dashboard's attainment chart shows: beyond that it is unreadable on one screen. */
const DASHBOARD_CHART_SERIES = 40;

/** Days ahead the dashboard looks for work falling due when no next session is planned. */
const DUE_SOON_DAYS = 30;

/** The agencies the tasks chart shows (tasksByAgencyChart's own cut). */
const CHART_AGENCIES = 15;

/**
 * Width of the charts' first drawing, in pixels: a chart card's width in a window 1,400
 * pixels wide (1,126). The drawing scales to its card until ECharts redraws it at the card's width.
 */
const DRAWING_WIDTH = 1126;

/**
 * A horizontal bar chart needs room for each of its categories. Drawn when asked (20-35
 * ms for both): the first screen shows the drawing and loads ECharts, 600 KB of script
 * that took 300 ms of the first screen, once it has settled. first_screen_p50_ms went
 * from 1,406-1,609 to 1,216-1,288 ms (bench/first-screen.ts, same hour).
 */
function barChart(key: string, label: string, option: Record<string, unknown>, categories: number, draw: boolean): ChartView {
  const height = Math.max(280, 120 + categories * 26);
  return { key, label, option, height, ...(draw ? { drawing: drawChartSvg(option, { width: DRAWING_WIDTH, height }) } : {}) };
}

/**
 * The lines under each rating, every rating shown even at 0; the lines rated no_data
 * that have a figure are counted under what they lack ("Chưa có mục tiêu", "Không so
 * sánh được"), shown when there are some: a figure without a target is not a line
 * without figures.
 */
function ratingCounts(comparisons: readonly IndicatorComparison[]): RatingCount[] {
  const counts = new Map(RATING_LINE_LABELS.map(({ rating, label }): [string, RatingCount] => [label, { rating, label, count: 0 }]));
  for (const c of comparisons) (counts.get(c.ratingLabel) ?? (counts.get(RATING_LABELS[c.rating]) as RatingCount)).count++;
  return [...counts.values()].filter((line) => line.count > 0 || line.label === RATING_LABELS[line.rating]);
}

/** Tổng quan: ratings and task statuses on a date, the two charts, and what falls due before the next session. */
export const dashboardHandler: HandlerGroup<'getDashboard'> = (ctx) => ({
  getDashboard: ({ asOf: given, drawCharts = false }) => {
    const asOf = given ?? todayIso();
    const comparisons = compareIndicators(ctx.db, { asOf });
    const byAgency = countTasksByAgency(ctx.db, asOf);
    const sessions = listSessions(ctx.db);
    const nextSession = sessions.find((s) => s.date > asOf) ?? null;
    const dueUntil = nextSession?.date ?? addDays(asOf, DUE_SOON_DAYS);
    const due = listTaskStatuses(ctx.db, { asOf, dueFrom: asOf, dueTo: dueUntil, status: 'in_progress_on_time', limit: 200 });
    // The series furthest from their targets matter most when not all fit.
    const charted = comparisons
      .filter((c) => c.attainment != null)
      .sort((a, b) => (a.attainment ?? 0) - (b.attainment ?? 0))
      .slice(0, DASHBOARD_CHART_SERIES);
    return {
      asOf,
      indicatorCount: comparisons.length,
      ratingCounts: ratingCounts(comparisons),
      taskCounts: byAgency.totals,
      overdueSummary: byAgency.summary,
      charts: [
        barChart('attainment', 'Mức đạt của từng chỉ tiêu so với mục tiêu', targetVsActualChart(charted), charted.length, drawCharts),
        barChart('agencies', 'Nhiệm vụ theo cơ quan chủ trì và trạng thái', tasksByAgencyChart(byAgency, CHART_AGENCIES), Math.min(CHART_AGENCIES, byAgency.agencies.length), drawCharts),
      ],
      latestSession: sessions.filter((s) => s.date <= asOf).at(-1) ?? null,
      nextSession,
      dueUntil,
      dueSoon: due.tasks.map(withSixClear),
      dueSoonTotal: due.total,
    };
  },
});

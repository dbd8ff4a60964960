/**
 * Chart specifications: ECharts options as plain JSON, so they cross IPC to the
 * renderer and render on the server for the briefing alike. No functions inside:
 * every number a reader sees is formatted here, the Vietnamese way (39,51%), and
 * handed to ECharts as finished label text.
 */
import type { BarSeriesOption, EChartsOption, LineSeriesOption, ScatterSeriesOption } from 'echarts';
import type { Rating, TaskStatus } from '../domain/model';
import { RATING_LABELS, TASK_STATUS_LABELS } from '../domain/model';
import { formatDateVi, formatNumberVi } from '../domain/vietnamese';
import { formatAttainment, formatValue } from './format';
import { targetOnScale } from './measure';
import type { IndicatorComparison, TaskCountsByAgency } from './types';

/** What the exporter and the renderer receive: JSON, no class instances, no functions. */
export type ChartOption = Record<string, unknown>;

const RATING_COLORS: Record<Rating, string> = {
  met: '#2e7d32',
  on_track: '#1565c0',
  at_risk: '#ef6c00',
  off_track: '#c62828',
  no_data: '#9e9e9e',
};
const RATING_ORDER: readonly Rating[] = ['met', 'on_track', 'at_risk', 'off_track'];

const STATUS_COLORS: Record<TaskStatus, string> = {
  done_on_time: '#2e7d32',
  done_late: '#9ccc65',
  in_progress_on_time: '#1565c0',
  overdue: '#c62828',
  recurring: '#78909c',
};
const FORECAST_COLOR = '#ef6c00';
const STATUS_ORDER: readonly TaskStatus[] = ['overdue', 'in_progress_on_time', 'recurring', 'done_late', 'done_on_time'];

const TITLE_STYLE = { fontSize: 15, fontWeight: 'bold' } as const;
/** Long Vietnamese indicator and agency names are cut with an ellipsis rather than overlap. */
const CATEGORY_LABEL = { width: 230, overflow: 'truncate', fontSize: 11 } as const;

function seriesName(c: IndicatorComparison): string {
  return c.scope == null ? c.indicatorName : `${c.indicatorName} (${c.scopeLabel})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A message in the middle of an empty chart, so it never renders as a blank frame. */
function emptyNote(text: string): EChartsOption['graphic'] {
  return [{ type: 'text', left: 'center', top: 'middle', style: { text, fontSize: 14, fill: '#666' } }];
}

/** Points of attainment a bar's label takes beyond its end (about "100,0%" at 11 px). */
const LABEL_ROOM = 12;

/**
 * Attainment of every compared series as horizontal bars (100% = the target), coloured
 * and grouped in the legend by rating. Series without a figure or target are left out:
 * the table beside the chart lists them.
 */
export function targetVsActualChart(comparisons: readonly IndicatorComparison[]): ChartOption {
  const rows = comparisons.filter((c): c is IndicatorComparison & { attainment: number } => c.attainment != null);
  const percents = rows.map((c) => Math.round(c.attainment * 1000) / 10);
  // Ticks every 25 points keep axis labels whole numbers, so "{value}%" needs no decimal comma.
  // A bar within LABEL_ROOM of the axis' end gets one more tick, so its label does not run over the edge.
  const axisMax = Math.max(100, Math.ceil((Math.max(0, ...percents) + LABEL_ROOM) / 25) * 25);
  const ratings = RATING_ORDER.filter((r) => rows.some((c) => c.rating === r));
  const series: BarSeriesOption[] = ratings.map((rating, index) => ({
    name: RATING_LABELS[rating],
    type: 'bar',
    stack: 'attainment',
    barMaxWidth: 18,
    itemStyle: { color: RATING_COLORS[rating] },
    data: rows.map((c, i) =>
      c.rating !== rating
        ? '-'
        : {
            value: percents[i] ?? 0,
            label: { show: true, position: 'right', formatter: formatAttainment(c.attainment) },
            tooltip: { formatter: attainmentTooltip(c) },
          },
    ),
    ...(index === 0
      ? {
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed', color: '#555' },
            // At the top of the line: at its foot it sat on the axis' "100%".
            label: { formatter: 'Mục tiêu', position: 'start' },
            data: [{ xAxis: 100 }],
          },
        }
      : {}),
  }));
  const asOf = comparisons[0]?.asOf;
  return {
    animation: false,
    title: { text: 'Mức đạt so với mục tiêu', subtext: asOf ? `Đến ngày ${formatDateVi(asOf)}` : '', left: 'center', textStyle: TITLE_STYLE },
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, data: ratings.map((r) => RATING_LABELS[r]) },
    grid: { left: 10, right: 60, top: 60, bottom: 40, containLabel: true },
    xAxis: { type: 'value', min: 0, max: axisMax, interval: 25, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: rows.map(seriesName), axisLabel: CATEGORY_LABEL },
    series,
    ...(rows.length === 0 ? { graphic: emptyNote('Chưa có chỉ tiêu nào có cả số liệu và mục tiêu để so sánh') } : {}),
  } satisfies EChartsOption;
}

function attainmentTooltip(c: IndicatorComparison): string {
  const actual = c.actualValue != null ? formatValue(c.actualValue, c.valueUnit) : '—';
  const target = c.targetValue != null ? formatValue(c.targetValue, c.valueUnit) : '—';
  const attained = c.attainment != null ? formatAttainment(c.attainment) : '—';
  return `${seriesName(c)}<br/>Kết quả: ${actual} — Mục tiêu: ${target}<br/>Đạt ${attained} mục tiêu: ${c.ratingLabel}`;
}

/** Figures labelled with their value: the first, the last and evenly spaced ones between, so labels never pile up. */
const LABELLED_POINTS = 8;
/** Past this many figures only the labelled ones carry a marker; the line shows the rest. */
const MARKED_POINTS = 24;
/** Room left of the first date and right of the last, as a share of the span: a label centred on the first point stays whole. */
const TIME_PADDING = 0.06;
const DAY_MS = 86_400_000;

const timeOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Which of n points carry a label: at most LABELLED_POINTS, always the first and the last. */
function labelledIndexes(n: number): Set<number> {
  if (n <= LABELLED_POINTS) return new Set(Array.from({ length: n }, (_, i) => i));
  const step = (n - 1) / (LABELLED_POINTS - 1);
  return new Set(Array.from({ length: LABELLED_POINTS }, (_, i) => Math.round(i * step)));
}

/**
 * One series over time: its figures, the target at its due date, the trajectory from
 * the baseline when there is one, a range target as a band, and the forecast. The time
 * axis spans the figures, the baseline and the target's due date: a forecast that meets
 * the target later (2033, 2050) is drawn up to the axis' end and its date written there,
 * so the real figures keep the width of the chart rather than bunch up at one edge.
 */
export function indicatorSeriesChart(comparison: IndicatorComparison): ChartOption {
  const c = comparison;
  const show = (v: number) => formatValue(v, c.valueUnit);
  const labelled = labelledIndexes(c.series.length);
  const marked = c.series.length <= MARKED_POINTS;
  const series: Array<LineSeriesOption | ScatterSeriesOption> = [
    {
      name: 'Kết quả',
      type: 'line',
      symbolSize: 7,
      itemStyle: { color: '#1565c0' },
      data: c.series.map((p, i) => ({
        value: [p.asOf, p.comparable],
        ...(labelled.has(i) ? { label: { show: true, position: 'top', formatter: show(p.comparable) } } : marked ? {} : { symbol: 'none' }),
        tooltip: { formatter: `${formatDateVi(p.asOf)}${p.sessionTitle ? ` (${p.sessionTitle})` : ''}: ${show(p.comparable)}` },
      })),
    },
  ];
  const values = c.series.map((p) => p.comparable);
  const dates = c.series.map((p) => timeOf(p.asOf));

  if (c.target && c.targetValue != null) {
    const due = c.target.dueDate;
    const target = c.targetValue;
    values.push(target);
    dates.push(timeOf(due));
    series.push({
      name: 'Mục tiêu',
      type: 'scatter',
      symbol: 'diamond',
      symbolSize: 12,
      itemStyle: { color: RATING_COLORS.met },
      tooltip: { formatter: `Mục tiêu đến ${formatDateVi(due)}: ${show(target)}` },
      data: [{ value: [due, target], label: { show: true, position: 'right', formatter: `Mục tiêu ${show(target)}` } }],
      ...(c.targetValueMax != null
        ? {
            markArea: {
              silent: true,
              itemStyle: { color: 'rgba(46, 125, 50, 0.12)' },
              label: { show: true, position: 'insideTopLeft', formatter: 'Khoảng mục tiêu' },
              data: [[{ yAxis: Math.min(target, c.targetValueMax) }, { yAxis: Math.max(target, c.targetValueMax) }]],
            },
          }
        : {}),
    });
    const scale = c.basis ? { basis: c.basis, lowerIsBetter: c.lowerIsBetter, valueUnit: c.valueUnit } : null;
    const baseline = scale ? targetOnScale(c.target, scale).baseline : null;
    const baselineDate = c.target.baselineDate;
    if (baseline != null && baselineDate) {
      values.push(baseline);
      dates.push(timeOf(baselineDate));
      const text = `Lộ trình từ ${show(baseline)} (${formatDateVi(baselineDate)}) đến ${show(target)} (${formatDateVi(due)})`;
      series.push(dashedLine('Lộ trình', '#7b1fa2', [[baselineDate, baseline], [due, target]], text));
    }
  }
  const first = Math.min(...dates);
  const last = Math.max(...dates);
  const forecast = forecastLine(c, last);
  if (forecast) series.push(forecast);

  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  // Whole-number ticks print the same in Vietnamese and English; otherwise the point labels carry the numbers.
  const plainTicks = high - low >= 5 && high < 1000;
  const pad = Math.max(15 * DAY_MS, (last - first) * TIME_PADDING);
  return {
    animation: false,
    title: {
      text: seriesName(c),
      subtext: `${c.ratingLabel}${c.ratingReason ? `: ${c.ratingReason}` : ''}`,
      left: 'center',
      textStyle: TITLE_STYLE,
      subtextStyle: { width: 560, overflow: 'break' },
    },
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, data: series.map((s) => String(s.name)) },
    grid: { left: 10, right: 90, top: 80, bottom: 40, containLabel: true },
    xAxis: {
      type: 'time',
      axisLabel: { formatter: '{d}/{M}/{yyyy}', hideOverlap: true },
      ...(c.series.length > 0 ? { min: first - pad, max: last + pad } : {}),
    },
    yAxis: {
      type: 'value',
      // A rank climbs towards 1: draw the better places higher.
      inverse: c.basis === 'rank',
      minInterval: 1,
      axisLabel: { show: plainTicks, formatter: c.valueUnit === '%' ? '{value}%' : '{value}' },
    },
    series,
    ...(c.series.length === 0 ? { graphic: emptyNote('Chưa có số liệu') } : {}),
  } satisfies EChartsOption;
}

/**
 * The forecast from the latest figure at its present pace, to the date it meets the
 * target. Past the axis' end (`end`: the target's due date or the latest figure) it stops
 * there, where the pace will have taken the figure by then, and says when it would get there.
 */
function forecastLine(c: IndicatorComparison, end: number): LineSeriesOption | null {
  const latest = c.series.at(-1);
  const metBy = c.forecast?.metBy;
  if (!latest || !metBy || c.targetValue == null) return null;
  const text = `Theo nhịp độ hiện nay, đạt mục tiêu vào ${formatDateVi(metBy)}`;
  const from = timeOf(latest.asOf);
  const to = timeOf(metBy);
  const start: [string, number] = [latest.asOf, latest.comparable];
  if (to <= end) return dashedLine('Dự báo', FORECAST_COLOR, [start, [metBy, c.targetValue]], text);
  const reached = latest.comparable + ((c.targetValue - latest.comparable) * (end - from)) / (to - from);
  const label = { show: true, position: 'bottom', align: 'right', color: FORECAST_COLOR, formatter: text } as const;
  // A line without markers shows no labels: the end point gets a small one to carry the date.
  return dashedLine('Dự báo', FORECAST_COLOR, [start, { value: [end, reached], symbol: 'circle', symbolSize: 5, label }], text);
}

function dashedLine(name: string, color: string, data: NonNullable<LineSeriesOption['data']>, tooltip: string): LineSeriesOption {
  return {
    name,
    type: 'line',
    symbol: 'none',
    lineStyle: { type: 'dashed', color },
    itemStyle: { color },
    tooltip: { formatter: tooltip },
    data,
  };
}

/**
 * Tasks per agency as stacked bars by status, the agencies with the most overdue
 * tasks first; at most `maxAgencies` of them, so the chart stays legible on paper.
 */
export function tasksByAgencyChart(counts: TaskCountsByAgency, maxAgencies = 15): ChartOption {
  const shown = counts.agencies.slice(0, maxAgencies);
  const statuses = STATUS_ORDER.filter((s) => shown.some((a) => a.counts[s] > 0));
  const series: BarSeriesOption[] = statuses.map((status) => ({
    name: TASK_STATUS_LABELS[status],
    type: 'bar',
    stack: 'tasks',
    barMaxWidth: 18,
    itemStyle: { color: STATUS_COLORS[status] },
    data: shown.map((a) => ({
      value: a.counts[status],
      label: { show: a.counts[status] > 0, formatter: formatNumberVi(a.counts[status]) },
      tooltip: { formatter: `${a.agencyName}<br/>${TASK_STATUS_LABELS[status]}: ${formatNumberVi(a.counts[status])}` },
    })),
  }));
  // Totals past 999 would print as "1000" on the axis: the bar labels carry them instead, as "1.000".
  const plainTicks = Math.max(0, ...shown.map((a) => a.total)) < 1000;
  const more = counts.agencies.length > shown.length ? ` (${shown.length}/${counts.agencies.length} cơ quan có nhiều nhiệm vụ nhất)` : '';
  return {
    animation: false,
    title: {
      text: 'Nhiệm vụ theo cơ quan chủ trì',
      subtext: `Đến ngày ${formatDateVi(counts.asOf)}: ${counts.summary}${more}`,
      left: 'center',
      textStyle: TITLE_STYLE,
    },
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, data: statuses.map((s) => TASK_STATUS_LABELS[s]) },
    grid: { left: 10, right: 30, top: 60, bottom: 40, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { show: plainTicks } },
    yAxis: { type: 'category', inverse: true, data: shown.map((a) => a.agencyName), axisLabel: CATEGORY_LABEL },
    series,
    ...(shown.length === 0 ? { graphic: emptyNote(capitalise(counts.summary)) } : {}),
  } satisfies EChartsOption;
}

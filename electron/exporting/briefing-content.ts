/**
 * The briefing report (Báo cáo) prepared for a session, from the database: I. the
 * indicators against their targets (table and charts), II. the tasks assigned (counts
 * by agency and status, overdue work, work due before the next session), III.
 * shortcomings and causes, IV. proposals; long tables go to appendices. Past the limits
 * of document-limits.ts, scopes are summarised per indicator and task lists per agency.
 */
import type { IndicatorComparison } from '../comparison';
import { indicatorSeriesChart, targetVsActualChart } from '../comparison';
import { addDays } from '../comparison/dates';
import type { Db } from '../db/open';
import { nextSessionAfter } from '../db/sessions';
import type { Rating } from '../domain/model';
import { formatDateVi, formatNumberVi } from '../domain/vietnamese';
import { cappedTaskTable, indicatorTable, taskTable, tasksByAgencyTable } from './briefing-tables';
import { drawnAhead } from './chart-rendering';
import type { IssueDetails } from './document-frame';
import { documentFrame, sessionWords } from './document-frame';
import { APPENDIX_TASK_ROWS, LONG_TABLE_ROWS, SCOPES_NAMED, TASKS_PER_AGENCY } from './document-limits';
import type { Appendix, Block, ChartBlock, DocumentModel } from './document-model';
import { Outline, paragraph, romanNumeral } from './document-model';
import { actualText, gapText, punctuatedList, scopeSuffix, targetText, withClosingMark } from './figure-wording';
import type { IndicatorEntry } from './scope-summary';
import { BEHIND, scopeFigures } from './scope-summary';
import type { SessionData } from './session-data';
import { sessionData } from './session-data';
import type { TaskSelection } from './task-digest';
import type { BriefingTemplate } from './template-schema';
import { fill } from './template-schema';
import type { LoadedTemplate } from './templates';

export interface BriefingOptions {
  /** Number and date once issued; a draft leaves both blank. */
  issue?: IssueDetails | null;
}

/** Worst first: the charts of series over time show the indicators furthest behind. */
const RATING_RANK: Record<Rating, number> = { off_track: 0, at_risk: 1, on_track: 2, met: 3, no_data: 4 };
/** One history chart, of the indicator furthest behind: each chart costs about a tenth of a second to draw. */
const SERIES_CHARTS = 1;
const TARGET_CHART_BARS = 25;
const CHART_WIDTH = 160;

/** Numbers tables, charts and appendices in the order they appear. */
class Numbering {
  private tables = 0;
  private charts = 0;
  readonly appendices: Appendix[] = [];

  constructor(private readonly note: string) {}

  table(caption: string): string {
    return `Bảng ${++this.tables}. ${caption}`;
  }

  chart(caption: string): string {
    return `Biểu đồ ${++this.charts}. ${caption}`;
  }

  /** Adds an appendix and returns its label ("Phụ lục I"). */
  appendix(title: string, blocks: Block[]): string {
    const label = `Phụ lục ${romanNumeral(this.appendices.length + 1)}`;
    this.appendices.push({ label, title, note: this.note, blocks });
    return label;
  }
}

function chart(caption: string, option: Record<string, unknown>, height: number): ChartBlock {
  return drawnAhead({ kind: 'chart', caption, option, width: CHART_WIDTH, height });
}

/** The ratings the table's rows show: a series its own, a summary of scopes the rating most of them have. */
function rowRatings(entries: readonly IndicatorEntry[]): Rating[] {
  return entries.flatMap((e) => [...e.listed.map((c) => c.rating), ...e.summaries.map((s) => s.prevailing)]);
}

/** The series to chart over time, with every figure it has (the list carries only the latest few). */
function fullSeries(data: SessionData, c: IndicatorComparison): IndicatorComparison {
  const detail = data.indicatorDetail(c.indicatorId);
  return detail.comparisons.find((d) => d.scope === c.scope && d.kind === c.kind) ?? c;
}

/**
 * The chart of attainments furthest behind, and the history of the series furthest
 * behind. An indicator summed up over many scopes has one bar, its scope furthest behind:
 * else the bars could all be the provinces of one indicator.
 */
function charts(t: BriefingTemplate, data: SessionData, numbering: Numbering): ChartBlock[] {
  const comparisons = data.comparisons();
  const blocks: ChartBlock[] = [];
  // The series furthest from their targets, as many as a page shows legibly (about 5 mm a bar).
  const rated = data
    .indicatorEntries(false)
    .flatMap((e) => [...e.listed, ...e.summaries.flatMap((s) => s.worst.slice(0, 1))])
    .filter((c) => c.attainment != null)
    .sort((a, b) => (a.attainment ?? 0) - (b.attainment ?? 0))
    .slice(0, TARGET_CHART_BARS);
  if (rated.length > 0) {
    const height = Math.max(70, 35 + rated.length * 5);
    blocks.push(chart(numbering.chart(t.indicators.targetChartCaption), targetVsActualChart(rated), height));
  }
  const histories = comparisons
    .filter((c) => c.target != null && c.series.length >= 2)
    .sort((a, b) => RATING_RANK[a.rating] - RATING_RANK[b.rating] || b.series.length - a.series.length)
    .slice(0, SERIES_CHARTS);
  for (const c of histories) {
    const caption = fill(t.indicators.seriesChartCaption, { indicator: `${c.indicatorName}${scopeSuffix(c)}` });
    blocks.push(chart(numbering.chart(caption), indicatorSeriesChart(fullSeries(data, c)), 90));
  }
  return blocks;
}

/**
 * Section I: the indicators with a target (overview, table, charts), then the figures of
 * every indicator by scope in an appendix: every scope where they are few, the furthest
 * behind where they are many. A table longer than LONG_TABLE_ROWS is that appendix.
 */
function indicatorsSection(t: BriefingTemplate, data: SessionData, numbering: Numbering): Block[] {
  const all = data.indicatorEntries(false);
  const tracked = data.indicatorEntries(true);
  let label: string | null = null;
  const appendix = () => (label ??= numbering.appendix(t.appendices.indicatorsTitle, [indicatorTable(null, all, true)]));
  const blocks: Block[] = [];
  if (tracked.length === 0) {
    blocks.push(paragraph(t.indicators.none));
  } else {
    const ratings = rowRatings(tracked);
    const count = (rating: Rating) => formatNumberVi(ratings.filter((r) => r === rating).length);
    blocks.push(
      paragraph(
        fill(t.indicators.overview, {
          total: formatNumberVi(ratings.length),
          met: count('met'),
          onTrack: count('on_track'),
          atRisk: count('at_risk'),
          offTrack: count('off_track'),
          noData: count('no_data'),
        }),
      ),
      ratings.length <= LONG_TABLE_ROWS
        ? indicatorTable(numbering.table(t.indicators.tableCaption), tracked, false)
        : paragraph(fill(t.indicators.tableInAppendix, { count: formatNumberVi(ratings.length), appendix: appendix() })),
      ...charts(t, data, numbering),
    );
  }
  if (all.length > 0) {
    blocks.push(
      paragraph(
        all.some((e) => e.summaries.length > 0)
          ? fill(t.indicators.scopesSummarised, { appendix: appendix(), count: formatNumberVi(SCOPES_NAMED) })
          : fill(t.indicators.allFigures, { appendix: appendix() }),
      ),
    );
  }
  return blocks;
}

/**
 * A task list: in the body when short, in an appendix when longer, and past
 * APPENDIX_TASK_ROWS the first tasks of each agency with the number of the others.
 */
function taskList(
  t: BriefingTemplate,
  data: SessionData,
  selection: TaskSelection,
  caption: string,
  title: string,
  overdue: boolean,
  numbering: Numbering,
): Block[] {
  const digest = data.taskDigest(selection, TASKS_PER_AGENCY);
  if (digest.total <= APPENDIX_TASK_ROWS) {
    const tasks = data.tasks(selection);
    if (tasks.length <= LONG_TABLE_ROWS) return [taskTable(numbering.table(caption), tasks, overdue)];
    const appendix = numbering.appendix(title, [taskTable(null, tasks, overdue)]);
    return [paragraph(fill(t.tasks.inAppendix, { count: formatNumberVi(tasks.length), appendix }))];
  }
  const more = (count: number) => fill(t.tasks.more, { count: formatNumberVi(count) });
  const appendix = numbering.appendix(title, [cappedTaskTable(digest.agencies, overdue, more)]);
  return [
    paragraph(
      fill(t.tasks.capped, {
        count: formatNumberVi(digest.total),
        agencies: formatNumberVi(digest.agencies.length),
        perAgency: formatNumberVi(TASKS_PER_AGENCY),
        appendix,
      }),
    ),
  ];
}

const NO_FILTER = { where: [], params: {} };

function tasksSection(t: BriefingTemplate, db: Db, data: SessionData, numbering: Numbering, outline: Outline): Block[] {
  const { asOf } = data;
  const counts = data.taskCounts();
  const totals = counts.totals;
  const total = Object.values(totals).reduce((a, b) => a + b, 0);
  const blocks: Block[] = [
    paragraph(
      fill(t.tasks.overview, {
        total: formatNumberVi(total),
        done: formatNumberVi(totals.done_on_time),
        doneLate: formatNumberVi(totals.done_late),
        open: formatNumberVi(totals.in_progress_on_time),
        recurring: formatNumberVi(totals.recurring),
        summary: counts.summary,
      }),
    ),
    outline.heading(2, t.tasks.byAgencyHeading),
    tasksByAgencyTable(numbering.table(t.tasks.byAgencyCaption), counts),
    outline.heading(2, t.tasks.overdueHeading),
  ];
  blocks.push(
    ...(totals.overdue === 0
      ? [paragraph(t.tasks.overdueNone)]
      : taskList(t, data, { filter: NO_FILTER, statuses: ['overdue'] }, t.tasks.overdueHeading, t.appendices.overdueTitle, true, numbering)),
  );

  const next = nextSessionAfter(db, asOf);
  const until = next?.date ?? addDays(asOf, t.tasks.dueSoonDays);
  const dueSoon: TaskSelection = {
    filter: { where: ['t.due_date >= @dueFrom', 't.due_date <= @dueTo'], params: { dueFrom: asOf, dueTo: until } },
    statuses: ['in_progress_on_time'],
  };
  const { total: dueSoonCount } = data.taskDigest(dueSoon, TASKS_PER_AGENCY);
  blocks.push(outline.heading(2, t.tasks.dueSoonHeading));
  if (dueSoonCount === 0) {
    blocks.push(paragraph(t.tasks.dueSoonNone));
  } else {
    blocks.push(paragraph(fill(t.tasks.dueSoonIntro, { count: formatNumberVi(dueSoonCount), date: formatDateVi(until) })));
    blocks.push(...taskList(t, data, dueSoon, t.tasks.dueSoonHeading, t.appendices.dueSoonTitle, false, numbering));
  }
  return blocks;
}

/** Each series behind its target, and each indicator whose many scopes include some behind. */
function shortcomingsSection(t: BriefingTemplate, data: SessionData): Block[] {
  const sentences = data.indicatorEntries(false).flatMap((entry) => [
    ...entry.listed
      .filter((c) => BEHIND.has(c.rating) && c.actual && c.target)
      .map((c) => fill(t.shortcomings.offTrack, { indicator: c.indicatorName, scope: scopeSuffix(c), target: targetText(c), actual: actualText(c), gap: gapText(c) })),
    ...entry.summaries
      .filter((s) => s.behind)
      .map((s) => fill(t.shortcomings.scopes, { indicator: s.indicatorName, scopes: s.scopes, ratings: s.ratings.join(', '), worst: scopeFigures(s.worst) })),
  ]);
  return [
    ...punctuatedList(sentences),
    paragraph(fill(t.shortcomings.overdue, { summary: data.taskCounts().summary })),
    ...t.shortcomings.causes.map((text) => paragraph(text)),
  ];
}

/** The briefing report for the session as a document model. */
export function buildBriefingModel(
  db: Db,
  sessionId: number,
  { layout, template: t }: LoadedTemplate<BriefingTemplate>,
  options: BriefingOptions = {},
): DocumentModel {
  const data = sessionData(db, sessionId);
  const { session } = data;
  const numbering = new Numbering(fill(t.appendices.note, { symbol: t.symbol }));
  const outline = new Outline();
  const body: Block[] = [
    paragraph(fill(t.opening, { ...sessionWords(session, t), asOf: formatDateVi(data.asOf) })),
    outline.heading(1, t.indicators.heading),
    ...indicatorsSection(t, data, numbering),
    outline.heading(1, t.tasks.heading),
    ...tasksSection(t, db, data, numbering, outline),
    outline.heading(1, t.shortcomings.heading),
    ...shortcomingsSection(t, data),
    outline.heading(1, t.proposals.heading),
    ...punctuatedList(t.proposals.items),
    paragraph(withClosingMark(t.proposals.closing)),
  ];
  return { ...documentFrame(t, layout, session, options.issue ?? null), body, appendices: numbering.appendices };
}

/**
 * The briefing report (Báo cáo) prepared for a session, from the database: I. the
 * indicators against their targets (table and charts), II. the tasks assigned (counts
 * by agency and status, overdue work, work due before the next session), III.
 * shortcomings and causes, IV. proposals; long tables go to appendices.
 */
import type { IndicatorComparison, TaskCountsByAgency, TaskWithStatus } from '../comparison';
import { compareIndicators, countTasksByAgency, indicatorSeriesChart, listTaskStatuses, targetVsActualChart } from '../comparison';
import { addDays } from '../comparison/dates';
import type { Rating } from '../domain/model';
import { formatDateVi, formatNumberVi } from '../domain/vietnamese';
import type { Db } from '../db/open';
import { nextSessionAfter, requireSession } from '../db/sessions';
import type { Appendix, Block, ChartBlock, DocumentModel } from './document-model';
import { Outline, paragraph, romanNumeral } from './document-model';
import type { IssueDetails } from './document-frame';
import { documentFrame, sessionWords } from './document-frame';
import { LONG_TABLE_ROWS, indicatorTable, taskTable, tasksByAgencyTable } from './briefing-tables';
import { actualText, gapText, punctuatedList, scopeSuffix, targetText, withClosingMark } from './figure-wording';
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
  return { kind: 'chart', caption, option, width: CHART_WIDTH, height };
}

/** Overview, table and charts of the indicators with a target. */
function trackedIndicators(t: BriefingTemplate, comparisons: IndicatorComparison[], numbering: Numbering): Block[] {
  const tracked = comparisons.filter((c) => c.target != null);
  if (tracked.length === 0) return [paragraph(t.indicators.none)];
  const count = (rating: Rating) => formatNumberVi(tracked.filter((c) => c.rating === rating).length);
  const blocks: Block[] = [
    paragraph(
      fill(t.indicators.overview, {
        total: formatNumberVi(tracked.length),
        met: count('met'),
        onTrack: count('on_track'),
        atRisk: count('at_risk'),
        offTrack: count('off_track'),
        noData: count('no_data'),
      }),
    ),
    indicatorTable(numbering.table(t.indicators.tableCaption), tracked),
  ];
  // The series furthest from their targets, as many as a page shows legibly (about 5 mm a bar).
  const rated = comparisons
    .filter((c) => c.attainment != null)
    .sort((a, b) => (a.attainment ?? 0) - (b.attainment ?? 0))
    .slice(0, TARGET_CHART_BARS);
  if (rated.length > 0) {
    const height = Math.max(70, 35 + rated.length * 5);
    blocks.push(chart(numbering.chart(t.indicators.targetChartCaption), targetVsActualChart(rated), height));
  }
  const histories = tracked
    .filter((c) => c.series.length >= 2)
    .sort((a, b) => RATING_RANK[a.rating] - RATING_RANK[b.rating] || b.series.length - a.series.length)
    .slice(0, SERIES_CHARTS);
  for (const c of histories) {
    const caption = fill(t.indicators.seriesChartCaption, { indicator: `${c.indicatorName}${scopeSuffix(c)}` });
    blocks.push(chart(numbering.chart(caption), indicatorSeriesChart(c), 90));
  }
  return blocks;
}

/** Section I: the indicators with a target, then every figure of every indicator in an appendix. */
function indicatorsSection(t: BriefingTemplate, comparisons: IndicatorComparison[], numbering: Numbering): Block[] {
  const blocks = trackedIndicators(t, comparisons, numbering);
  if (comparisons.length > 0) {
    const appendix = numbering.appendix(t.appendices.indicatorsTitle, [indicatorTable(null, comparisons)]);
    blocks.push(paragraph(fill(t.indicators.allFigures, { appendix })));
  }
  return blocks;
}

/** A task list in the body, or in an appendix with a sentence in its place when it is long. */
function taskList(t: BriefingTemplate, caption: string, title: string, tasks: TaskWithStatus[], overdue: boolean, numbering: Numbering): Block[] {
  if (tasks.length <= LONG_TABLE_ROWS) return [taskTable(numbering.table(caption), tasks, overdue)];
  const appendix = numbering.appendix(title, [taskTable(null, tasks, overdue)]);
  return [paragraph(fill(t.tasks.inAppendix, { count: formatNumberVi(tasks.length), appendix }))];
}

function tasksSection(
  t: BriefingTemplate,
  db: Db,
  counts: TaskCountsByAgency,
  numbering: Numbering,
  outline: Outline,
): Block[] {
  const { asOf } = counts;
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
  const overdue = listTaskStatuses(db, { asOf, status: 'overdue' }).tasks;
  blocks.push(
    ...(overdue.length === 0
      ? [paragraph(t.tasks.overdueNone)]
      : taskList(t, t.tasks.overdueHeading, t.appendices.overdueTitle, overdue, true, numbering)),
  );

  const next = nextSessionAfter(db, asOf);
  const until = next?.date ?? addDays(asOf, t.tasks.dueSoonDays);
  const dueSoon = listTaskStatuses(db, { asOf, status: 'in_progress_on_time', dueFrom: asOf, dueTo: until }).tasks;
  blocks.push(outline.heading(2, t.tasks.dueSoonHeading));
  if (dueSoon.length === 0) {
    blocks.push(paragraph(t.tasks.dueSoonNone));
  } else {
    blocks.push(paragraph(fill(t.tasks.dueSoonIntro, { count: formatNumberVi(dueSoon.length), date: formatDateVi(until) })));
    blocks.push(...taskList(t, t.tasks.dueSoonHeading, t.appendices.dueSoonTitle, dueSoon, false, numbering));
  }
  return blocks;
}

function shortcomingsSection(t: BriefingTemplate, comparisons: IndicatorComparison[], counts: TaskCountsByAgency): Block[] {
  const behind = comparisons.filter((c) => (c.rating === 'off_track' || c.rating === 'at_risk') && c.actual && c.target);
  const sentences = behind.map((c) =>
    fill(t.shortcomings.offTrack, { indicator: c.indicatorName, scope: scopeSuffix(c), target: targetText(c), actual: actualText(c), gap: gapText(c) }),
  );
  return [
    ...punctuatedList(sentences),
    paragraph(fill(t.shortcomings.overdue, { summary: counts.summary })),
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
  const session = requireSession(db, sessionId);
  const asOf = session.date;
  const comparisons = compareIndicators(db, { sessionId });
  const counts = countTasksByAgency(db, asOf);
  const numbering = new Numbering(fill(t.appendices.note, { symbol: t.symbol }));
  const outline = new Outline();
  const body: Block[] = [
    paragraph(fill(t.opening, { ...sessionWords(session, t), asOf: formatDateVi(asOf) })),
    outline.heading(1, t.indicators.heading),
    ...indicatorsSection(t, comparisons, numbering),
    outline.heading(1, t.tasks.heading),
    ...tasksSection(t, db, counts, numbering, outline),
    outline.heading(1, t.shortcomings.heading),
    ...shortcomingsSection(t, comparisons, counts),
    outline.heading(1, t.proposals.heading),
    ...punctuatedList(t.proposals.items),
    paragraph(withClosingMark(t.proposals.closing)),
  ];
  return { ...documentFrame(t, layout, session, options.issue ?? null), body, appendices: numbering.appendices };
}


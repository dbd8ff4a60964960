/**
 * The draft conclusion notice (Thông báo kết luận) of a session, from the database:
 * the opening naming the session, I. results from indicators met or on track, II.
 * shortcomings from indicators behind and overdue tasks by agency, III. general
 * directions then carried-over and new tasks grouped by lead agency, the closing line;
 * optionally an appendix giving the source of every figure cited.
 */
import type { IndicatorComparison, TaskWithStatus } from '../comparison';
import { compareIndicators, countTasksByAgency, sessionTaskList } from '../comparison';
import { formatNumberVi, formatAdministrativeDate } from '../domain/vietnamese';
import { listAgencies } from '../db/agencies';
import type { Db } from '../db/open';
import { requireSession } from '../db/sessions';
import { deadlineClause } from './deadline-wording';
import type { Block, DocumentModel } from './document-model';
import { Outline, paragraph } from './document-model';
import type { IssueDetails } from './document-frame';
import { documentFrame, sessionWords } from './document-frame';
import { FigureSources } from './figure-sources';
import {
  actualText,
  attainmentText,
  capitalised,
  clause,
  expectedText,
  gapText,
  periodSuffix,
  punctuatedList,
  scopeSuffix,
  targetPeriod,
  targetText,
  withClosingMark,
} from './figure-wording';
import type { ConclusionTemplate } from './template-schema';
import { fill } from './template-schema';
import type { LoadedTemplate } from './templates';

export interface ConclusionOptions {
  /** Adds the appendix listing where each cited figure came from. */
  appendix?: boolean;
  /** Number and date once issued; a draft leaves both blank. */
  issue?: IssueDetails | null;
}

const BEHIND = new Set(['off_track', 'at_risk']);

function resultsSection(t: ConclusionTemplate, comparisons: IndicatorComparison[], sources: FigureSources): Block[] {
  const good = comparisons.filter((c) => (c.rating === 'met' || c.rating === 'on_track') && c.actual && c.target);
  if (good.length === 0) return [paragraph(t.results.none)];
  const sentences = good.map((c) => {
    sources.cite(c);
    const values = {
      indicator: c.indicatorName,
      scope: scopeSuffix(c),
      actual: actualText(c),
      period: periodSuffix(c),
      target: targetText(c),
      attainment: attainmentText(c),
      expected: expectedText(c),
    };
    return fill(c.rating === 'met' ? t.results.met : t.results.onTrack, values);
  });
  return [paragraph(t.results.intro), ...punctuatedList(sentences)];
}

/**
 * One sentence per indicator behind its target: its nationwide figure (or the first
 * scope behind) against the target, then the other scopes behind ("các tỉnh mới đạt 15,21%").
 */
function indicatorsBehind(t: ConclusionTemplate, comparisons: IndicatorComparison[], sources: FigureSources): string[] {
  const byIndicator = new Map<number, IndicatorComparison[]>();
  for (const c of comparisons) {
    if (!BEHIND.has(c.rating) || !c.actual || !c.target) continue;
    byIndicator.set(c.indicatorId, [...(byIndicator.get(c.indicatorId) ?? []), c]);
  }
  return [...byIndicator.values()].map((behind) => {
    const lead = behind.find((c) => c.scope == null) ?? (behind[0] as IndicatorComparison);
    const others = behind.filter((c) => c !== lead && c.kind === lead.kind);
    for (const c of [lead, ...others]) sources.cite(c);
    return fill(t.shortcomings.offTrack, {
      indicator: lead.scope == null ? lead.indicatorName : `${lead.indicatorName}${scopeSuffix(lead)}`,
      targetPeriod: targetPeriod(lead),
      target: targetText(lead),
      actual: actualText(lead),
      others: others.map((c) => fill(t.shortcomings.otherScope, { scope: c.scopeLabel.toLocaleLowerCase('vi'), actual: actualText(c) })).join(''),
      gap: gapText(lead),
    });
  });
}

function shortcomingsSection(t: ConclusionTemplate, db: Db, asOf: string, comparisons: IndicatorComparison[], sources: FigureSources): Block[] {
  const behind = indicatorsBehind(t, comparisons, sources);
  const blocks: Block[] = behind.length > 0 ? [paragraph(t.shortcomings.intro), ...punctuatedList(behind)] : [];
  const counts = countTasksByAgency(db, asOf);
  if (counts.totals.overdue === 0) {
    blocks.push(paragraph(t.shortcomings.noOverdue));
    return blocks;
  }
  blocks.push(paragraph(fill(t.shortcomings.overdue, { summary: counts.summary })));
  const overdue = counts.agencies.filter((a) => a.counts.overdue > 0);
  blocks.push(...punctuatedList(overdue.map((a) => fill(t.shortcomings.overdueAgency, { agency: a.agencyName, count: formatNumberVi(a.counts.overdue) }))));
  return blocks;
}

/** "Bộ Công an chủ trì, phối hợp với Bộ Khoa học và Công nghệ xây dựng ..., hoàn thành trong tháng 8/2025." */
function taskSentence(t: ConclusionTemplate, task: TaskWithStatus, groupLeads: ReadonlySet<number>): string {
  const lead = task.currentAgencyName ?? task.leadName;
  const output = task.output ? fill(t.tasks.output, { output: task.output.trim() }) : '';
  const deadline = deadlineClause(task.deadline);
  if (!lead) return `${capitalised(task.content.trim())}${output}${deadline}`;
  if (task.currentAgencyId != null && groupLeads.has(task.currentAgencyId)) {
    return fill(t.tasks.groupItem, { lead, content: clause(task.content), output, deadline });
  }
  // The wording says "chủ trì" itself; content recorded as "Chủ trì xây dựng ..." would say it twice.
  const content = clause(task.content.trim().replace(/^chủ trì\s+/iu, ''));
  const partners =
    task.partnerNames.length > 0 ? fill(t.tasks.partners, { partners: task.partnerNames.map(partnerName).join(', ') }) : '';
  return fill(t.tasks.item, { lead, partners, content, output, deadline });
}

/** A group named mid-sentence takes a small letter: "phối hợp với các bộ, ngành". */
function partnerName(name: string): string {
  return /^Các\s/u.test(name) ? clause(name) : name;
}

/** Tasks grouped by the agency that answers for them now, in the catalogue's order; unlinked leads last. */
function byLeadAgency(tasks: readonly TaskWithStatus[]): TaskWithStatus[] {
  return [...tasks].sort((a, b) => {
    const ia = a.currentAgencyId ?? Number.MAX_SAFE_INTEGER;
    const ib = b.currentAgencyId ?? Number.MAX_SAFE_INTEGER;
    if (ia !== ib) return ia - ib;
    const na = a.currentAgencyName ?? a.leadName ?? '';
    const nb = b.currentAgencyName ?? b.leadName ?? '';
    return na.localeCompare(nb, 'vi') || a.id - b.id;
  });
}

function tasksSection(t: ConclusionTemplate, db: Db, sessionId: number, outline: Outline): Block[] {
  const { newTasks, carriedOver } = sessionTaskList(db, sessionId);
  const groupLeads = new Set(listAgencies(db).filter((a) => a.kind === 'group').map((a) => a.id));
  const list = (tasks: readonly TaskWithStatus[]) =>
    tasks.length === 0 ? [paragraph(t.tasks.none)] : punctuatedList(byLeadAgency(tasks).map((task) => taskSentence(t, task, groupLeads)));
  return [
    outline.heading(2, t.tasks.generalHeading),
    ...t.tasks.general.map((text) => paragraph(text)),
    outline.heading(2, t.tasks.carriedOverHeading),
    paragraph(t.tasks.carriedOverIntro),
    ...list(carriedOver),
    outline.heading(2, t.tasks.newHeading),
    paragraph(t.tasks.newIntro),
    ...list(newTasks),
  ];
}

/** The draft conclusion notice of the session as a document model. */
export function buildConclusionModel(
  db: Db,
  sessionId: number,
  { layout, template: t }: LoadedTemplate<ConclusionTemplate>,
  options: ConclusionOptions = {},
): DocumentModel {
  const session = requireSession(db, sessionId);
  const words = sessionWords(session, t);
  const comparisons = compareIndicators(db, { sessionId });
  const sources = new FigureSources(t.committee.name);
  const outline = new Outline();
  const body: Block[] = [
    paragraph(
      fill(t.opening, {
        ...words,
        date: capitalised(formatAdministrativeDate(session.date)),
        venue: t.venue,
        format: t.formats[session.format],
        participants: t.participants,
      }),
    ),
    paragraph(fill(t.heard, words)),
    outline.heading(1, t.results.heading),
    ...resultsSection(t, comparisons, sources),
    outline.heading(1, t.shortcomings.heading),
    ...shortcomingsSection(t, db, session.date, comparisons, sources),
    outline.heading(1, t.tasks.heading),
    ...tasksSection(t, db, sessionId, outline),
    paragraph(withClosingMark(t.closing)),
  ];
  // The appendix lists the figures the notice cites; a notice citing none has no appendix.
  const appendices =
    options.appendix && !sources.empty
      ? [{ label: t.appendix.label, title: t.appendix.title, note: fill(t.appendix.note, { symbol: t.symbol }), blocks: [sources.table()] }]
      : [];
  return { ...documentFrame(t, layout, session, options.issue ?? null), body, appendices };
}

/**
 * The draft conclusion notice (Thông báo kết luận) of a session, from the database:
 * the opening naming the session, I. results from indicators met or on track, II.
 * shortcomings from indicators behind and overdue tasks by agency, III. general
 * directions then carried-over and new tasks grouped by lead agency, the closing line;
 * optionally an appendix giving the source of every figure cited. The session's own
 * tasks are always listed in full: they are its decisions. Past the limits of
 * document-limits.ts, earlier tasks still open are summed up per agency and an
 * indicator's many scopes in one sentence.
 */
import { sessionTaskSelection, type TaskWithStatus } from '../comparison';
import { formatNumberVi, formatAdministrativeDate } from '../domain/vietnamese';
import { listAgencies } from '../db/agencies';
import type { Db } from '../db/open';
import { deadlineClause, deadlineText } from './deadline-wording';
import type { IssueDetails } from './document-frame';
import { documentFrame, sessionWords } from './document-frame';
import { CARRIED_OVER_LISTED, CARRIED_OVER_NAMED } from './document-limits';
import type { Block, DocumentModel } from './document-model';
import { Outline, paragraph } from './document-model';
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
import type { IndicatorEntry } from './scope-summary';
import { BEHIND, GOOD, scopeFigures } from './scope-summary';
import type { SessionData } from './session-data';
import { sessionData } from './session-data';
import type { AgencyDigest } from './task-digest';
import type { ConclusionTemplate } from './template-schema';
import { fill } from './template-schema';
import type { LoadedTemplate } from './templates';

export interface ConclusionOptions {
  /** Adds the appendix listing where each cited figure came from. */
  appendix?: boolean;
  /** Number and date once issued; a draft leaves both blank. */
  issue?: IssueDetails | null;
}


function resultsSection(t: ConclusionTemplate, entries: readonly IndicatorEntry[], sources: FigureSources | null): Block[] {
  const sentences = entries.flatMap((entry) => [
    ...entry.listed
      .filter((c) => GOOD.has(c.rating) && c.actual && c.target)
      .map((c) => {
        sources?.cite(c);
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
      }),
    ...entry.summaries
      // Many scopes with some behind are written with the shortcomings.
      .filter((s) => !s.behind && s.good)
      .map((s) => {
        for (const c of s.best) sources?.cite(c);
        return fill(t.results.scopes, { indicator: s.indicatorName, scopes: s.scopes, ratings: s.ratings.join(', '), best: scopeFigures(s.best) });
      }),
  ]);
  if (sentences.length === 0) return [paragraph(t.results.none)];
  return [paragraph(t.results.intro), ...punctuatedList(sentences)];
}

/**
 * One sentence per indicator behind its target: its nationwide figure (or the first
 * scope behind) against the target, then the other scopes behind ("các tỉnh mới đạt
 * 15,21%"); where the scopes are many, one more sentence counting them.
 */
function indicatorsBehind(t: ConclusionTemplate, entries: readonly IndicatorEntry[], sources: FigureSources | null): string[] {
  return entries.flatMap((entry) => {
    const sentences: string[] = [];
    const behind = entry.listed.filter((c) => BEHIND.has(c.rating) && c.actual && c.target);
    const lead = behind.find((c) => c.scope == null) ?? behind[0];
    if (lead) {
      const others = behind.filter((c) => c !== lead && c.kind === lead.kind);
      for (const c of [lead, ...others]) sources?.cite(c);
      sentences.push(
        fill(t.shortcomings.offTrack, {
          indicator: lead.scope == null ? lead.indicatorName : `${lead.indicatorName}${scopeSuffix(lead)}`,
          targetPeriod: targetPeriod(lead),
          target: targetText(lead),
          actual: actualText(lead),
          others: others.map((c) => fill(t.shortcomings.otherScope, { scope: c.scopeLabel.toLocaleLowerCase('vi'), actual: actualText(c) })).join(''),
          gap: gapText(lead),
        }),
      );
    }
    for (const s of entry.summaries.filter((summary) => summary.behind)) {
      for (const c of s.worst) sources?.cite(c);
      sentences.push(fill(t.shortcomings.scopes, { indicator: s.indicatorName, scopes: s.scopes, ratings: s.ratings.join(', '), worst: scopeFigures(s.worst) }));
    }
    return sentences;
  });
}

function shortcomingsSection(t: ConclusionTemplate, data: SessionData, entries: readonly IndicatorEntry[], sources: FigureSources | null): Block[] {
  const behind = indicatorsBehind(t, entries, sources);
  const blocks: Block[] = behind.length > 0 ? [paragraph(t.shortcomings.intro), ...punctuatedList(behind)] : [];
  const counts = data.taskCounts();
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

/**
 * One entry per agency for the earlier tasks still open: how many, how many overdue, the
 * earliest deadline, and the longest overdue named (CARRIED_OVER_NAMED).
 */
function carriedOverAgency(t: ConclusionTemplate, agency: AgencyDigest): string {
  const words = t.tasks.carriedOverSummary;
  const earliest = agency.first[0];
  const named = agency.first.filter((task) => task.status === 'overdue').slice(0, CARRIED_OVER_NAMED);
  const tasks = named.map((task) => fill(words.task, { content: capitalised(task.content.trim()), deadline: deadlineText(task.deadline) }));
  return fill(words.agency, {
    agency: agency.agencyName,
    count: formatNumberVi(agency.count),
    overdue: agency.overdue > 0 ? fill(words.overdue, { count: formatNumberVi(agency.overdue) }) : '',
    earliest: earliest?.deadline.due ? fill(words.earliest, { deadline: deadlineText(earliest.deadline) }) : '',
    named: tasks.length > 0 ? fill(words.named, { tasks: tasks.join(', ') }) : '',
  });
}

/** Earlier tasks still open: one by one when they are few, else summed up per agency. */
function carriedOverBlocks(t: ConclusionTemplate, data: SessionData, list: (tasks: readonly TaskWithStatus[]) => Block[]): Block[] {
  const selection = sessionTaskSelection(data.session, 'carriedOver');
  const digest = data.taskDigest(selection, CARRIED_OVER_NAMED);
  if (digest.total <= CARRIED_OVER_LISTED) return [paragraph(t.tasks.carriedOverIntro), ...list(data.tasks(selection))];
  const words = t.tasks.carriedOverSummary;
  return [
    paragraph(
      fill(words.intro, {
        count: formatNumberVi(digest.total),
        overdue: formatNumberVi(digest.overdue),
        agencies: formatNumberVi(digest.agencies.length),
      }),
    ),
    ...punctuatedList(digest.agencies.map((agency) => carriedOverAgency(t, agency))),
  ];
}

function tasksSection(t: ConclusionTemplate, db: Db, data: SessionData, outline: Outline): Block[] {
  const newTasks = data.tasks(sessionTaskSelection(data.session, 'new'));
  const groupLeads = new Set(listAgencies(db).filter((a) => a.kind === 'group').map((a) => a.id));
  const list = (tasks: readonly TaskWithStatus[]) =>
    tasks.length === 0 ? [paragraph(t.tasks.none)] : punctuatedList(byLeadAgency(tasks).map((task) => taskSentence(t, task, groupLeads)));
  return [
    outline.heading(2, t.tasks.generalHeading),
    ...t.tasks.general.map((text) => paragraph(text)),
    outline.heading(2, t.tasks.carriedOverHeading),
    ...carriedOverBlocks(t, data, list),
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
  const data = sessionData(db, sessionId);
  const { session } = data;
  const words = sessionWords(session, t);
  const entries = data.indicatorEntries(false);
  // Where each cited figure came from, gathered only when the appendix is asked for.
  const sources = options.appendix ? new FigureSources(t.committee.name) : null;
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
    ...resultsSection(t, entries, sources),
    outline.heading(1, t.shortcomings.heading),
    ...shortcomingsSection(t, data, entries, sources),
    outline.heading(1, t.tasks.heading),
    ...tasksSection(t, db, data, outline),
    paragraph(withClosingMark(t.closing)),
  ];
  // The appendix lists the figures the notice cites; a notice citing none has no appendix.
  const appendices =
    sources && !sources.empty
      ? [{ label: t.appendix.label, title: t.appendix.title, note: fill(t.appendix.note, { symbol: t.symbol }), blocks: [sources.table()] }]
      : [];
  return { ...documentFrame(t, layout, session, options.issue ?? null), body, appendices };
}

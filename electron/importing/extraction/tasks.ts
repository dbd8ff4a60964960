/**
 * Tasks: work assigned to a named agency or group with something to deliver
 * (extraction.md, "What counts"). A conclusion assigns work in a few set ways:
 * "Bộ X chủ trì, phối hợp với Bộ Y ..., hoàn thành trong tháng 8/2025", "Thủ tướng
 * giao Bộ X ...", "Các bộ, ngành, địa phương ...", and sentences with no subject of
 * their own ("Đồng thời, ...", "Tổ chức ...") that carry on the lead named before.
 * Reports of work done, shortcomings and general exhortation are not tasks.
 */
import { matchAgencyList, partnerLists } from './agencies';
import { opensInstruction } from './lexicon';
import type { DateContext, DeadlineMatch } from './dates';
import { findDeadlines } from './dates';
import type { Segmented, Sentence } from './segmentation';
import { splitClauses } from './segmentation';
import type { ExtractedDeadline, ExtractedTask } from './types';

const CONNECTIVES =
  /^(?:(?:Đồng thời|Cùng với đó|Bên cạnh đó|Ngoài ra|Trong đó|Theo đó|Tiếp đó|Sau đó|Mặt khác|Đặc biệt|Trước mắt|Tiếp theo|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Một|Hai|Ba|Bốn|Năm|Sáu) là)\s*[,:]?\s+)+/iu;
const LIST_MARKER = /^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,5}\.)\s+/u;
const TOPIC = /^(?:Về|Với|Để|Đối với|Trên cơ sở|Căn cứ|Nhằm|Trong lĩnh vực)\s/u;
/** Words after a named subject that show a report, a shortcoming or a passive, not an assignment. */
const NOT_ASSIGNED_AFTER =
  /^\s*(?:đã|chưa|vẫn|còn|được|là|đang|cũng\sđã|mới|không|đều\sđã|bị|có\s(?!trách\snhiệm)|thông\sbáo|xin\sthông\sbáo|cho\sbiết|nhận\sđịnh|thông\stin|báo\scáo\scho\sbiết)(?![\p{L}])/u;
const ASSIGNMENT_VERB = /(?<![\p{L}])(giao|yêu\scầu|đề\snghị|chỉ\sđạo)\s+(?:cho\s+)?/giu;
const NOT_AN_ASSIGNMENT_BEFORE = /(?:được|đã|văn\sbản|theo|sự|công\stác\slãnh\sđạo,|lãnh\sđạo,|bàn|các|đáp\sứng|mục\stiêu,)\s*$/u;
const PERSON_BEFORE_AGENCY =
  /^(?:đồng\schí\s)?(?:Phó\s)?Thủ\stướng(?:\s(?:Thường\strực\s)?Chính\sphủ)?(?:\s[\p{Lu}][\p{Ll}]*){0,4}\s+(?:trực\stiếp\s)?(?:chỉ\sđạo|giao)\s+(?:cho\s+)?/u;
const PRIME_MINISTER = /^(?:đồng\schí\s)?(?:Phó\s)?Thủ\stướng(?![\p{L}])/u;
const ELABORATION = /^[\p{L}]+(?:\s[\p{L}]+){0,2}\s(?:phải|cần)\s/u;
const CONCLUSION_MARKERS = /kết\sluận|phát\sbiểu\schỉ\sđạo|nhiệm\svụ,\sgiải\spháp|nhiệm\svụ\strọng\stâm|giải\spháp\strọng\stâm|(?:như|cụ\sthể)\ssau\s*:/iu;
/** Section headings of a notice or report: results and shortcomings report, tasks assign. */
const REPORT_SECTION = /^(?:[IVX]{1,5}\.\s*)?(?:(?:đánh\sgiá|kết\squả|tình\shình|tồn\stại|hạn\schế|bối\scảnh)|[^\n]{0,30}(?:kết\squả\sđạt\sđược|tồn\stại,\shạn\schế))/iu;
const TASK_SECTION = /^(?:[IVX]{1,5}\.\s*)?[^\n]{0,40}(?:nhiệm\svụ|giải\spháp|phương\shướng|kiến\snghị|đề\sxuất|tổ\schức\sthực\shiện)/iu;
const GROUP_OPENER = /^(?:nhóm\snhiệm\svụ|nhóm\sgiải\spháp)|(?:^|\s)đây\slà\s/iu;

/** Skips list markers and connectives: the offset where the sentence's own words begin. */
function skipOpeners(text: string, from: number): number {
  let pos = from;
  pos += /^\s*/u.exec(text.slice(pos, pos + 40))![0].length;
  const marker = LIST_MARKER.exec(text.slice(pos, pos + 12));
  if (marker) pos += marker[0].length;
  const connective = CONNECTIVES.exec(text.slice(pos, pos + 200));
  if (connective) pos += connective[0].length;
  return pos;
}

interface Leads {
  names: string[];
  /** Where the words after the lead list begin. */
  after: number;
}

/** An agency list at `pos` that is the subject of an assignment (not "Bộ X đã ..."). */
function subjectAt(text: string, pos: number): Leads | 'reported' | null {
  const list = matchAgencyList(text, pos);
  if (!list) return null;
  const rest = text.slice(list.end, list.end + 80);
  if (NOT_ASSIGNED_AFTER.test(rest)) return 'reported';
  // "Bộ Công an:" heads a list of that agency's tasks.
  if (/^\s*:/u.test(rest)) return { names: list.names, after: list.end };
  if (/^\s*(?:[,;.)]|$)/u.test(rest) && !/^\s*,\s*(?:chủ\strì|phối\shợp)/u.test(rest)) return null;
  return { names: list.names, after: list.end };
}

/** "Thủ tướng giao Bộ X", "đề nghị các bộ, ngành, địa phương": the agencies assigned work anywhere in the sentence. */
function assignedAgencies(text: string, from: number): { leads: Leads | null; verbWithoutObject: number | null } {
  ASSIGNMENT_VERB.lastIndex = from;
  let verbWithoutObject: number | null = null;
  for (let m = ASSIGNMENT_VERB.exec(text); m; m = ASSIGNMENT_VERB.exec(text)) {
    if (NOT_AN_ASSIGNMENT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    let pos = m.index + m[0].length;
    const person = PERSON_BEFORE_AGENCY.exec(text.slice(pos, pos + 200));
    if (person) pos += person[0].length;
    const list = matchAgencyList(text, pos);
    if (list) return { leads: { names: list.names, after: list.end }, verbWithoutObject: null };
    if (verbWithoutObject == null && m[1]?.toLowerCase() !== 'giao' && opensInstruction(text.slice(pos, pos + 80))) verbWithoutObject = pos;
  }
  return { leads: null, verbWithoutObject };
}

type Reading =
  | { kind: 'leads'; leads: Leads }
  | { kind: 'continuation'; from: number }
  | { kind: 'elaboration' }
  | { kind: 'none' };

/**
 * "Về dịch vụ công trực tuyến và cắt giảm, đơn giản hóa TTHC, Bộ Nội vụ chủ trì ...": the
 * topic may hold commas of its own, so the subject is the first agency or the Prime
 * Minister after a comma, and only failing those the first instruction verb.
 */
function afterTopic(text: string, pos: number): number {
  const commas = [...text.slice(pos, pos + 400).matchAll(/,\s+/gu)].map((c) => pos + c.index + c[0].length);
  const named = commas.find((at) => matchAgencyList(text, at) || PRIME_MINISTER.test(text.slice(at, at + 40)));
  if (named != null) return named;
  return commas.find((at) => opensInstruction(text.slice(at, at + 80))) ?? pos;
}

/** Who a sentence assigns work to, or how it relates to the work assigned just before. */
function readSentence(text: string): Reading {
  let pos = skipOpeners(text, 0);
  if (TOPIC.test(text.slice(pos, pos + 20))) pos = afterTopic(text, pos);
  const subject = subjectAt(text, pos);
  if (subject === 'reported') return { kind: 'none' };
  if (subject) return { kind: 'leads', leads: subject };
  const assigned = assignedAgencies(text, pos);
  if (assigned.leads) return { kind: 'leads', leads: assigned.leads };
  const head = text.slice(pos, pos + 80);
  if (PRIME_MINISTER.test(head)) {
    return assigned.verbWithoutObject != null ? { kind: 'continuation', from: assigned.verbWithoutObject } : { kind: 'none' };
  }
  if (ELABORATION.test(head)) return { kind: 'elaboration' };
  if (opensInstruction(head)) return { kind: 'continuation', from: pos };
  return { kind: 'none' };
}

interface Unit {
  start: number;
  end: number;
  group: number;
  deadline: DeadlineMatch | null;
  fallback: DeadlineMatch | null;
  resolved: DeadlineMatch | null;
  /** Only a deadline ("hoàn thành trong Quý I/2026"): it dates the work before it and is no task itself. */
  deadlineOnly: boolean;
}

interface Group {
  leads: string[];
  /** Offset where the assigned work begins in the group's first clause. */
  workStart: number;
  /** Partners named where the list of this work was opened ("Bộ X chủ trì, phối hợp với Bộ Y:"). */
  partners: string[];
}

function toDeadline(match: DeadlineMatch | null): ExtractedDeadline {
  if (!match) return { kind: 'none', due: null, text: null };
  return { kind: match.kind, due: match.due, text: match.text.trim() };
}

function sameDeadline(a: DeadlineMatch | null, b: DeadlineMatch | null): boolean {
  return (a?.kind ?? 'none') === (b?.kind ?? 'none') && (a?.due ?? null) === (b?.due ?? null);
}

/** Strips what is not the work itself: lead names, "chủ trì, phối hợp với ...", the deadline wording. */
function contentOf(text: string, unit: Unit, groupStart: number | null, deadlineTexts: readonly DeadlineMatch[]): string {
  let start = unit.start;
  if (groupStart != null && groupStart > start && groupStart < unit.end) start = groupStart;
  let piece = text.slice(start, unit.end);
  for (const d of deadlineTexts) {
    if (d.start >= start && d.end <= unit.end) piece = piece.replace(text.slice(d.start, d.end), ' ');
  }
  piece = piece
    .replace(CONNECTIVES, '')
    .replace(/^\s*(?:có\strách\snhiệm|cần|phải)\s+/iu, '')
    .replace(/^\s*,?\s*chủ\strì\s*,?\s*/iu, '')
    .replace(/^\s*(?:khẩn\strương\s+)?chủ\strì\s*,\s*/iu, (m) => (/khẩn/iu.test(m) ? 'khẩn trương ' : ''));
  for (const list of partnerLists(piece)) {
    const cue = piece.lastIndexOf('phối hợp', list.matches[0]!.start);
    if (cue >= 0) piece = `${piece.slice(0, cue)} ${piece.slice(list.end)}`;
  }
  piece = piece.replace(/\s+/gu, ' ').replace(/^[\s,;:.]+|[\s,;:.…]+$/gu, '').replace(/\s+,/gu, ',');
  return piece.charAt(0).toLowerCase() + piece.slice(1);
}

interface SentenceTasks {
  tasks: ExtractedTask[];
  lastLeads: string[];
}

/** Splits a sentence of assigned work into tasks: one per lead, split further where deadlines differ. */
function tasksOfSentence(sentence: Sentence, first: Group, fullText: string, dates: DateContext): SentenceTasks {
  const text = sentence.text;
  const groups: Group[] = [first];
  const units: Unit[] = [];
  const allDeadlines: DeadlineMatch[] = [];
  for (const clause of splitClauses(text)) {
    let groupIndex = groups.length - 1;
    if (clause.start > 0) {
      const subject = subjectAt(text, skipOpeners(text, clause.start));
      if (subject && subject !== 'reported') {
        groups.push({ leads: subject.names, workStart: subject.after, partners: [] });
        groupIndex = groups.length - 1;
      }
    }
    const clauseText = text.slice(clause.start, clause.end);
    const deadlines = findDeadlines(clauseText, dates).map((d) => ({ ...d, start: d.start + clause.start, end: d.end + clause.start }));
    allDeadlines.push(...deadlines);
    let unitStart = clause.start;
    const closing = deadlines.filter((d) => d.closes);
    for (const d of closing) {
      units.push(makeUnit(text, unitStart, d.end, groupIndex, d, deadlines));
      unitStart = d.end;
    }
    if (text.slice(unitStart, clause.end).replace(/[\s,.;…]+/gu, '').length > 0) {
      units.push(makeUnit(text, unitStart, clause.end, groupIndex, null, deadlines));
    }
  }
  resolveDeadlines(units);
  // "báo cáo kết quả hằng tháng": an adverb of recurrence dates the part it stands in.
  for (const u of units) if (!u.resolved && u.fallback) u.resolved = u.fallback;
  const tasks: ExtractedTask[] = [];
  const openingUnit = new Map<number, Unit>();
  for (const u of units) if (!openingUnit.has(u.group)) openingUnit.set(u.group, u);
  const workUnits = units.filter((u) => !u.deadlineOnly);
  let i = 0;
  while (i < workUnits.length) {
    const run = [workUnits[i]!];
    while (
      i + run.length < workUnits.length &&
      workUnits[i + run.length]!.group === run[0]!.group &&
      sameDeadline(workUnits[i + run.length]!.resolved, run[0]!.resolved)
    ) {
      run.push(workUnits[i + run.length]!);
    }
    i += run.length;
    const group = groups[run[0]!.group]!;
    const content = run
      .map((u) => contentOf(text, u, u === openingUnit.get(u.group) ? group.workStart : null, allDeadlines))
      .filter((c) => c !== '')
      .join('; ');
    if (content === '') continue;
    let partners = uniquePartners(run.flatMap((u) => partnerLists(text.slice(u.start, u.end)).flatMap((l) => l.names)));
    if (partners.length === 0) {
      const opening = openingUnit.get(run[0]!.group);
      if (opening) partners = uniquePartners(partnerLists(text.slice(opening.start, opening.end)).flatMap((l) => l.names));
    }
    if (partners.length === 0) partners = group.partners;
    const deadline = run[0]!.resolved;
    const evidenceStart = sentence.start + run[0]!.start;
    const evidenceEnd = sentence.start + run[run.length - 1]!.end;
    const raw = fullText.slice(evidenceStart, evidenceEnd);
    const evidence = raw.trim().replace(/[;,]$/u, '');
    const evidenceAt = evidenceStart + (raw.length - raw.trimStart().length);
    for (const lead of group.leads) {
      pushTask(tasks, evidenceAt, {
        lead,
        partners: partners.filter((p) => p !== lead),
        content,
        deadline: toDeadline(deadline),
        evidence,
      });
    }
  }
  return { tasks, lastLeads: groups[groups.length - 1]!.leads };
}

/** Where each task's evidence starts in the text, so a late deadline can extend it. */
const EVIDENCE_START = new WeakMap<ExtractedTask, number>();

function pushTask(tasks: ExtractedTask[], evidenceAt: number, task: ExtractedTask): void {
  EVIDENCE_START.set(task, evidenceAt);
  tasks.push(task);
}

function uniquePartners(names: string[]): string[] {
  return [...new Set(names)];
}

function makeUnit(text: string, start: number, end: number, group: number, deadline: DeadlineMatch | null, all: DeadlineMatch[]): Unit {
  const fallback = all.find((d) => !d.closes && d.start >= start && d.end <= end) ?? null;
  const rest = text.slice(start, deadline ? deadline.start : end).replace(/[\s,.;:…]+/gu, ' ').trim();
  const deadlineOnly = deadline != null && /^(?:(?:và|hoàn thành|xong)\s?)*$/u.test(rest);
  return { start, end, group, deadline, fallback, resolved: null, deadlineOnly };
}

/**
 * "…, hoàn thành trong tháng 8/2025" and undatable wordings ("theo lộ trình") date all
 * the work listed since the last deadline; a deadline inside a clause ("trình Thủ
 * tướng trong tháng 7/2025") dates that clause only.
 */
function resolveDeadlines(units: Unit[]): void {
  let pending: Unit[] = [];
  for (const unit of units) {
    if (!unit.deadline) {
      pending.push(unit);
      continue;
    }
    unit.resolved = unit.deadline;
    if (unit.deadline.completion || unit.deadline.kind === 'none' || unit.deadline.kind === 'recurring' || unit.deadlineOnly) {
      for (const p of pending) p.resolved = unit.deadline;
      pending = [];
    }
  }
}

/** Reads every task of a text; also returns the sentences that assign work (their figures are goals). */
export function extractTasks(doc: Segmented, dates: DateContext): { tasks: ExtractedTask[]; directive: Set<number> } {
  const tasks: ExtractedTask[] = [];
  const directive = new Set<number>();
  let inConclusion = false;
  let carry: { leads: string[]; partners: string[]; tasks: ExtractedTask[] } | null = null;
  for (const sentence of doc.sentences) {
    if (sentence.kind === 'caption' || sentence.kind === 'meta') continue;
    if (sentence.kind === 'heading') {
      carry = null;
      // Only a numbered or capitalised section title divides a notice; a press subheading does not.
      const sectionTitle = /^[IVX]{1,5}\.|^[\p{Lu}\d][\p{Lu}\d\s,.-]+$/u.test(sentence.text);
      if (sectionTitle && REPORT_SECTION.test(sentence.text)) inConclusion = false;
      else if (sectionTitle && TASK_SECTION.test(sentence.text)) inConclusion = true;
      continue;
    }
    const text = sentence.text;
    if (!inConclusion) {
      ASSIGNMENT_VERB.lastIndex = 0;
      const mayAssign = ASSIGNMENT_VERB.test(text);
      if (CONCLUSION_MARKERS.test(text) || (mayAssign && assignedAgencies(text, 0).leads)) inConclusion = true;
      else continue;
    }
    const reading = readSentence(text);
    if (GROUP_OPENER.test(text.slice(skipOpeners(text, 0))) && reading.kind !== 'leads') {
      carry = null;
      continue;
    }
    if (reading.kind === 'elaboration') {
      if (carry) attachLateDeadline(carry, sentence, doc.text, dates);
      continue;
    }
    let group: Group | null = null;
    if (reading.kind === 'leads') group = { leads: reading.leads.names, workStart: reading.leads.after, partners: [] };
    else if (reading.kind === 'continuation' && carry) group = { leads: carry.leads, workStart: reading.from, partners: carry.partners };
    if (!group) {
      carry = null;
      continue;
    }
    const found = tasksOfSentence(sentence, group, doc.text, dates);
    if (found.tasks.length === 0) {
      // "Bộ Công an:" or "Bộ X chủ trì, phối hợp với Bộ Y:" opens a list of that agency's tasks.
      const opensList = /:\s*$/u.test(text);
      carry = opensList ? { leads: group.leads, partners: partnerLists(text).flatMap((l) => l.names), tasks: [] } : null;
      if (opensList) directive.add(sentence.index);
      continue;
    }
    tasks.push(...found.tasks);
    directive.add(sentence.index);
    carry = { leads: found.lastLeads, partners: group.partners, tasks: found.tasks };
  }
  return { tasks, directive };
}

/**
 * "Đánh giá phải thực chất ..., hoàn thành trước ngày 15/01/2026": a deadline in the
 * sentence after a task, about the same work, belongs to that task.
 */
function attachLateDeadline(
  carry: { tasks: ExtractedTask[] },
  sentence: Sentence,
  fullText: string,
  dates: DateContext,
): void {
  const deadline = findDeadlines(sentence.text, dates).find((d) => d.closes && d.kind !== 'none');
  if (!deadline) return;
  for (const task of carry.tasks) {
    if (task.deadline.kind !== 'none' || task.deadline.text != null) continue;
    task.deadline = toDeadline(deadline);
    const start = EVIDENCE_START.get(task);
    if (start != null) task.evidence = fullText.slice(start, sentence.end);
  }
}

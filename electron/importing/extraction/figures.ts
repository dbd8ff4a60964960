/**
 * Indicator figures: the numbers that measure a result, a state or a goal, read with
 * their unit, qualifier, kind, period, scope and target (extraction.md, "What counts").
 * Everything else that looks like a number is set aside by the language around it
 * (figure-words.ts). Goals stated beside actuals go on the actuals' entries; a later
 * sentence or a headline that repeats a figure adds nothing.
 */
import type { FigureKind } from '../../domain/model';
import { ALL_MINISTRIES_AND_LOCALITIES, matchAgencyList } from './agencies';
import { isAsciiDigit, isLetter, isLetterOrDigit, isSpace } from './characters';
import type { PeriodMatch } from './dates';
import { findPeriod, findPeriods } from './dates';
import {
  headNoun,
  isDateLike,
  isStructuralNoun,
  kindFromVerb,
  maskedSpans,
  NAME_BEFORE,
  NOT_A_FIGURE_BEFORE,
  NUMBER_AFTER_SO,
  qualifierBefore,
  RANK_BEFORE,
  readUnit,
  SpanCursor,
  TIME_NOUNS,
} from './figure-words';
import type { UnitReading } from './figure-words';
import { endsWithActionVerb } from './lexicon';
import { leadingScaleWord, parseNumberToken, unitMeaning } from './numbers';
import type { Segmented, Sentence } from './segmentation';
import type { ExtractedFigure } from './types';

/** Cues in front of a number that make it a goal rather than an actual. */
const GOAL_CUES = /(?:mục\stiêu|chỉ\stiêu|theo\squy\sđịnh|kế\shoạch\s(?:đề\sra|đặt\sra|giao)|phấn\sđấu|kỳ\svọng|định\shướng)/giu;
/** Cues that report an actual ("nhưng mới đạt 39,51%"). */
const ACTUAL_CUES = /(?:mới\sđạt|đã\sđạt|đạt\sđược|thực\stế|nhưng|hiện\s(?:nay|đạt)|đến\snay)/giu;
/** Words that direct work: a figure after them in the same sentence is a goal. */
const DIRECTIVE_CUES =
  /(?:^|[\s,])(?:phải|cần(?!\sthiết)|đòi\shỏi|phấn\sđấu|(?<!(?:đáp\sứng|theo)\s)yêu\scầu|đề\snghị|bảo\sđảm\sđạt|nhằm\sđạt)\s/u;
/** "Dự kiến bố trí khoảng 95 nghìn tỷ đồng": a planned allocation is a goal too. */
const PLANNED_ALLOCATION = /dự\skiến\s(?:bố\strí|phân\sbổ|giao|đầu\stư|chi|huy\sđộng)/u;
/** Connectors between two figures of one list: "45,4% về số lượng và 25,2% về giá trị". */
const FIGURE_LINK =
  /^[\s,]*(?:(?:về|theo)\s[\p{L}\s]{0,30}?)?(?:,|và|tương\sứng(?:\svới)?|tương\sđương(?:\svới)?|trong\sđó)?\s*(?:khoảng|gần|hơn|trên|ít\snhất|tối\sthiểu)?\s*$/u;
const QUALIFIER_WORDS = /(?:khoảng|gần|ước(?:\s(?:đạt|tính))?|hơn|trên|vượt|ít\snhất|tối\sthiểu|dưới|chưa\sđến|top|Top|từ)\s*$/u;
/** Verbs that separate who acts from what is counted ("Bộ Công an đã thành lập 8 đoàn"). */
const SUBJECT_VERB = /\s(?:ước\s)?(?:đạt|là|có|chiếm|tăng|giảm|còn|lên|với|gồm|gồm\scó|cung\scấp|thông\squa|ban\shành|xếp|thành\slập|xây\sdựng|lắp\sđặt|cấp|mở|xử\slý|làm\ssạch|thu\shút|cắt\sgiảm)(?![\p{L}])/gu;
/** Words inside a clause that end what went before: "... có nhiều chuyển biến với công bố quốc tế tăng 9%". */
const LINKING_WORD = /\s(?:có|với|là|gồm|thì)(?![\p{L}])/gu;
const LINKING_AT_START = /^\s(?:có|với|là|gồm|thì)\s*/u;
/** A verb of measure right before the number: what comes before it names the indicator ("Tỷ lệ ... đạt 50,4%"). */
const MEASURE_VERB =
  /(?:^|\s)(?:ước\s)?(?:đạt(?:\sđược)?|là|chiếm|tăng(?:\strưởng)?|giảm|ở\smức|lên|còn|xếp(?:\shạng)?|thêm|gấp|vào)(?:\s(?:khoảng|gần|hơn|trên|vượt|ít\snhất|tối\sthiểu|dưới|chưa\sđến|từ|mức|top))?\s*$/iu;
const SUBJECT_NOISE = [
  /(?:^|\s)(?:ít\snhất|tối\sthiểu|khoảng|gần|hơn|trên|dưới|từ|top)$/iu,
  /^(?:Đến nay|Hiện nay|Lũy kế|Theo đó|Trong đó|Đồng thời|Ngoài ra|Bên cạnh đó|Ước tính|Cùng với đó|nhất là|đặc biệt là|trong đó có|tương ứng(?: với)?|tương đương(?: với)?)(?:[, ]+|$)/iu,
  /\s(?:của\s)?cả\snước/u,
  /\s(?:đã|mới|chỉ|hiện|cũng|đều|vẫn|còn)$/u,
  /\s(?:trong|tính\sđến|đến)$/u,
];
const SCOPE_SUBJECT = /^(?:các|toàn\sbộ|một\ssố)\s(?:tỉnh|bộ|địa\sphương|thành\sphố|xã|huyện|cơ\squan|đơn\svị|doanh\snghiệp)[\p{L}\s,]*$/u;

/** "tăng 45,4% về số lượng": the aspect after a figure. */
const ASPECT = /^\s*(về\s[\p{L}\s]{1,30}?)(?=\s*(?:[,;.)]|\svà\s|$))/u;
/** "70% người tiêu dùng tại các thành phố lớn": the place after a figure's noun. */
const PLACE_AFTER = /^\s(?:tại|ở)\s((?:các\s)?[\p{L}\s]{2,60}?)(?=\s(?:đã|đang|sử\sdụng|được|có|là)\s|[,;.]|$)/u;

const CONJUNCTIONS = /\s(?:nhưng|song|trong\skhi|tuy\snhiên)\s/giu;
const LIST_MARKER = /^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,5}\.)\s+/u;

/** How far around a number the reading looks: enough for a clause, bounded for long texts. */
const WINDOW = 200;

interface Candidate extends Omit<ExtractedFigure, 'name' | 'evidence'> {
  /** The label, worked out only for the figures kept: most of a long text's numbers are repeats or not figures. */
  nameOf: () => string;
  /** The evidence, likewise only for the figures kept. */
  evidenceOf: () => string;
  /** The label without its aspect ("về số lượng"), which a figure listed next to it shares. */
  baseNameOf: () => string;
  start: number;
  end: number;
  /** A goal named beside actuals ("mục tiêu ... là 80%"): goes on their entries. */
  targetMention: boolean;
  headNoun: string;
  explicitPeriod: boolean;
}

function lastIndexOf(text: string, regex: RegExp): number {
  regex.lastIndex = 0;
  let last = -1;
  for (let m = regex.exec(text); m; m = regex.exec(text)) last = m.index;
  return last;
}

/** True when the nearest cue before the number names a goal ("mục tiêu ... là 80%"). */
function isGoalMention(before: string): boolean {
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'));
  const window = before.slice(clauseStart + 1);
  const goal = lastIndexOf(window, GOAL_CUES);
  return goal >= 0 && lastIndexOf(window, ACTUAL_CUES) < goal;
}

const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const COLON = 0x3a;
const OPEN_BRACKET = 0x28;

/** A comma, semicolon, colon or bracket ends a clause; a comma between digits is a decimal mark ("45,4%"). */
function isClauseBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === COMMA) return !(isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1)));
  return c === SEMICOLON || c === COLON || c === OPEN_BRACKET;
}

/**
 * Where the clause before each number of a sentence starts: back to the last comma,
 * semicolon, colon or bracket within WINDOW, then past the last "nhưng". The sentence's
 * boundaries are found in one pass and walked with a cursor, as its numbers are read
 * left to right: scanning back from each number cost WINDOW steps per figure, most of
 * the time of a text dense with figures and short of punctuation.
 */
class ClauseStarts {
  private readonly boundaries: number[] = [];
  private next = 0;
  private readonly hasConjunction: boolean;

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (isClauseBoundary(text, i)) this.boundaries.push(i);
    CONJUNCTIONS.lastIndex = 0;
    this.hasConjunction = CONJUNCTIONS.test(text);
  }

  /** For increasing positions only. */
  before(pos: number): number {
    while (this.next < this.boundaries.length && (this.boundaries[this.next] as number) < pos) this.next += 1;
    const last = this.boundaries[this.next - 1];
    const start = last != null && last >= pos - WINDOW ? last + 1 : Math.max(0, pos - WINDOW);
    if (!this.hasConjunction) return start;
    // Going on from each match finds what searching again past it did: the pattern looks at nothing before its match.
    const clause = this.text.slice(start, pos);
    let cut = 0;
    CONJUNCTIONS.lastIndex = 0;
    for (let m = CONJUNCTIONS.exec(clause); m; m = CONJUNCTIONS.exec(clause)) cut = m.index + m[0].length;
    return start + cut;
  }
}

/**
 * The period worded nearest before each number, else just after it. Numbers are read
 * left to right, so a cursor walks the sentence's periods once.
 */
class PeriodCursor {
  private next = 0;
  constructor(private readonly periods: readonly PeriodMatch[]) {}
  at(pos: number): string | null {
    while (this.next < this.periods.length && this.periods[this.next]!.index + this.periods[this.next]!.text.length <= pos) this.next += 1;
    const before = this.periods[this.next - 1];
    if (before && before.index >= pos - WINDOW) return before.text;
    const after = this.periods[this.next];
    return after && after.index >= pos && after.index <= pos + 120 ? after.text : null;
  }
}

/**
 * Runs of whitespace as one space. Most text has nothing to change, and replacing every
 * single space with itself rebuilt the string: the costliest step of reading a figure
 * with a long clause before it.
 */
function collapseSpaces(text: string): string {
  return /\s{2,}|[^\S ]/u.test(text) ? text.replace(/\s+/gu, ' ') : text;
}

/** The text without trailing commas, semicolons, colons and spaces, as /[,;:\s]+$/ removes them. */
function trimSeparatorsEnd(text: string): string {
  let end = text.length;
  while (end > 0 && /[,;:\s]/u.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

function cleanSubject(raw: string, period: string | null): string {
  let subject = collapseSpaces(raw).trim().replace(LIST_MARKER, '');
  if (period) subject = collapseSpaces(subject.replace(period, ' ')).trim();
  // Up to three passes, as removing one piece can uncover another; a pass that removes nothing ends them.
  for (let pass = 0; pass < 3; pass++) {
    const before = subject;
    for (const noise of SUBJECT_NOISE) subject = subject.replace(noise, '').trim();
    if (subject === before) break;
  }
  return trimSeparatorsEnd(subject).trim();
}

/**
 * Where SUBJECT_VERB last matches in the clause before each number of a sentence, as
 * a search of the clause alone finds it. The sentence is searched once and each clause
 * looks its matches up, instead of searching its up to WINDOW characters again.
 *
 * The two agree: the pattern looks at nothing before a match, and no match runs into
 * the number the clause ends at (a verb is letters, a number starts with a digit). A
 * clause that starts inside a match of the sentence ("... nhưng đạt" cut after
 * "nhưng") is searched on its own.
 */
class SubjectVerbs {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly text: string) {
    for (const m of text.matchAll(SUBJECT_VERB)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }

  /** The last match in text[from, to) relative to `from`, or -1; `to` is where a number starts. */
  lastIn(from: number, to: number): number {
    const after = firstAtOrAbove(this.ends, from + 1);
    if (after < this.starts.length && (this.starts[after] as number) < from) {
      return lastIndexOf(this.text.slice(from, to), SUBJECT_VERB);
    }
    const last = firstAtOrAbove(this.starts, to) - 1;
    return last >= after ? (this.starts[last] as number) - from : -1;
  }
}

/** The first index of a sorted list whose value is at least `value` (the length if none). */
function firstAtOrAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Who or what a clause is about: the words before its last verb ("Bộ Công an ... đã thành lập"); `cut` is where that verb starts. */
function actorOf(clause: string, cut: number, period: string | null): string {
  return cleanSubject(cut >= 0 ? clause.slice(0, cut) : clause, period);
}

/**
 * What a number measures, when the text names it before a verb of measure or right
 * before the number: "Tỷ lệ hồ sơ ... đạt 39,51%", "kinh tế số lõi 8,63%".
 */
function measuredOf(clause: string, period: string | null): string {
  const verb = MEASURE_VERB.exec(clause);
  const before = verb ? clause.slice(0, verb.index) : clause;
  if (!verb && (lastIndexOf(before, SUBJECT_VERB) >= 0 || endsWithActionVerb(before))) return '';
  const cut = lastIndexOf(before, LINKING_WORD);
  return cleanSubject(cut >= 0 ? before.slice(cut).replace(LINKING_AT_START, '') : before, period);
}

/** "các tỉnh mới đạt 15,21%", "70% người tiêu dùng tại các thành phố lớn": who a figure is about. */
function scopeOf(subject: string, text: string, unitEnd: number): string | null {
  const list = subject ? matchAgencyList(subject, 0) : null;
  if (list && list.end >= subject.length - 1) return list.names.includes(ALL_MINISTRIES_AND_LOCALITIES) ? null : subject;
  if (SCOPE_SUBJECT.test(subject)) return /bộ,\sngành,\sđịa\sphương/u.test(subject) ? null : subject;
  const at = PLACE_AFTER.exec(text.slice(unitEnd, unitEnd + 80));
  return at ? at[1]!.trim() : null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A subject that can name an indicator: not an agency, a scope, a goal or a bare verb. */
function namesIndicator(subject: string): boolean {
  return (
    subject.split(/\s+/u).length >= 2 &&
    !/\d/u.test(subject) &&
    !/^(?:cả\snước|toàn\squốc|trên\stoàn\squốc)$/iu.test(subject) &&
    !matchAgencyList(subject, 0) &&
    !SCOPE_SUBJECT.test(subject) &&
    !/^(?:có|với|đã|gồm|là|và)(?![\p{L}])/iu.test(subject) &&
    !/(?:mục\stiêu|chỉ\stiêu)/iu.test(subject)
  );
}

/** The counted noun and the words that qualify it, up to the next comma or connecting word. */
function nounPhrase(unit: UnitReading, text: string): string {
  const after = text.slice(unit.nounStart, unit.nounStart + WINDOW);
  if (!/^\s*\p{L}/u.test(after)) return '';
  // A percentage's noun runs on through lists ("100% các bộ, ngành, địa phương đã ban hành ..."), up to the next figure.
  const stops =
    unit.unit === '%'
      ? /[;:.()]|,\s(?:[\p{L}\s]{0,12}?)\d|\s(?:nhưng|so\svới|trong\s(?=\d|năm|tháng|quý|giai)|hoàn\sthành|và\s\d)/u
      : /[,;:.()]|\s(?:nhưng|và|với|để|nhằm|đã|mới|đạt|so|trong|trước|vào|đến|hoàn\sthành|xuống|lên|còn|tăng|giảm)\s/u;
  return collapseSpaces(after.split(stops)[0] ?? '').trim().split(' ').slice(0, 14).join(' ');
}

/** The opening noun phrase of a sentence: "Tỉ lệ cung cấp dịch vụ công toàn trình còn thấp (...)". */
function sentenceHead(text: string): string | null {
  const head = text.slice(0, WINDOW).replace(LIST_MARKER, '').split(/[(,:;]|\s(?:còn|đạt|là|mới|đã|có)\s/u)[0]?.trim() ?? '';
  return head.split(/\s+/u).length >= 2 && /^\p{Lu}/u.test(head) && namesIndicator(head) ? head : null;
}

/** What a goal is about is worded after its verb: "bảo đảm cắt giảm ít nhất 30% thời gian ...". */
const GOAL_VERBS = /^.*?(?:bảo\sđảm|đảm\sbảo|phấn\sđấu|để\sđạt|nhằm\sđạt|nhằm|phải\sđạt|phải)\s+|^(?:sớm|khẩn\strương|tiếp\stục)\s+/iu;
const ASSIGNMENT_OPENING = /^(?:(?:Thủ\stướng|Phó\sThủ\stướng)(?:\sChính\sphủ)?\s)?(?:giao|yêu\scầu|đề\snghị|chỉ\sđạo)\s+/iu;

/** The work in a goal's clause without who it is assigned to: "Giao Bộ Tài chính bố trí" gives "bố trí". */
function withoutAssignment(action: string): string {
  const rest = action.replace(ASSIGNMENT_OPENING, '');
  const list = matchAgencyList(rest, 0);
  const work = list ? rest.slice(list.end) : rest;
  return work.replace(/^\s*(?:,?\s*chủ\strì,?|có\strách\snhiệm)\s*/u, '').replace(/\s(?:đạt|là|ở\smức)$/u, '').trim();
}

interface NameContext {
  /** What the text names before the number, if anything. */
  measured: string;
  /** The raw clause before the number, for goals ("bảo đảm cắt giảm ít nhất"). */
  clause: string;
  /** The text since the last semicolon or bracket, for a subject stated earlier in the sentence. */
  segment: string;
  previous?: Candidate;
  between: string;
  goal: boolean;
  rank: boolean;
}

/** "việc cắt giảm, đơn giản hóa TTHC còn chậm, mới đạt 18%": the subject stated before its predicate. */
function subjectOfSegment(segment: string): string {
  const head = segment.split(/\s(?:còn|vẫn|chưa|mới|đã|đạt|là)\s/u)[0] ?? '';
  return cleanSubject(head.replace(/^(?:việc|công\stác)\s/iu, ''), null);
}

/** The words after the last preposition of a goal's clause: "cho tăng trưởng kinh tế" gives "tăng trưởng kinh tế". */
function lastNounPhrase(text: string): string {
  return cleanSubject(text.split(/\s(?:cho|của|về|với|vào|đối\svới)\s/u).pop() ?? '', null);
}

/** The text since the last semicolon or bracket within WINDOW before `pos`, without that mark. */
function segmentBefore(text: string, pos: number): string {
  const windowStart = Math.max(0, pos - WINDOW);
  const nearby = text.slice(windowStart, pos);
  const segmentStart = windowStart + Math.max(nearby.lastIndexOf(';'), nearby.lastIndexOf('('), 0);
  return text.slice(segmentStart, pos).replace(/^[;(]\s*/u, '');
}

/** A short label as the text words it: the subject, else the counted noun and what qualifies it. */
function figureName(unit: UnitReading, text: string, context: NameContext): string {
  const { measured, previous, between, goal } = context;
  const linked = /^[\s,]*(?:(?:và|tăng|giảm|tăng\strưởng|đạt|khoảng|gần|hơn|trên|tương\sứng(?:\svới)?)\s*)*$/u;
  const phrase = nounPhrase(unit, text);
  // Measures ("15 bậc", "02 lần") and currencies are not things counted: such a figure shares its neighbour's name.
  const measureUnit = /^(?:bậc|điểm|lần|hạng|điểm\sphần\străm)$/iu.test(unit.noun);
  const ownNoun = phrase !== '' && !/^(?:về|so|theo)\s/u.test(phrase) && unitMeaning(unit.unit).currency == null && !measureUnit;
  if (previous && !ownNoun && measured.length < 3 && linked.test(between.replace(/(?:về|theo)\s[\p{L}\s]*$/u, ''))) {
    return previous.baseNameOf();
  }
  // A currency is not what is counted: "hơn 33 nghìn tỷ đồng" names no indicator by its noun.
  const label = phrase && unitMeaning(unit.unit).currency == null ? (unit.unit === '%' ? `tỷ lệ ${phrase}` : phrase) : '';
  if (context.rank) {
    const ranked = measured !== '' && !/\d/u.test(measured) ? measured : sentenceHead(text);
    if (ranked) return `Xếp hạng ${ranked.charAt(0).toLowerCase()}${ranked.slice(1)}`;
  }
  if (goal) {
    const action = withoutAssignment(cleanSubject(context.clause, null).replace(GOAL_VERBS, ''));
    const plain = action.split(/\s+/u).length <= 6 && !matchAgencyList(action, 0) && !/(?:mục\stiêu|chỉ\stiêu)/iu.test(action);
    if (action && plain && phrase) return capitalise(`${action} ${phrase}`);
    if (label) return capitalise(label);
    const noun = lastNounPhrase(action);
    if (noun.split(/\s+/u).length >= 2) return capitalise(noun);
  }
  if (namesIndicator(measured)) return capitalise(measured);
  if (label) return capitalise(label);
  const earlier = subjectOfSegment(context.segment);
  if (namesIndicator(earlier)) return capitalise(earlier);
  return capitalise(sentenceHead(text) ?? (measured || unit.unit || 'chỉ tiêu'));
}

/**
 * Where the last clause of a text begins after a comma or colon and a space: the last
 * comma or colon if a space follows it, else nothing (-1). What /[,:]\s[^,:]*$/ finds,
 * without trying that pattern at every comma of the window.
 */
function lastClauseBreak(text: string): number {
  const last = Math.max(text.lastIndexOf(','), text.lastIndexOf(':'));
  return last >= 0 && isSpace(text.charAt(last + 1)) ? last : -1;
}

/**
 * The clause of a long sentence a figure was read from: between semicolons, and in a
 * run-on sentence between the nearest commas, so the evidence stays readable.
 */
function evidenceClause(sentence: string, pos: number): string {
  if (sentence.length <= 300) return sentence;
  const from = Math.max(0, pos - WINDOW);
  const to = Math.min(sentence.length, pos + WINDOW);
  const before = sentence.slice(from, pos);
  const after = sentence.slice(pos, to);
  const semicolonBefore = before.lastIndexOf(';');
  const semicolonAfter = after.indexOf(';');
  let start = semicolonBefore >= 0 ? from + semicolonBefore + 1 : from === 0 ? 0 : -1;
  let stop = semicolonAfter >= 0 ? pos + semicolonAfter : to === sentence.length ? to : -1;
  if (start < 0) start = from + lastClauseBreak(before) + 1;
  if (stop < 0) stop = pos + Math.max(after.search(/[,:]/u), 0) || to;
  return sentence.slice(start, stop).trim();
}

/** Whether the number's own wording rules it out (time span, structure, name, document number). */
function excludedUnit(unit: UnitReading, before: string): boolean {
  if (unit.unit === '%' || leadingScaleWord(unit.unit)) return false;
  const noun = unit.noun.toLowerCase();
  const words = noun.split(/\s+/u);
  if (TIME_NOUNS.has(words[0] ?? '') || TIME_NOUNS.has(words.slice(0, 2).join(' '))) return true;
  if (isStructuralNoun(noun)) return true;
  return words[0] === 'lần' && !/(?:gấp|tăng|giảm)\s*$/u.test(before);
}

interface SentenceContext {
  sentence: Sentence;
  directive: boolean;
  inheritedPeriod: string | null;
}

function figuresOfSentence({ sentence, directive, inheritedPeriod }: SentenceContext, periods: readonly PeriodMatch[]): Candidate[] {
  const text = sentence.text;
  const masks = new SpanCursor(maskedSpans(text));
  const periodAt = new PeriodCursor(periods);
  const clauseStarts = new ClauseStarts(text);
  const subjectVerbs = new SubjectVerbs(text);
  const directiveFrom = firstIndex(text, DIRECTIVE_CUES);
  const allocationFrom = firstIndex(text, PLANNED_ALLOCATION);
  const candidates: Candidate[] = [];
  const numberToken = /\d+(?:[.,]\d+)*/gu;
  let consumedUntil = 0;
  for (let m = numberToken.exec(text); m; m = numberToken.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < consumedUntil || masks.covers(start)) continue;
    const prev = start > 0 ? text.charAt(start - 1) : '';
    if (isLetterOrDigit(prev) || prev === '/' || prev === '.' || prev === ',' || (prev === '-' && isLetterOrDigit(text.charAt(start - 2)))) continue;
    if (isLetter(text.charAt(end))) continue;
    const ahead = text.slice(end, end + 16);
    const token = m[0];
    // A dot decimal is read only before a scale word or a percent sign; "4.0" is a version.
    if (/^\d+\.\d{1,2}$/u.test(token) && !leadingScaleWord(ahead) && !/^\s?%/u.test(ahead)) continue;
    const value = parseNumberToken(token);
    if (value == null) continue;
    // The cues before a number are a few words long; a short window keeps the end-anchored tests cheap.
    const before = text.slice(Math.max(0, start - 48), start);
    if (NOT_A_FIGURE_BEFORE.test(before) || NAME_BEFORE.test(before)) continue;

    let afterNumber = end;
    let of: number | null = null;
    const slash = /^\s?\/\s?(\d+(?:[.,]\d+)*)/u.exec(text.slice(end, end + 20));
    if (slash) {
      const second = parseNumberToken(slash[1]!);
      const afterSlash = end + slash[0].length;
      if (second == null || text.charAt(afterSlash) === '/') continue;
      if (isDateLike(text, start, value, second, afterSlash)) continue;
      of = second;
      afterNumber = afterSlash;
    }
    const unit = readUnit(text, afterNumber);
    consumedUntil = unit.end;
    // "Trung tâm ... số 1" is a name; "công nghệ số 172 tỷ USD" is digital technology and a figure.
    if (NUMBER_AFTER_SO.test(before) && unit.unit !== '%' && !leadingScaleWord(unit.unit) && unitMeaning(unit.unit).currency == null) {
      continue;
    }
    const rank = RANK_BEFORE.test(before);
    if (/^(?:19|20)\d{2}$/u.test(token) && !unit.unit && of == null) continue;
    if ((!unit.unit && !rank) || excludedUnit(unit, before)) continue;

    let qualifier = qualifierBefore(before, text.slice(unit.end, unit.end + 12));
    const clauseStart = clauseStarts.before(start);
    const clause = text.slice(clauseStart, start);
    const previous = candidates.at(-1);
    const between = previous && previous.end > start - WINDOW ? text.slice(previous.end, start) : '';
    const verbClause = clause.replace(QUALIFIER_WORDS, '');
    const fromVerb = kindFromVerb(verbClause.slice(Math.max(0, verbClause.length - 60)));
    let kind: FigureKind = 'level';
    let direction: 'up' | 'down' | undefined;
    if (previous?.kind === 'change' && ((FIGURE_LINK.test(between) && !fromVerb) || /tương\s(?:ứng|đương)/u.test(between))) {
      kind = 'change';
      direction = previous.direction;
    } else if (fromVerb) {
      kind = fromVerb.kind;
      direction = fromVerb.direction;
    }
    if (rank) kind = 'rank';
    else if (of != null) kind = 'count_of';
    if (rank && /[Tt]op\s*$/u.test(before)) qualifier = 'less_than';

    const floor = Math.max(previous ? previous.end : 0, start - WINDOW);
    const targetMention = isGoalMention(text.slice(floor, start));
    ACTUAL_CUES.lastIndex = 0;
    const directiveBefore = directiveFrom >= 0 && directiveFrom < start && !ACTUAL_CUES.test(clause);
    const isGoal = !targetMention && (directive || directiveBefore || (allocationFrom >= 0 && allocationFrom < start));

    const periodHere = periodAt.at(start);
    const baseNameOf = once(() =>
      figureName(unit, text, {
        measured: measuredOf(clause, periodHere),
        clause,
        segment: segmentBefore(text, start),
        previous,
        between,
        goal: isGoal || targetMention,
        rank,
      }),
    );
    // "tăng 45,4% về số lượng và 25,2% về giá trị": the aspect tells two figures of one subject apart.
    const aspect = ASPECT.exec(text.slice(unit.end, unit.end + 40))?.[1];
    const figure: Candidate = {
      baseNameOf,
      nameOf: once(() => (aspect ? `${baseNameOf()} ${aspect}` : baseNameOf())),
      value,
      unit: rank ? '' : unit.unit,
      qualifier,
      target: null,
      scope: scopeOf(actorOf(clause, subjectVerbs.lastIn(clauseStart, start), periodHere), text, unit.end),
      period: periodHere ?? inheritedPeriod,
      kind: isGoal ? 'target' : kind,
      of,
      evidenceOf: () => evidenceClause(text, start),
      start,
      end: unit.end,
      targetMention,
      headNoun: headNoun(unit.noun),
      explicitPeriod: periodHere != null,
      // Every candidate has the same fields from the start, so the code reading them sees one object shape.
      value_max: undefined,
      target_max: undefined,
      target_period: undefined,
      direction: undefined,
    };
    if (unit.valueMax != null && unit.valueMax > value) figure.value_max = unit.valueMax;
    if (direction && kind === 'change' && !isGoal) figure.direction = direction;
    if (isGoal) {
      figure.target = value;
      if (figure.value_max != null) figure.target_max = figure.value_max;
    }
    candidates.push(figure);
  }
  return pairTargets(candidates, text);
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

function firstIndex(text: string, regex: RegExp): number {
  const m = regex.exec(text);
  return m ? m.index : -1;
}

/** What a unit means (percent, scale, currency) as a key: units with the same key mean the same (sameUnitMeaning). */
function meaningKey(unit: string): string {
  const u = unitMeaning(unit);
  return `${u.percent}|${u.scale}|${u.currency}`;
}

/**
 * A goal named beside actuals of the same unit goes on each of them ("mục tiêu ... là
 * 80% nhưng mới đạt 39,51%, các tỉnh mới đạt 15,21%"); alone it is a target entry.
 * When several goals share a unit, an actual carries the last of them and is named
 * after the first that names something. Goals and actuals are grouped by what their
 * units mean, so a sentence of many figures costs one pass, not one per goal.
 */
function pairTargets(candidates: Candidate[], text: string): Candidate[] {
  const groups = new Map<string, { goals: Candidate[]; actuals: Candidate[] }>();
  const groupOf = (unit: string) => {
    const key = meaningKey(unit);
    let group = groups.get(key);
    if (!group) {
      group = { goals: [], actuals: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const c of candidates) {
    if (c.targetMention) groupOf(c.unit).goals.push(c);
    else if (c.kind !== 'target' && c.unit !== '') groupOf(c.unit).actuals.push(c);
  }
  const paired = new Set<Candidate>();
  for (const { goals, actuals } of groups.values()) {
    if (goals.length === 0 || actuals.length === 0) continue;
    const last = goals[goals.length - 1] as Candidate;
    let lastRange: Candidate | null = null;
    let lastPeriod: PeriodMatch | null = null;
    for (const goal of goals) {
      if (goal.value_max != null) lastRange = goal;
      lastPeriod = findPeriod(text.slice(Math.max(0, goal.start - 40), goal.start)) ?? lastPeriod;
    }
    // Names that qualify (namesIndicator) or null: the goal's own name, else the sentence's opening noun phrase.
    const sharedNames = goals.map((goal) => once(() => (namesIndicator(goal.nameOf()) ? goal.nameOf() : sentenceHead(text))));
    for (const actual of actuals) {
      const own = actual.nameOf;
      actual.nameOf = once(() => {
        const name = own();
        if (namesIndicator(name)) return name;
        for (const shared of sharedNames) {
          const found = shared();
          if (found != null) return found;
        }
        return name;
      });
      actual.baseNameOf = actual.nameOf;
      actual.target = last.value;
      if (lastRange) actual.target_max = lastRange.value_max;
      if (lastPeriod) actual.target_period = lastPeriod.text;
    }
    for (const goal of goals) paired.add(goal);
  }
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (paired.has(c)) continue;
    if (c.targetMention) {
      c.kind = 'target';
      c.target = c.value;
      if (c.value_max != null) c.target_max = c.value_max;
      c.direction = undefined;
    }
    kept.push(c);
  }
  return kept;
}

function repeatKey(c: Candidate): string {
  return `${c.value}|${meaningKey(c.unit)}|${c.headNoun}`;
}

/** A later mention adds nothing unless it brings a target, another scope or a period the first lacked. */
function addsNothing(candidate: Candidate, earlier: Candidate): boolean {
  const kindsAgree = earlier.kind === candidate.kind || earlier.kind === 'target' || candidate.kind === 'target';
  const addsTarget = candidate.target != null && earlier.target == null && candidate.kind !== 'target';
  const addsScope = candidate.scope != null && candidate.scope !== earlier.scope;
  const addsPeriod = candidate.explicitPeriod && earlier.period == null;
  return kindsAgree && !addsTarget && !addsScope && !addsPeriod;
}

function toFigure(c: Candidate): ExtractedFigure {
  const figure: ExtractedFigure = {
    name: c.nameOf(),
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    target: c.target,
    scope: c.scope,
    period: c.period,
    kind: c.kind,
    of: c.of,
    evidence: c.evidenceOf(),
  };
  if (c.value_max != null) figure.value_max = c.value_max;
  if (c.target_max != null) figure.target_max = c.target_max;
  if (c.target_period != null) figure.target_period = c.target_period;
  if (c.direction) figure.direction = c.direction;
  return figure;
}

/** Reads the figures of a whole text; `directive` holds the sentences that assign work. */
export function extractFigures(doc: Segmented, directive: ReadonlySet<number>): ExtractedFigure[] {
  const accepted: Candidate[] = [];
  const seen = new Map<string, Candidate[]>();
  let inheritedPeriod: string | null = null;
  let paragraph = -1;
  const take = (sentence: Sentence) => {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      inheritedPeriod = null;
    }
    // A sentence without digits holds no figure and no dated period.
    const hasDigits = /\d/u.test(sentence.text);
    const periods = hasDigits ? findPeriods(sentence.text) : [];
    const found = hasDigits ? figuresOfSentence({ sentence, directive: directive.has(sentence.index), inheritedPeriod }, periods) : [];
    if (periods[0]) inheritedPeriod = periods[0].text;
    const fresh: Candidate[] = [];
    for (const candidate of found) {
      const earlier = seen.get(repeatKey(candidate)) ?? [];
      if (earlier.some((e) => addsNothing(candidate, e))) continue;
      if (earlier.length > 0 && candidate.period == null) candidate.period = earlier[0]!.period;
      fresh.push(candidate);
    }
    // Figures of one sentence are told apart by the sentence itself ("ít nhất 30% ..., ít nhất 30% ...").
    for (const candidate of fresh) {
      accepted.push(candidate);
      const key = repeatKey(candidate);
      seen.set(key, [...(seen.get(key) ?? []), candidate]);
    }
  };
  const headings: Sentence[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.kind === 'heading') headings.push(sentence);
    else if (sentence.kind === 'body') take(sentence);
  }
  // Headlines come last: they mostly repeat the body and add only what it lacks.
  for (const heading of headings) take(heading);
  return accepted.map(toFigure);
}

/**
 * Indicator figures: the numbers that measure a result, a state or a goal, read with
 * their unit, qualifier, kind, period, scope and target (extraction.md, "What counts").
 * Everything else that looks like a number is set aside by the language around it
 * (figure-words.ts). Goals stated beside actuals go on the actuals' entries; a later
 * sentence or a headline that repeats a figure adds nothing.
 */
import type { FigureKind } from '../../domain/model';
import { ALL_MINISTRIES_AND_LOCALITIES, matchAgencyList } from './agencies';
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
import { leadingScaleWord, parseNumberToken, sameUnitMeaning, unitMeaning } from './numbers';
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

const CONJUNCTIONS = /\s(?:nhưng|song|trong\skhi|tuy\snhiên)\s/giu;
const LIST_MARKER = /^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,5}\.)\s+/u;

/** How far around a number the reading looks: enough for a clause, bounded for long texts. */
const WINDOW = 200;

interface Candidate extends Omit<ExtractedFigure, 'name'> {
  /** The label, worked out only for the figures kept: most of a long text's numbers are repeats or not figures. */
  nameOf: () => string;
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

/** The clause before a number: back to the last comma, semicolon, colon, bracket or "nhưng". */
function clauseStartBefore(text: string, pos: number): number {
  const floor = Math.max(0, pos - WINDOW);
  let start = floor;
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charAt(i);
    // A comma between digits is a decimal mark ("45,4%"), not a clause boundary.
    if (c === ',' && /\d/u.test(text.charAt(i - 1)) && /\d/u.test(text.charAt(i + 1))) continue;
    if (/[,;:(]/u.test(c)) {
      start = i + 1;
      break;
    }
  }
  CONJUNCTIONS.lastIndex = 0;
  for (let m = CONJUNCTIONS.exec(text.slice(start, pos)); m; m = CONJUNCTIONS.exec(text.slice(start, pos))) {
    start += m.index + m[0].length;
    CONJUNCTIONS.lastIndex = 0;
  }
  return start;
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

function cleanSubject(raw: string, period: string | null): string {
  let subject = raw.replace(/\s+/gu, ' ').trim().replace(LIST_MARKER, '');
  if (period) subject = subject.replace(period, ' ').replace(/\s+/gu, ' ').trim();
  for (let pass = 0; pass < 3; pass++) for (const noise of SUBJECT_NOISE) subject = subject.replace(noise, '').trim();
  return subject.replace(/[,;:\s]+$/u, '').trim();
}

/** Who or what a clause is about: the words before its last verb ("Bộ Công an ... đã thành lập"). */
function actorOf(clause: string, period: string | null): string {
  const cut = lastIndexOf(clause, SUBJECT_VERB);
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
  const at = /^\s(?:tại|ở)\s((?:các\s)?[\p{L}\s]{2,60}?)(?=\s(?:đã|đang|sử\sdụng|được|có|là)\s|[,;.]|$)/u.exec(
    text.slice(unitEnd, unitEnd + 80),
  );
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
  return (after.split(stops)[0] ?? '').replace(/\s+/gu, ' ').trim().split(' ').slice(0, 14).join(' ');
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
  if (start < 0) start = from + Math.max(0, before.search(/[,:]\s[^,:]*$/u) + 1);
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
  const directiveFrom = firstIndex(text, DIRECTIVE_CUES);
  const allocationFrom = firstIndex(text, PLANNED_ALLOCATION);
  const candidates: Candidate[] = [];
  const numberToken = /\d+(?:[.,]\d+)*/gu;
  let consumedUntil = 0;
  for (let m = numberToken.exec(text); m; m = numberToken.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < consumedUntil || masks.covers(start)) continue;
    const prev = text.charAt(start - 1);
    if (/[\p{L}\d/.,]/u.test(prev) || (prev === '-' && /[\p{L}\d]/u.test(text.charAt(start - 2)))) continue;
    if (/\p{L}/u.test(text.charAt(end))) continue;
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
    const clauseStart = clauseStartBefore(text, start);
    const clause = text.slice(clauseStart, start);
    const previous = candidates[candidates.length - 1];
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
    const windowStart = Math.max(0, start - WINDOW);
    const nearby = text.slice(windowStart, start);
    const segmentStart = windowStart + Math.max(nearby.lastIndexOf(';'), nearby.lastIndexOf('('), 0);
    const baseNameOf = once(() =>
      figureName(unit, text, {
        measured: measuredOf(clause, periodHere),
        clause,
        segment: text.slice(segmentStart, start).replace(/^[;(]\s*/u, ''),
        previous,
        between,
        goal: isGoal || targetMention,
        rank,
      }),
    );
    // "tăng 45,4% về số lượng và 25,2% về giá trị": the aspect tells two figures of one subject apart.
    const aspect = /^\s*(về\s[\p{L}\s]{1,30}?)(?=\s*(?:[,;.)]|\svà\s|$))/u.exec(text.slice(unit.end, unit.end + 40))?.[1];
    const figure: Candidate = {
      baseNameOf,
      nameOf: once(() => (aspect ? `${baseNameOf()} ${aspect}` : baseNameOf())),
      value,
      unit: rank ? '' : unit.unit,
      qualifier,
      target: null,
      scope: scopeOf(actorOf(clause, periodHere), text, unit.end),
      period: periodHere ?? inheritedPeriod,
      kind: isGoal ? 'target' : kind,
      of,
      evidence: evidenceClause(text, start),
      start,
      end: unit.end,
      targetMention,
      headNoun: headNoun(unit.noun),
      explicitPeriod: periodHere != null,
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

/**
 * A goal named beside actuals of the same unit goes on each of them ("mục tiêu ... là
 * 80% nhưng mới đạt 39,51%, các tỉnh mới đạt 15,21%"); alone it is a target entry.
 */
function pairTargets(candidates: Candidate[], text: string): Candidate[] {
  const paired = new Set<Candidate>();
  for (const mention of candidates.filter((c) => c.targetMention)) {
    const actuals = candidates.filter((c) => !c.targetMention && c.kind !== 'target' && c.unit !== '' && sameUnitMeaning(c.unit, mention.unit));
    if (actuals.length === 0) continue;
    const period = findPeriod(text.slice(Math.max(0, mention.start - 40), mention.start));
    const sharedName = once(() => (namesIndicator(mention.nameOf()) ? mention.nameOf() : sentenceHead(text)));
    for (const actual of actuals) {
      const own = actual.nameOf;
      actual.nameOf = once(() => (namesIndicator(own()) ? own() : (sharedName() ?? own())));
      actual.baseNameOf = actual.nameOf;
      actual.target = mention.value;
      if (mention.value_max != null) actual.target_max = mention.value_max;
      if (period) actual.target_period = period.text;
    }
    paired.add(mention);
  }
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (paired.has(c)) continue;
    if (c.targetMention) {
      c.kind = 'target';
      c.target = c.value;
      if (c.value_max != null) c.target_max = c.value_max;
      delete c.direction;
    }
    kept.push(c);
  }
  return kept;
}

function repeatKey(c: Candidate): string {
  const u = unitMeaning(c.unit);
  return `${c.value}|${u.percent}|${u.scale}|${u.currency}|${c.headNoun}`;
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
    evidence: c.evidence,
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

/**
 * The words around a number that decide what it is: the counted noun or unit after it,
 * the qualifier and verb before it, and the pieces of a sentence whose numbers are
 * never figures (dates, document numbers, quotations, partner lists). Every look
 * around a number is bounded, so a long sentence costs linear time.
 */
import type { FigureKind, Qualifier } from '../../domain/model';
import { boundedMemo } from '../../domain/bounded-memo';
import { foldVietnamese } from '../../domain/vietnamese';
import { expandFoldedWords } from './abbreviations';
import { partnerLists } from './agencies';
import { isSpace } from './characters';
import { leadingScaleWord, parseNumberToken } from './numbers';

/** Nouns after a number that make it a time span or an age, not a figure ("6 tháng", "90 ngày đêm", "14 tuổi"). */
export const TIME_NOUNS = new Set(['năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'quý', 'thế kỷ', 'thập kỷ', 'buổi', 'tuổi']);

/**
 * Nouns that count the structure of a text or of the meeting rather than results:
 * "7 nhóm nhiệm vụ", "6 mặt", "3 đột phá", "chính quyền 2 cấp", "34 điểm cầu". "đột
 * phát" is "đột phá" as the published report of the 2nd session of 2025 misspells it
 * ("Đẩy mạnh 3 đột phát chiến lược số"), which was read as a target of 3.
 */
const STRUCTURAL_NOUNS = [
  'cấp', 'mặt', 'nhóm nhiệm vụ', 'nhóm giải pháp', 'nhóm vấn đề', 'đột phá', 'đột phát', 'mục tiêu', 'trụ cột', 'quan điểm',
  'nguyên tắc', 'nội dung', 'rõ', 'không', 'điểm cầu', 'đồng chí', 'đại biểu', 'phó thủ tướng', 'thành viên',
  'ý kiến', 'bài học', 'vấn đề', 'khâu', 'bước', 'yêu cầu', 'chữ', 'giải pháp', 'nhiệm vụ trọng tâm', 'phương châm',
].map((n) => n.split(' '));

/** Whether a noun starts with one of the structural nouns. */
export function isStructuralNoun(noun: string): boolean {
  const parts = noun.toLowerCase().split(/\s+/u);
  return STRUCTURAL_NOUNS.some((words) => words.every((w, i) => parts[i] === w));
}

const CURRENCY_WORDS = /^(?:đồng|USD|VNĐ|VND|EUR|euro)$/iu;

/** Words that end a counted noun ("3.525 dịch vụ công trực tuyến; tháng 4 ..."). */
const NOUN_STOPS = new Set([
  'và', 'với', 'của', 'tại', 'trên', 'trong', 'từ', 'so', 'đã', 'được', 'là', 'có', 'cho', 'để', 'theo', 'đến', 'nhằm',
  'về', 'thuộc', 'gồm', 'đạt', 'tăng', 'giảm', 'trở', 'như', 'hoặc', 'khi', 'sau', 'trước', 'nhưng', 'mà', 'thì', 'đi',
  'qua', 'vào', 'ra', 'này', 'đó', 'bị', 'sẽ', 'đang', 'cùng', 'còn', 'mới', 'hơn', 'nữa', 'ở', 'lên', 'xuống', 'tới',
]);

const DOCUMENT_TYPES = String.raw`(?:Nghị\squyết|Nghị\sQuyết|Quyết\sđịnh|Nghị\sđịnh|Chỉ\sthị|Kết\sluận|Thông\sbáo|Công\svăn|Kế\shoạch|Quy\sđịnh|Thông\stư|Luật|Đề\sán|Chương\strình|Công\sđiện|Tờ\strình|Báo\scáo|Hướng\sdẫn|Văn\sbản|(?:nghị\squyết|quyết\sđịnh|nghị\sđịnh|kế\shoạch|chỉ\sthị)\ssố)`;

/** Words right before a number that make it a document, item, ordinal or date number. */
export const NOT_A_FIGURE_BEFORE = new RegExp(
  String.raw`(?:${DOCUMENT_TYPES}(?:\s+số)?|lần\sthứ|(?<!xếp\s|đứng\s)thứ|khóa|khoá|kỳ|Kỳ|phiên|Phiên|mức\sđộ|Mức\sđộ|Mức|cấp\sđộ|Điều|điều|khoản|Khoản|Mục|chương|Chương|Phần|Phụ\slục|[Nn]hóm|giai\sđoạn|nhiệm\skỳ|[Tt]ầm\snhìn|ngày|[Tt]háng|[Qq]uý|[Nn]ăm|tuần|hôm|lúc|giờ|so\svới|cùng\skỳ|đợt|(?:trực\stuyến|truyền\shình)\s(?:tới|với|đến)(?:\scác)?)\s*$`,
  'u',
);
/** "số 1" names a thing ("Trung tâm dữ liệu quốc gia số 1") unless a unit shows a figure ("công nghệ số 172 tỷ USD"). */
export const NUMBER_AFTER_SO = /(?:^|[\s(])số\s*$/u;
/** Numbers inside the names of packages and campaigns ("gói tín dụng 500 nghìn tỷ đồng"). */
export const NAME_BEFORE = /(?:^|\s)(?:[Gg]ói|phong\strào|chiến\sdịch|cuộc\svận\sđộng)(?:\s[\p{L}]+){0,3}\s*$/u;
export const RANK_BEFORE = /(?:xếp(?:\shạng)?(?:\sthứ)?|thứ\shạng|đứng\sthứ|hạng|vị\strí|[Tt]op)\s*$/u;

const QUALIFIER_BEFORE: readonly [RegExp, Qualifier][] = [
  [/(?:khoảng|gần|ước(?:\s(?:đạt|tính|khoảng))?|xấp\sxỉ|chừng|dự\skiến\skhoảng)(?:\s(?:mức|đạt|là))?\s*$/u, 'approx'],
  [/(?:hơn|trên|vượt|ít\snhất|tối\sthiểu|không\sdưới|không\sít\shơn)(?:\s(?:mức|đạt|là))?\s*$/u, 'more_than'],
  [/(?:dưới|chưa\sđến|chưa\stới|không\squá|tối\sđa|chưa\sđầy|[Tt]op)(?:\s(?:mức|đạt|là))?\s*$/u, 'less_than'],
];

export function qualifierBefore(before: string, after: string): Qualifier {
  let qualifier: Qualifier = 'exact';
  for (const [regex, q] of QUALIFIER_BEFORE) if (regex.test(before)) qualifier = q;
  if (/^\s*trở\slên/u.test(after)) qualifier = 'more_than';
  return qualifier;
}

export interface Span {
  start: number;
  end: number;
}

/** Pieces of a sentence whose numbers are never figures, sorted by start. */
export function maskedSpans(text: string): Span[] {
  const spans: Span[] = [];
  // Each kind of span needs a telltale character; a sentence without it skips the scan.
  const add = (telltale: RegExp, regex: RegExp) => {
    if (!telltale.test(text)) return;
    for (const m of text.matchAll(regex)) spans.push({ start: m.index, end: m.index + m[0].length });
  };
  add(/["“]/u, /"[^"]{0,300}"|“[^”]{0,300}”/gu);
  add(/[-/]/u, /\d+(?:\/\d+)*(?:[-/][\p{Lu}Đ][\p{L}Đđ]*)+(?:\/[\p{L}\d]+)*/gu);
  add(/[-–]/u, /(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}/gu);
  add(/\)/u, /\(\d{1,2}\)|(?:^|\s)\d{1,2}\)\s/gu);
  add(/^\s*\d/u, /^\s*\d{1,2}[.)]\s/gu);
  add(/\//u, /\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s?\/\s?(?:19|20)\d{2}/gu);
  if (text.includes('phối hợp')) for (const list of partnerLists(text)) spans.push({ start: list.matches[0]!.start, end: list.end });
  return spans.sort((a, b) => a.start - b.start);
}

/** Answers "is this position masked?" for increasing positions in linear total time. */
export class SpanCursor {
  private index = 0;
  private reach = -1;
  constructor(private readonly spans: readonly Span[]) {}
  covers(pos: number): boolean {
    while (this.index < this.spans.length && this.spans[this.index]!.start <= pos) {
      this.reach = Math.max(this.reach, this.spans[this.index]!.end);
      this.index += 1;
    }
    return pos < this.reach;
  }
}

/** Words and single marks, read from a position on (lastIndex). */
const WORD_OR_MARK = /[\p{L}\d&/]+|[^\s\p{L}\d]/gu;
/** A word a counted noun can hold: letters first. A module constant for the reason given in characters.ts. */
const NOUN_WORD = /^[\p{L}][\p{L}\d&/]*$/u;

/**
 * The counted noun after a number: "dịch vụ công trực tuyến", "TTHC", "Nghị quyết".
 * Words are read one at a time up to the first that ends the noun, mostly the first.
 */
export function countedNoun(text: string, pos: number): { noun: string; end: number } {
  let start = -1;
  let end = pos;
  let taken = 0;
  WORD_OR_MARK.lastIndex = pos;
  for (let m = WORD_OR_MARK.exec(text); m; m = WORD_OR_MARK.exec(text)) {
    const word = m[0];
    if (!NOUN_WORD.test(word) || NOUN_STOPS.has(word.toLowerCase())) break;
    if (start < 0) start = m.index;
    end = m.index + word.length;
    taken += 1;
    // A currency ends the unit: "9,6 tỷ USD góp phần ..." counts dollars.
    if (taken >= 4 || CURRENCY_WORDS.test(word)) break;
  }
  if (start < 0) return { noun: '', end: pos };
  return { noun: text.slice(start, end), end };
}

/** The first two words of a counted noun, abbreviations spelled out: what a repeat is recognised by. Nouns recur throughout a text. */
export const headNoun = boundedMemo(5000, computeHeadNoun);

function computeHeadNoun(noun: string): string {
  const words = foldVietnamese(noun).split(/[^a-z0-9]+/u).filter((w) => w !== '');
  while (words.length > 1 && ['cac', 'nhung', 'so', 'moi'].includes(words[0]!)) words.shift();
  return expandFoldedWords(words).slice(0, 2).join(' ');
}

export interface UnitReading {
  unit: string;
  noun: string;
  /** Where the counted noun starts (after the % sign or the scale word). */
  nounStart: number;
  end: number;
  valueMax?: number;
}

/** "8,3-8,5%": the end of a range right after a number. */
const RANGE_END = /^\s?[-–]\s?(\d+(?:[.,]\d+)*)(?![\p{L}\d/])/u;

/** How long a percent sign at `pos` is, with the one space it may follow (/^\s?%/): 0 when there is none. */
function percentSignAt(text: string, pos: number): number {
  const c = text.charAt(pos);
  if (c === '%') return 1;
  return isSpace(c) && text.charAt(pos + 1) === '%' ? 2 : 0;
}

/** Reads what follows a number: range end, %, scale word, currency or counted noun. */
export function readUnit(text: string, after: number): UnitReading {
  let cursor = after;
  let valueMax: number | undefined;
  let percent = false;
  const percentAt = percentSignAt(text, cursor);
  if (percentAt > 0) {
    percent = true;
    cursor += percentAt;
  }
  const range = RANGE_END.exec(text.slice(cursor, cursor + 24));
  if (range) {
    const upper = parseNumberToken(range[1]!);
    if (upper != null) {
      valueMax = upper;
      cursor += range[0].length;
    }
  }
  const trailingPercent = percentSignAt(text, cursor);
  if (trailingPercent > 0 && (valueMax != null || !percent)) {
    percent = true;
    cursor += trailingPercent;
  }
  if (percent) return { unit: '%', noun: countedNoun(text, cursor).noun, nounStart: cursor, end: cursor, valueMax };
  const scale = leadingScaleWord(text.slice(cursor, cursor + 16));
  if (scale) {
    cursor += scale.length;
    const { noun, end } = countedNoun(text, cursor);
    return { unit: noun ? `${scale.word} ${noun}` : scale.word, noun, nounStart: cursor, end: noun ? end : cursor, valueMax };
  }
  const { noun, end } = countedNoun(text, cursor);
  return { unit: noun, noun, nounStart: cursor, end: noun ? end : cursor, valueMax };
}

/** "17/5", "(17/5)", "ngày 1/10" are dates; "56/76 thủ tục", "46/132" are counts and ranks. */
export function isDateLike(text: string, start: number, first: number, second: number, afterEnd: number): boolean {
  if (first > 31 || second > 12 || second < 1 || first < 1) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  if (/(?:ngày|hôm|sáng|chiều|tối|từ|đến|trước|sau|nay|\()\s*$/iu.test(before)) return true;
  if (/^\s*\)/u.test(text.slice(afterEnd, afterEnd + 3))) return true;
  return countedNoun(text, afterEnd).noun === '';
}

/** Verbs before a number, as words: a level, a change up, a change down. */
const LEVEL_WORDS = [
  'đạt', 'là', 'có', 'còn', 'chiếm', 'lên', 'xuống', 'ban hành', 'thông qua', 'cấp', 'xây dựng', 'thành lập', 'lắp đặt',
  'làm sạch', 'xử lý', 'mở', 'thu hút', 'cắt giảm', 'tinh giảm',
];
const CHANGE_UP_WORDS = ['tăng trưởng', 'tăng', 'thêm', 'gấp'];
const CHANGE_DOWN_WORDS = ['giảm'];

/** Matches a text that ends with one of the phrases (their spaces any whitespace). */
function endsWithOneOf(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:${phrases.map((p) => p.replace(/ /gu, String.raw`\s`)).join('|')})$`, 'u');
}

const LEVEL_VERBS = endsWithOneOf(LEVEL_WORDS);
const CHANGE_UP = endsWithOneOf(CHANGE_UP_WORDS);
const CHANGE_DOWN = endsWithOneOf(CHANGE_DOWN_WORDS);
/** The verbs' last words: a word that ends with none of them ends no verb, and is passed over. */
const VERB_LAST_WORDS = [...LEVEL_WORDS, ...CHANGE_UP_WORDS, ...CHANGE_DOWN_WORDS].map((p) => p.split(' ').pop() as string);
const VERB_END = endsWithOneOf(VERB_LAST_WORDS);
/** Some word of a text ends like a verb: without one, a clause is not split into words at all. */
const ANY_VERB_END = new RegExp(`(?:${VERB_LAST_WORDS.join('|')})(?=\\s|$)`, 'u');

/**
 * The kind the nearest verb gives the number after it: "tăng 20,5%" is a change up,
 * "giảm 5 bộ" a change down, "cắt giảm 872 TTHC" and "tăng lên 50%" are levels.
 */
export function kindFromVerb(clause: string): { kind: FigureKind; direction?: 'up' | 'down' } | null {
  if (!ANY_VERB_END.test(clause)) return null;
  const words = clause.trim().split(/\s+/u).filter((w) => w !== '');
  for (let i = words.length; i > 0; i--) {
    if (!VERB_END.test(words[i - 1] as string)) continue;
    const upto = words.slice(Math.max(0, i - 3), i).join(' ');
    const next = words[i]?.toLowerCase() ?? '';
    if (CHANGE_UP.test(upto) && next !== 'lên' && next !== 'tới') return { kind: 'change', direction: 'up' };
    if (CHANGE_DOWN.test(upto) && !/(?:cắt|tinh)\sgiảm$/u.test(upto) && next !== 'còn' && next !== 'xuống') {
      return { kind: 'change', direction: 'down' };
    }
    if (LEVEL_VERBS.test(upto)) return { kind: 'level' };
  }
  return null;
}

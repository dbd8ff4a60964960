/**
 * Time wordings of the texts: deadlines of tasks ("hoàn thành trong tháng 8/2025",
 * "trong Quý I/2026", "trước ngày 15/01/2026", "nhiệm vụ thường xuyên") turned into
 * the last day the work may be finished, and periods of figures ("6 tháng đầu năm
 * 2025", "quý I/2025") turned into the date the figure stands at.
 * When a wording leaves out the year, the session's year is used.
 */
import type { DeadlineKind, IsoDate } from '../../domain/model';
import { isLetterOrDigit } from './characters';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Years a session text can mean; "tháng 1/0000" is a typo, not a date. */
export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1900 && year <= 2199;
}

export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!isPlausibleYear(year) || month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function endOfMonth(year: number, month: number): IsoDate {
  return `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`;
}

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Reference for wordings without a year: the session date when known, else its year. */
export interface DateContext {
  sessionDate: IsoDate | null;
  year: number | null;
}

function yearOf(context: DateContext): number | null {
  if (context.sessionDate) return Number(context.sessionDate.slice(0, 4));
  return context.year;
}

/**
 * A deadline without a year lies after the session: "trong tháng 1" said in December
 * means next January. A wording more than two months before the session date rolls over.
 */
function resolveYear(explicit: string | undefined, month: number, context: DateContext): number | null {
  if (explicit) return isPlausibleYear(Number(explicit)) ? Number(explicit) : null;
  const year = yearOf(context);
  if (year == null) return null;
  if (context.sessionDate) {
    const sessionMonth = Number(context.sessionDate.slice(5, 7));
    if (month < sessionMonth - 2) return year + 1;
  }
  return year;
}

export interface DeadlineMatch {
  start: number;
  end: number;
  kind: DeadlineKind;
  due: IsoDate | null;
  text: string;
  /** "…, hoàn thành trong tháng 8/2025": closes all the work listed since the last deadline. */
  completion: boolean;
  /** An undatable wording ("theo lộ trình") still closes the work before it. */
  closes: boolean;
}

interface DeadlinePattern {
  /** A word every match contains: a clause without it skips the pattern. */
  telltale: string;
  regex: RegExp;
  resolve(match: RegExpExecArray, context: DateContext): { kind: DeadlineKind; due: IsoDate | null } | null;
}

/** Words that may open a deadline; the match keeps them in `text`. */
const LEAD_IN = String.raw`(?:(?:hoàn thành|xong)\s)?(?:ngay\s)?(?:trong|trước|hết|đến hết|cuối|vào cuối|chậm nhất(?: là)?(?: trong| trước)?|muộn nhất|trong thời hạn|ngay trong|thời hạn(?: hoàn thành)?:?)`;

const DEADLINE_PATTERNS: readonly DeadlinePattern[] = [
  {
    // trước ngày 15/01/2026, ngày 1/10, trước ngày 15 tháng 01 năm 2026
    telltale: 'ngày',
    regex: new RegExp(
      String.raw`(?:${LEAD_IN}\s)?ngày\s(\d{1,2})\s?(?:[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}))?|tháng\s(\d{1,2})(?:\snăm\s(\d{4}))?)`,
      'giu',
    ),
    resolve(m, context) {
      const day = Number(m[1]);
      const month = Number(m[2] ?? m[4]);
      const year = resolveYear(m[3] ?? m[5], month, context);
      if (year == null) return { kind: 'date', due: null };
      const due = isoDate(year, month, day);
      return due ? { kind: 'date', due } : null;
    },
  },
  {
    // trước 15/12/2025, chậm nhất 30/6: a date with a deadline word but without "ngày"
    telltale: '/',
    regex: new RegExp(String.raw`(?:${LEAD_IN}|hạn)\s(\d{1,2})\s?\/\s?(\d{1,2})(?:\s?\/\s?(\d{4}))?(?![\d/])`, 'giu'),
    resolve(m, context) {
      const day = Number(m[1]);
      const month = Number(m[2]);
      const year = resolveYear(m[3], month, context);
      if (year == null) return { kind: 'date', due: null };
      const due = isoDate(year, month, day);
      return due ? { kind: 'date', due } : null;
    },
  },
  {
    // 6 tháng cuối năm 2025, nửa đầu năm 2026
    telltale: 'năm',
    regex: new RegExp(String.raw`(?:(?:trong|hết)\s)?(?:6 tháng|sáu tháng|nửa)\s(đầu|cuối)\snăm(?:\s(\d{4}))?`, 'giu'),
    resolve(m, context) {
      const year = m[2] ? Number(m[2]) : yearOf(context);
      if (year == null || !isPlausibleYear(year)) return { kind: 'half', due: null };
      return { kind: 'half', due: m[1]?.toLowerCase() === 'đầu' ? `${year}-06-30` : `${year}-12-31` };
    },
  },
  {
    // trong Quý I/2026, quý III năm 2025, trước quý IV
    telltale: 'quý',
    regex: new RegExp(String.raw`(?:${LEAD_IN}\s)?quý\s(IV|III|II|I|[1-4])(?![\p{L}\d])(?:\s?[/.-]\s?(\d{4})|\snăm\s(\d{4}))?`, 'giu'),
    resolve(m, context) {
      const quarter = ROMAN_QUARTERS[(m[1] ?? '').toLowerCase()];
      if (!quarter) return null;
      const before = /\btrước\s+quý/i.test(m[0]);
      const endMonth = before ? quarter * 3 - 3 : quarter * 3;
      let year = resolveYear(m[2] ?? m[3], endMonth || 12, context);
      if (year == null) return { kind: 'quarter', due: null };
      if (endMonth === 0) year -= 1;
      return { kind: 'quarter', due: endOfMonth(year, endMonth || 12) };
    },
  },
  {
    // hoàn thành trong tháng 8/2025, trong tháng 01/2026, trước tháng 9 năm 2025
    telltale: 'tháng',
    regex: new RegExp(String.raw`(?:${LEAD_IN}\s)tháng\s(\d{1,2})(?![\d,])(?:\s?[/.-]\s?(\d{4})|\snăm\s(\d{4}))?`, 'giu'),
    resolve(m, context) {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      const before = /trước\s+tháng/i.test(m[0]);
      const endMonth = before ? month - 1 : month;
      let year = resolveYear(m[2] ?? m[3], month, context);
      if (year == null) return { kind: 'month', due: null };
      if (endMonth === 0) year -= 1;
      return { kind: 'month', due: endOfMonth(year, endMonth || 12) };
    },
  },
  {
    // trong năm 2026, cuối năm 2025, trước năm 2027, đến hết năm 2025
    telltale: 'năm',
    regex: new RegExp(String.raw`(?:${LEAD_IN}\s)năm\s(\d{4})(?![\d/-])`, 'giu'),
    resolve(m) {
      const before = /trước\s+năm/i.test(m[0]);
      const year = Number(m[1]) - (before ? 1 : 0);
      return isPlausibleYear(year) ? { kind: 'year', due: `${year}-12-31` } : { kind: 'year', due: null };
    },
  },
];

/** Wordings that give no date but close the work listed before them. */
const UNDATABLE = /(?:theo\s(?:lộ trình|tiến độ)[^;.]*|tại\skỳ\shọp\s(?:sắp tới|tới|tiếp theo|gần nhất)[^,;.]*)/giu;

const RECURRING = /(?:nhiệm vụ\s)?thường xuyên|(?:hằng|hàng)\s(?:tháng|quý|năm|tuần)/giu;

/** A date that belongs to a document reference ("Quyết định số 2352/QĐ-TTg ngày 24/10/2025") or marks a start. */
function isNotADeadline(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\btừ\s*$/iu.test(before)) return true;
  return /\d+\s?\/\s?[\p{Lu}Đ][\p{L}Đđ-]*(?:\/[\p{L}\d-]+)*\s*$/u.test(before);
}

/** Every deadline wording in a clause, in order, without overlaps. */
export function findDeadlines(text: string, context: DateContext): DeadlineMatch[] {
  const found: DeadlineMatch[] = [];
  const lower = text.toLowerCase();
  // Characters already taken by a match: checking a new match costs its own length,
  // not the number of matches so far (a long text of deadlines was quadratic).
  const taken = new Uint8Array(text.length);
  const overlaps = (start: number, end: number) => taken.subarray(start, end).includes(1);
  const take = (match: DeadlineMatch) => {
    taken.fill(1, match.start, match.end);
    found.push(match);
  };
  for (const pattern of DEADLINE_PATTERNS) {
    if (!lower.includes(pattern.telltale)) continue;
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end) || isNotADeadline(text, start) || startsMidWord(text, start)) continue;
      const resolved = pattern.resolve(m, context);
      if (!resolved) continue;
      take({
        start,
        end,
        ...resolved,
        text: m[0],
        completion: /^(?:hoàn thành|xong)/iu.test(m[0]) || /(?:^|[,;:]\s*)hoàn thành\b[^;]{0,60}$/iu.test(boundedBefore(text, start)),
        closes: true,
      });
    }
  }
  UNDATABLE.lastIndex = 0;
  for (let m = lower.includes('theo') || lower.includes('kỳ họp') ? UNDATABLE.exec(text) : null; m; m = UNDATABLE.exec(text)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    take({ start: m.index, end: m.index + m[0].length, kind: 'none', due: null, text: m[0].trim(), completion: false, closes: true });
  }
  RECURRING.lastIndex = 0;
  const mayRecur = lower.includes('thường xuyên') || lower.includes('hằng') || lower.includes('hàng');
  for (let m = mayRecur ? RECURRING.exec(text) : null; m; m = RECURRING.exec(text)) {
    if (overlaps(m.index, m.index + m[0].length) || !isRecurringUse(text, m.index, m[0])) continue;
    // "Nhiệm vụ thường xuyên" ends the work it qualifies; an adverb ("hằng tháng") only colours it.
    const closes = /^nhiệm vụ/iu.test(m[0]);
    take({ start: m.index, end: m.index + m[0].length, kind: 'recurring', due: null, text: m[0], completion: false, closes });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text just before a position; a leading space stands for the cut, so "^" still means the clause start. */
function boundedBefore(text: string, start: number, size = 100): string {
  return start > size ? ` ${text.slice(start - size, start)}` : text.slice(0, start);
}

function startsMidWord(text: string, start: number): boolean {
  return start > 0 && isLetterOrDigit(text.charAt(start - 1));
}

/**
 * "Thường xuyên" marks recurring work when it qualifies the task (at a clause start or
 * as "nhiệm vụ thường xuyên"), not in "chi thường xuyên" (recurrent spending).
 */
function isRecurringUse(text: string, start: number, word: string): boolean {
  if (/^nhiệm vụ/iu.test(word)) return true;
  const before = boundedBefore(text, start, 20);
  if (/^(?:hằng|hàng)/iu.test(word)) return !/(?:chi|các|của)\s*$/iu.test(before);
  return /(?:^|[,;:])\s*$/u.test(before);
}

// --- Periods of figures -----------------------------------------------------------

const PERIOD_PATTERNS: readonly RegExp[] = [
  /(?:[Tt]ừ|[Tt]rong)\s(?:ngày\s)?\d{1,2}\/\d{1,2}(?:\/\d{4})?\s(?:đến|tới)\s(?:ngày\s)?\d{1,2}\/\d{1,2}(?:\/\d{4})?/u,
  /(?:lũy kế|luỹ kế)?\s?(?:từ\snăm\s\d{4}\s)?đến\s(?:nay|hết\s(?:tháng|quý|năm)[^,;.]{1,12}|tháng\s\d{1,2}(?:\/\d{4})?|ngày\s\d{1,2}\/\d{1,2}(?:\/\d{4})?)/iu,
  /(?:\b\d{1,2}|(?<!\p{L})(?:sáu|ba|chín))\stháng(?:\s(?:đầu|cuối))?(?:\snăm)?(?:\s\d{4})?/iu,
  /quý\s(?:IV|III|II|I|[1-4])(?:\s?\/\s?\d{4}|\snăm\s\d{4})?/iu,
  /(?:giai đoạn|nhiệm kỳ)\s\d{4}\s?[-–]\s?\d{4}/iu,
  /(?:cuối\s)?năm\s\d{4}/iu,
  /tháng\s\d{1,2}(?:\s?\/\s?\d{4}|\snăm\s\d{4})?/iu,
  /sau\ssắp\sxếp/iu,
];

/** All period wordings in one scan: at each place the earliest-listed wording wins. */
const ANY_PERIOD = new RegExp(PERIOD_PATTERNS.map((p) => `(?:${p.source})`).join('|'), 'giu');

export interface PeriodMatch {
  text: string;
  index: number;
}

/**
 * A word every period wording contains: a text without one names no period, and the
 * scan of ANY_PERIOD, a long alternation tried at every position, is skipped. Most of
 * a text dense with figures is such text. Each of PERIOD_PATTERNS needs one of these
 * words; a pattern added without one adds its word here.
 */
const PERIOD_WORD = /đến|tới|tháng|quý|đoạn|kỳ|năm|xếp/iu;

/** The period wording of a match, unless it is the period compared with ("tăng 20% so với quý I/2024"). */
function periodOf(m: RegExpExecArray, text: string): PeriodMatch | null {
  const trimmed = m[0].trim();
  const index = m.index + (m[0].length - m[0].trimStart().length);
  if (trimmed === '' || /(?:so\svới|cùng\skỳ)\s*$/iu.test(text.slice(Math.max(0, index - 12), index))) return null;
  return { text: trimmed, index };
}

/** The period a figure's sentence names, as worded; the earliest wording wins. */
export function findPeriod(text: string): PeriodMatch | null {
  if (!PERIOD_WORD.test(text)) return null;
  for (const m of text.matchAll(ANY_PERIOD)) {
    const period = periodOf(m, text);
    if (period) return period;
  }
  return null;
}

/** Every period wording of a text, in order, without overlaps. */
export function findPeriods(text: string): PeriodMatch[] {
  if (!PERIOD_WORD.test(text)) return [];
  const found: PeriodMatch[] = [];
  for (const m of text.matchAll(ANY_PERIOD)) {
    const period = periodOf(m, text);
    if (period) found.push(period);
  }
  return found;
}

/**
 * The date a figure stands at, from its period: "6 tháng đầu năm 2025" -> 2025-06-30,
 * "năm 2025" -> 2025-12-31, "quý I/2025" -> 2025-03-31; otherwise the session date.
 */
export function periodEnd(period: string | null, sessionDate: IsoDate): IsoDate {
  if (!period) return sessionDate;
  const sessionYear = Number(sessionDate.slice(0, 4));
  const p = period.toLowerCase();
  const range = /(?:đến|tới)\s(?:ngày\s)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/u.exec(p);
  if (range) return isoDate(Number(range[3] ?? sessionYear), Number(range[2]), Number(range[1])) ?? sessionDate;
  if (/đến nay|hiện nay/u.test(p)) return sessionDate;
  const years = [...p.matchAll(/\d{4}/gu)].map((m) => Number(m[0])).filter(isPlausibleYear);
  const year = years.length > 0 ? Math.max(...years) : sessionYear;
  const months = /(\d{1,2}|sáu|ba|chín)\stháng(?:\s(đầu|cuối))?/u.exec(p);
  if (months) {
    const count = { sáu: 6, ba: 3, chín: 9 }[months[1] as 'sáu' | 'ba' | 'chín'] ?? Number(months[1]);
    if (months[2] === 'cuối' || count > 12) return `${year}-12-31`;
    return endOfMonth(year, Math.max(1, count));
  }
  const quarter = /quý\s(iv|iii|ii|i|[1-4])/u.exec(p);
  if (quarter) return endOfMonth(year, (ROMAN_QUARTERS[quarter[1] ?? ''] ?? 4) * 3);
  const month = /tháng\s(\d{1,2})/u.exec(p);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return endOfMonth(year, Number(month[1]));
  if (years.length > 0) return `${year}-12-31`;
  return sessionDate;
}

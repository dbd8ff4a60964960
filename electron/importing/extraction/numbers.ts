/**
 * Numbers as Vietnamese administrative texts write them: comma decimal mark, dot
 * thousands separator ("39,51"; "1.259.499"), with the occasional dot decimal
 * ("50.5 triệu"), leading zeros ("03 tuyến cáp") and scale words (nghìn, triệu, tỷ,
 * nghìn tỷ). Also what a unit means, so "thủ tục" and "TTHC" compare equal.
 */
import { foldVietnamese } from '../../domain/vietnamese';
import { boundedMemo } from '../../domain/bounded-memo';
import { isLetterOrDigit } from './characters';

/**
 * Reads one number token. A single dot followed by exactly three digits groups
 * thousands ("3.241"); followed by one or two digits it is a decimal slip ("50.5").
 * A single comma is the decimal mark; several separators of one kind group thousands.
 */
export function parseNumberToken(token: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(token)) return null;
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x2e) dots += 1;
    else if (c === 0x2c) commas += 1;
  }
  let normalised: string;
  if (dots > 0 && commas > 0) {
    const lastComma = token.lastIndexOf(',');
    const lastDot = token.lastIndexOf('.');
    normalised = lastComma > lastDot ? token.replace(/\./g, '').replace(',', '.') : token.replace(/,/g, '');
  } else if (dots > 1) {
    if (!/^\d{1,3}(?:\.\d{3})+$/.test(token)) return null;
    normalised = token.replace(/\./g, '');
  } else if (dots === 1) {
    const after = token.slice(token.indexOf('.') + 1);
    normalised = after.length === 3 ? token.replace('.', '') : token;
  } else if (commas > 1) {
    if (!/^\d{1,3}(?:,\d{3})+$/.test(token)) return null;
    normalised = token.replace(/,/g, '');
  } else {
    normalised = token.replace(',', '.');
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

export type Scale = 'thousand' | 'million' | 'billion' | 'trillion' | null;

/** Scale words, longest first so "nghìn tỷ" wins over "nghìn". */
const SCALE_WORDS: readonly [string, Exclude<Scale, null>][] = [
  ['nghìn tỷ', 'trillion'],
  ['ngàn tỷ', 'trillion'],
  ['nghìn tỉ', 'trillion'],
  ['ngàn tỉ', 'trillion'],
  ['nghìn', 'thousand'],
  ['ngàn', 'thousand'],
  ['triệu', 'million'],
  ['tỷ', 'billion'],
  ['tỉ', 'billion'],
];

/** The scale word at the start of `text` (after spaces), with its length. */
export function leadingScaleWord(text: string): { word: string; scale: Exclude<Scale, null>; length: number } | null {
  const lower = text.toLowerCase();
  const spaces = lower.length - lower.trimStart().length;
  const rest = lower.slice(spaces);
  // "tỷ lệ" is a rate, not a billion.
  if (/^t[ỷỉ]\slệ/u.test(rest)) return null;
  for (const [word, scale] of SCALE_WORDS) {
    if (rest.startsWith(word) && !isLetterOrDigit(rest.charAt(word.length))) {
      return { word: text.slice(spaces, spaces + word.length), scale, length: spaces + word.length };
    }
  }
  return null;
}

export type Currency = 'VND' | 'USD' | 'EUR' | null;

export interface UnitMeaning {
  percent: boolean;
  scale: Scale;
  currency: Currency;
}

/**
 * What a unit means for comparison: percent or not, the scale word, the currency.
 * The counted noun ("thủ tục", "hồ sơ") is wording and does not take part. Units recur
 * throughout a text.
 */
export const unitMeaning = boundedMemo(5000, computeUnitMeaning);

function computeUnitMeaning(unit: string): UnitMeaning {
  const folded = ` ${foldVietnamese(unit).replace(/[^a-z0-9%/ ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
  // Percentage points ("tăng 3,2 điểm phần trăm") are a difference of percentages, not a percentage.
  const percent = !/ diem phan tram /.test(folded) && (folded.includes('%') || / phan tram /.test(folded));
  let scale: Scale = null;
  if (/ (nghin|ngan) (ty|ti) /.test(folded)) scale = 'trillion';
  else if (/ (ty|ti) /.test(folded)) scale = 'billion';
  else if (/ trieu /.test(folded)) scale = 'million';
  else if (/ (nghin|ngan) /.test(folded)) scale = 'thousand';
  let currency: Currency = null;
  if (/ (dong|vnd|vnđ) /.test(folded)) currency = 'VND';
  else if (/ (usd|do la|đo la|dollar) /.test(folded)) currency = 'USD';
  else if (/ (eur|euro) /.test(folded)) currency = 'EUR';
  return { percent, scale, currency };
}

export function sameUnitMeaning(a: string, b: string): boolean {
  const x = unitMeaning(a);
  const y = unitMeaning(b);
  return x.percent === y.percent && x.scale === y.scale && x.currency === y.currency;
}

/** Values agree when within half a percent of each other (rounding in the texts). */
export function sameValue(a: number, b: number, tolerance = 0.005): boolean {
  if (a === b) return true;
  const base = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= tolerance * base;
}

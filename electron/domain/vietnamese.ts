/**
 * Vietnamese text and number conventions, in one place: diacritic folding for
 * search, and number and date formatting as the staff write them (39,51%; 17/5/2025).
 * Pure functions that import nothing outside domain/, usable by the services and the
 * renderer alike.
 */
import { boundedMemo } from './bounded-memo';

/** Normalise to Unicode NFC: Vietnamese arrives both composed and decomposed. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Lower-case ASCII form for diacritic-insensitive search: "Đề án 06" -> "de an 06".
 * đ is a letter of its own, not d with a mark, so it is mapped explicitly.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** The places between groups of three digits, counted from the right. */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * A number in Vietnamese form: comma decimal mark, dot thousands separator.
 * `decimals` is the maximum number of decimals; trailing zeros are dropped.
 */
export function formatNumberVi(value: number, decimals = 2): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const fixed = Math.abs(rounded).toFixed(decimals);
  // Written without splitting and regular expressions where they are not needed: a
  // comparison of every series formats tens of thousands of numbers.
  const point = fixed.indexOf('.');
  const intPart = point < 0 ? fixed : fixed.slice(0, point);
  let end = fixed.length;
  if (point >= 0) while (end > point + 1 && fixed.charCodeAt(end - 1) === 48) end--;
  const frac = point < 0 ? '' : fixed.slice(point + 1, end);
  const grouped = intPart.length > 3 ? intPart.replace(THOUSANDS, '.') : intPart;
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** A percentage in Vietnamese form: 39.51 -> "39,51%". */
export function formatPercentVi(value: number, decimals = 2): string {
  return `${formatNumberVi(value, decimals)}%`;
}

function isoParts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Ngày không hợp lệ: "${iso}" (cần dạng YYYY-MM-DD)`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * A date as the staff write it in running text: "2025-05-17" -> "17/5/2025". Kept for
 * the dates already written: comparing every series words two dates in each of 10,000
 * rating reasons, from the same hundred or so dates.
 */
export const formatDateVi = boundedMemo(10_000, (iso: string): string => {
  const [y, m, d] = isoParts(iso);
  return `${d}/${m}/${y}`;
});

/**
 * The place-and-date line of an administrative document (Decree 30/2020):
 * days below 10 and the months 1 and 2 take a leading zero, other months do not.
 * "2025-08-08" -> "ngày 08 tháng 8 năm 2025".
 */
export function formatAdministrativeDate(iso: string): string {
  const [y, m, d] = isoParts(iso);
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

const ORDINALS = ['', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** The ordinal used in session titles: 1 -> "thứ nhất", 4 -> "thứ tư", 12 -> "thứ 12". */
export function sessionOrdinalVi(n: number): string {
  return `thứ ${ORDINALS[n] ?? String(n)}`;
}

/** Today's date as ISO in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

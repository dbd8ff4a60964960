/**
 * Day arithmetic on ISO dates (YYYY-MM-DD). Dates are calendar days without a time
 * zone, so they are read and written as UTC midnights: local time would shift a day
 * across daylight-saving changes on some machines.
 */
import { boundedMemo } from '../domain/bounded-memo';

const DAY_MS = 86_400_000;

/**
 * A date's UTC midnight; throws the user-facing message unless `iso` is a real calendar
 * date. Kept for the dates already seen: comparing every series as of a date reads the
 * same hundred or so dates (month ends, due dates) tens of thousands of times, and the
 * check (a regular expression, a parse and a round trip through a Date) was a tenth of
 * the work.
 */
const toUtcMs = boundedMemo(10_000, (iso: string): number => {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Number.NaN;
  // Date.parse rolls 2025-02-30 over to March: a real date survives the round trip.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new Error(`Ngày không hợp lệ: "${iso}" (cần dạng YYYY-MM-DD)`);
  }
  return ms;
});

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The date `days` days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  return isoOfDay(Math.round(toUtcMs(iso) / DAY_MS) + Math.round(days));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The ISO date of a day counted from 1970-01-01, by integer arithmetic (the civil-from-
 * days algorithm of H. Hinnant): a forecast computes a date for every series it looks
 * at, and a Date object with toISOString for each was a measurable part of comparing
 * every series. Years outside 0-9999 go through Date, which writes them in its own form.
 */
function isoOfDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export function assertIsoDate(iso: string): void {
  toUtcMs(iso);
}

/**
 * Deadlines for the sample tasks, with the due date computed as in extraction.md's
 * deadline table: a month, quarter, half or year ends on its last day; a dated
 * deadline is the named day; recurring and undated work has no due date.
 */
import type { Deadline, IsoDate } from '../../domain/model';

function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOfMonth(year: number, month: number): IsoDate {
  return iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** "trước ngày 15/01/2026": the named day. */
export function byDate(due: IsoDate, text: string): Deadline {
  return { kind: 'date', due, text };
}

/** "trong tháng 8/2025": the last day of the month. */
export function byMonth(month: number, year: number, text: string): Deadline {
  return { kind: 'month', due: lastDayOfMonth(year, month), text };
}

/** "trong Quý I/2026": the last day of the quarter. */
export function byQuarter(quarter: 1 | 2 | 3 | 4, year: number, text: string): Deadline {
  return { kind: 'quarter', due: lastDayOfMonth(year, quarter * 3), text };
}

/** "6 tháng cuối năm 2025": the last day of the half year. */
export function byHalf(half: 1 | 2, year: number, text: string): Deadline {
  return { kind: 'half', due: lastDayOfMonth(year, half * 6), text };
}

/** "trong năm 2026": 31 December. */
export function byYear(year: number, text: string): Deadline {
  return { kind: 'year', due: iso(year, 12, 31), text };
}

/** "nhiệm vụ thường xuyên": reported on, never overdue. */
export function recurring(text = 'nhiệm vụ thường xuyên'): Deadline {
  return { kind: 'recurring', due: null, text };
}

/** No time given, or one that cannot be dated ("sớm", "theo lộ trình"); the wording is kept. */
export function undated(text: string | null = null): Deadline {
  return { kind: 'none', due: null, text };
}

/**
 * One-megabyte inputs built to trip catastrophic backtracking or quadratic scans in
 * the importer: the same wording repeated with no sentence break, as a PDF table
 * reflowed into one line or a pasted list produces. Each must be read in well under
 * a second; the test runs them in a child process it can kill (large-input-child.ts).
 */
import { canonicalAgencyName, matchAgencyList, partnerLists } from '../../electron/importing/extraction/agencies';
import { findDeadlines, findPeriod, periodEnd } from '../../electron/importing/extraction/dates';
import { extractDocument } from '../../electron/importing/extraction/extract';
import { parseNumberToken, unitMeaning } from '../../electron/importing/extraction/numbers';

const MB = 1024 * 1024;

/** `unit` repeated to exactly one megabyte of UTF-16 code units. */
export function megabyteOf(unit: string): string {
  return unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
}

const SESSION = { sessionDate: '2025-07-20', year: 2025 };

export interface LargeInput {
  name: string;
  unit: string;
  read(text: string): unknown;
}

export const LARGE_INPUTS: readonly LargeInput[] = [
  { name: 'number: one run of digits', unit: '1', read: parseNumberToken },
  { name: 'number: dot-separated digits', unit: '1.', read: parseNumberToken },
  { name: 'number: mixed separators', unit: '1.111,', read: parseNumberToken },
  { name: 'number: every token of a figure table', unit: '1.234,5 ', read: (t) => t.split(' ').map(parseNumberToken).length },
  { name: 'unit: scale words', unit: 'nghìn tỷ đồng ', read: unitMeaning },
  { name: 'deadline: months', unit: 'hoàn thành trong tháng 8/2025 ', read: (t) => findDeadlines(t, SESSION) },
  { name: 'deadline: quarters', unit: 'trong Quý I/2026 ', read: (t) => findDeadlines(t, SESSION) },
  { name: 'deadline: dates', unit: 'trước ngày 15/01/2026 ', read: (t) => findDeadlines(t, SESSION) },
  { name: 'deadline: recurring', unit: 'nhiệm vụ thường xuyên, ', read: (t) => findDeadlines(t, SESSION) },
  { name: 'deadline: document references', unit: 'Quyết định số 1/QĐ-TTg ngày 1/1/2025 ', read: (t) => findDeadlines(t, SESSION) },
  { name: 'deadline: lead-in words only', unit: 'hoàn thành trình báo cáo trước ', read: (t) => findDeadlines(t, SESSION) },
  { name: 'period: date ranges', unit: 'từ ngày 1/1 đến ngày 30/6 ', read: findPeriod },
  { name: 'period end: repeated years', unit: '6 tháng đầu năm 2025 ', read: (t) => periodEnd(t, SESSION.sessionDate) },
  { name: 'agency: one name repeated', unit: 'Bộ Công an, ', read: canonicalAgencyName },
  { name: 'agency: a list that never ends', unit: 'Bộ Tài chính, Bộ KH&CN và ', read: (t) => matchAgencyList(t, 0) },
  { name: 'agency: partner lists', unit: 'phối hợp với Bộ Tài chính, ', read: partnerLists },
  { name: 'extraction: tasks with no sentence break', unit: 'Bộ Công an chủ trì, phối hợp với Bộ Tài chính xây dựng hệ thống, ', read: (t) => extractDocument(t, 'x.txt') },
  { name: 'extraction: figures with no sentence break', unit: 'đạt 39,51% mục tiêu 80% ', read: (t) => extractDocument(t, 'x.txt') },
  { name: 'extraction: a reflowed table row', unit: 'Hà Nội 39,51% 80% 12.345 hồ sơ ', read: (t) => extractDocument(t, 'x.txt') },
  { name: 'extraction: deadlines with no sentence break', unit: 'hoàn thành trong Quý I/2026, ', read: (t) => extractDocument(t, 'x.txt') },
  { name: 'extraction: digits and separators', unit: '1.1.1.1,1 ', read: (t) => extractDocument(t, 'x.txt') },
  { name: 'extraction: agency short forms', unit: 'Thủ tướng giao Bộ KH&CN, Bộ TT&TT và ', read: (t) => extractDocument(t, 'x.txt') },
  { name: 'extraction: one paragraph per line', unit: 'Bộ Y tế.\n', read: (t) => extractDocument(t, 'x.txt') },
  { name: 'extraction: whitespace only', unit: ' \t\u00a0\n', read: (t) => extractDocument(t, 'x.txt') },
];

/**
 * The briefing report's tables: indicators against targets, tasks by lead agency and
 * status, and task lists. Fixed column weights, numbers right-aligned in Vietnamese form.
 */
import type { AgencyTaskCounts, IndicatorComparison, TaskCountsByAgency, TaskWithStatus } from '../comparison';
import type { TaskStatus } from '../domain/model';
import { formatNumberVi } from '../domain/vietnamese';
import { deadlineLabel } from './deadline-wording';
import type { TableBlock, TableColumn, TableRow } from './document-model';
import { actualText, attainmentText, capitalised, changeText, gapText, targetText } from './figure-wording';
import type { IndicatorEntry, ScopeSummary } from './scope-summary';
import { BEHIND } from './scope-summary';
import type { AgencyDigest } from './task-digest';

const INDICATOR_COLUMNS: TableColumn[] = [
  { header: 'Chỉ tiêu', weight: 24, align: 'left' },
  { header: 'Phạm vi', weight: 11, align: 'left' },
  { header: 'Mục tiêu', weight: 11, align: 'right' },
  { header: 'Kết quả', weight: 13, align: 'right' },
  { header: 'Tỷ lệ đạt', weight: 9, align: 'right' },
  { header: 'Chênh lệch', weight: 12, align: 'right' },
  // Wide enough for "Chậm/Không đạt" to break between its words only.
  { header: 'Đánh giá', weight: 15, align: 'center' },
  { header: 'Thay đổi so với phiên trước', weight: 12, align: 'right' },
];

/** One series: target, latest actual, attainment, shortfall, rating, change. */
function seriesRow(c: IndicatorComparison): TableRow {
  return {
    cells: [
      c.indicatorName,
      c.scopeLabel,
      targetText(c),
      c.actual ? `${actualText(c)}${c.actual.period ? ` (${c.actual.period})` : ''}` : '',
      attainmentText(c),
      gapText(c),
      c.ratingLabel,
      changeText(c),
    ],
  };
}

/**
 * Many scopes in one row: how many, their shared target, the range of their figures and
 * how many have each rating; no attainment, gap or change, which belong to one figure.
 */
function summaryRow(s: ScopeSummary): TableRow {
  return { cells: [s.indicatorName, s.scopes, s.target, s.figures, '', '', capitalised(s.ratings.join('; ')), ''] };
}

/**
 * One row per series written out and per summary of many scopes. With `lagging`, as in
 * the appendix, each summary is followed by its scopes furthest behind (SCOPES_NAMED).
 */
export function indicatorTable(caption: string | null, entries: readonly IndicatorEntry[], lagging: boolean): TableBlock {
  const rows = entries.flatMap((entry) => [
    ...entry.listed.map(seriesRow),
    ...entry.summaries.flatMap((s) => [summaryRow(s), ...(lagging ? s.worst.filter((c) => BEHIND.has(c.rating)).map(seriesRow) : [])]),
  ]);
  return { kind: 'table', caption, columns: INDICATOR_COLUMNS, small: true, rows };
}

const STATUS_COLUMNS: ReadonlyArray<[TaskStatus, string]> = [
  ['done_on_time', 'Hoàn thành đúng hạn'],
  ['done_late', 'Hoàn thành quá hạn'],
  ['in_progress_on_time', 'Đang thực hiện trong hạn'],
  ['overdue', 'Quá hạn chưa hoàn thành'],
  ['recurring', 'Thường xuyên'],
];

function countCells(counts: Pick<AgencyTaskCounts, 'counts' | 'total'>): string[] {
  return [formatNumberVi(counts.total), ...STATUS_COLUMNS.map(([status]) => formatNumberVi(counts.counts[status]))];
}

/** Tasks by the agency that answers for them now, by status, with a total row. */
export function tasksByAgencyTable(caption: string, counts: TaskCountsByAgency): TableBlock {
  const total = Object.values(counts.totals).reduce((a, b) => a + b, 0);
  const rows: TableRow[] = counts.agencies.map((a, i) => ({ cells: [String(i + 1), a.agencyName, ...countCells(a)] }));
  rows.push({ cells: ['', 'Tổng cộng', ...countCells({ counts: counts.totals, total })], bold: true });
  return {
    kind: 'table',
    caption,
    columns: [
      { header: 'STT', weight: 7, align: 'center' },
      { header: 'Cơ quan chủ trì', weight: 24, align: 'left' },
      // Wide enough for a bold "100.000" on one line.
      { header: 'Tổng số', weight: 12, align: 'right' },
      ...STATUS_COLUMNS.map(([, header]) => ({ header, weight: 11.4, align: 'right' as const })),
    ],
    rows,
  };
}

function taskColumns(withOverdueDays: boolean): TableColumn[] {
  const columns: TableColumn[] = [
    { header: 'STT', weight: 7, align: 'center' },
    { header: 'Nhiệm vụ', weight: 47, align: 'left' },
    { header: 'Cơ quan chủ trì', weight: 20, align: 'left' },
    { header: 'Thời hạn', weight: 14, align: 'center' },
  ];
  if (withOverdueDays) columns.push({ header: 'Số ngày quá hạn', weight: 12, align: 'right' });
  return columns;
}

function taskRow(task: TaskWithStatus, number: number, withOverdueDays: boolean): TableRow {
  const cells = [String(number), capitalised(task.content.trim()), task.currentAgencyName ?? task.leadName ?? '', deadlineLabel(task.deadline)];
  if (withOverdueDays) cells.push(task.overdueDays != null ? formatNumberVi(task.overdueDays) : '');
  return { cells };
}

/** A list of tasks: content, lead agency, deadline and, for overdue work, the days past it. */
export function taskTable(caption: string | null, tasks: readonly TaskWithStatus[], withOverdueDays: boolean): TableBlock {
  return { kind: 'table', caption, columns: taskColumns(withOverdueDays), rows: tasks.map((task, i) => taskRow(task, i + 1, withOverdueDays)) };
}

/**
 * A list too long to print whole, agency by agency: the first tasks of each by deadline,
 * then a row "và 120 nhiệm vụ khác" (`more` words it) for the rest of that agency's.
 */
export function cappedTaskTable(agencies: readonly AgencyDigest[], withOverdueDays: boolean, more: (count: number) => string): TableBlock {
  let number = 0;
  const rows = agencies.flatMap((agency) => {
    const listed = agency.first.map((task) => taskRow(task, ++number, withOverdueDays));
    const rest = agency.count - agency.first.length;
    if (rest <= 0) return listed;
    const cells = ['', more(rest), agency.agencyName, ''];
    if (withOverdueDays) cells.push('');
    return [...listed, { cells }];
  });
  return { kind: 'table', caption: null, columns: taskColumns(withOverdueDays), rows };
}

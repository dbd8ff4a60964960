import type { IndicatorComparison, TaskWithStatus } from '../../comparison';
import {
  compareIndicators,
  countTasksByAgency,
  forEachTaskStatus,
  formatAttainment,
  formatFigure,
  formatGap,
  formatValue,
  listTaskStatuses,
  resolveAsOf,
} from '../../comparison';
import { formatDateVi, formatNumberVi } from '../../domain/vietnamese';
import type { Db } from '../../db/open';
import { openDatabase } from '../../db/open';
import type { IsoDate } from '../../domain/model';
import type { CliCommand, CliIo } from '../command';
import { optionalId, optionalIsoDate, optionalString, printJson, requireOption } from '../command';
import { printJsonWithList } from '../json-list';

/** Opens the database for a read, runs `use`, and closes it whatever happens. */
function withDatabase(file: string, use: (db: Db) => void): void {
  const db = openDatabase(file, { mustExist: true });
  try {
    use(db);
  } finally {
    db.close();
  }
}

/** Columns padded to their widest cell; long texts are cut so a row stays on one line. */
function table(headers: string[], rows: string[][], maxWidth = 60): string {
  const cut = (cell: string) => (cell.length > maxWidth ? `${cell.slice(0, maxWidth - 1)}…` : cell);
  const cells = [headers, ...rows].map((row) => row.map(cut));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(cells[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function comparisonRow(c: IndicatorComparison): string[] {
  return [
    c.indicatorName,
    c.scopeLabel,
    c.actual ? formatFigure(c.actual, c.unit) : '—',
    c.actual ? formatDateVi(c.actual.asOf) : '',
    c.targetValue != null ? formatValue(c.targetValue, c.valueUnit) : '—',
    c.target ? formatDateVi(c.target.dueDate) : '',
    c.attainment != null ? formatAttainment(c.attainment) : '',
    c.gap != null ? formatGap(c.gap, c.gapUnit) : '',
    c.ratingLabel,
  ];
}

export const compareCommand: CliCommand = {
  name: 'compare',
  usage: 'compare --db FILE [--as-of YYYY-MM-DD] [--session ID] [--json]',
  summary:
    'each indicator with its latest actual as of the date (default: the session date, else today; ' +
    'a figure counts once a session held by that date reported it), ' +
    'target, attainment (a fraction), gap, expected value, rating and earlier figures',
  async run(args, io) {
    withDatabase(requireOption(args, 'db'), (db) => {
      const sessionId = optionalId(args, 'session');
      const asOf = resolveAsOf(db, { asOf: optionalIsoDate(args, 'as-of'), sessionId });
      const indicators = compareIndicators(db, { asOf, sessionId });
      if (args.options.json) return printJson(io, { asOf, sessionId: sessionId ?? null, indicators });
      io.out(`So sánh mục tiêu và kết quả đến ngày ${formatDateVi(asOf)}\n`);
      io.out(
        table(
          ['Chỉ tiêu', 'Phạm vi', 'Kết quả', 'Ngày số liệu', 'Mục tiêu', 'Hạn', 'Đạt', 'Còn thiếu', 'Đánh giá'],
          indicators.map(comparisonRow),
        ),
      );
    });
  },
};

function taskRow(t: TaskWithStatus): string[] {
  return [
    String(t.id),
    t.deadline.due ? formatDateVi(t.deadline.due) : (t.deadline.text ?? ''),
    t.statusLabel,
    t.currentAgencyName ?? '',
    t.content,
  ];
}

export const tasksCommand: CliCommand = {
  name: 'tasks',
  usage: 'tasks --db FILE [--as-of YYYY-MM-DD] [--agency NAME] [--json]',
  summary:
    "each task with its status as of the date (default today), and per-agency counts by status; a merged ministry's tasks count under its successor",
  async run(args, io) {
    withDatabase(requireOption(args, 'db'), (db) => {
      const agency = optionalString(args, 'agency');
      const asOf = optionalIsoDate(args, 'as-of');
      if (args.options.json) return printTasksJson(db, io, { asOf, agency });
      const list = listTaskStatuses(db, { asOf, agency });
      const counts = countTasksByAgency(db, list.asOf, { agency });
      io.out(`Đến ngày ${formatDateVi(list.asOf)}: ${counts.summary}.\n`);
      const n = (v: number) => formatNumberVi(v);
      io.out(
        table(
          ['Cơ quan chủ trì', 'Tổng', 'Xong đúng hạn', 'Xong quá hạn', 'Trong hạn', 'Quá hạn', 'Thường xuyên'],
          counts.agencies.map((a) => [
            a.agencyName,
            n(a.total),
            n(a.counts.done_on_time),
            n(a.counts.done_late),
            n(a.counts.in_progress_on_time),
            n(a.counts.overdue),
            n(a.counts.recurring),
          ]),
        ),
      );
      io.out('');
      io.out(table(['Số', 'Thời hạn', 'Trạng thái', 'Cơ quan chủ trì', 'Nội dung'], list.tasks.map(taskRow), 80));
    });
  },
};

/**
 * `tasks --json`: the date, the summary and totals, every task with its status, then the
 * counts per agency. The tasks are written as they are read, so every task of years of
 * sessions prints without being held at once.
 */
export function printTasksJson(db: Db, io: CliIo, options: { asOf?: IsoDate; agency?: string }): void {
  const asOf = resolveAsOf(db, { asOf: options.asOf });
  const counts = countTasksByAgency(db, asOf, { agency: options.agency });
  printJsonWithList(
    io,
    { asOf, agency: options.agency ?? null, summary: counts.summary, totals: counts.totals },
    'tasks',
    (add) => forEachTaskStatus(db, { asOf, agency: options.agency }, add),
    { byAgency: counts.agencies },
  );
}

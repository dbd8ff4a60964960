/** Latency of the comparison services on the generated database, as of each session's date. */
import { compareIndicators, countTasksByAgency, listTaskStatuses } from '../electron/comparison';
import type { CliIo } from '../electron/cli/command';
import { printTasksJson } from '../electron/cli/commands/comparison';
import type { Db } from '../electron/db/open';
import type { Latency } from './measure';
import { latency } from './measure';
import type { Metric } from './report';

/** A page of the task list as the Tasks screen asks for it. */
const PAGE = 100;

function latencyMetrics(key: string, label: string, result: Latency, note: string): Metric[] {
  return [
    { key: `${key}_p50_ms`, label, value: result.p50, unit: 'ms p50', note: `${result.runs} runs; ${note}` },
    { key: `${key}_p95_ms`, label, value: result.p95, unit: 'ms p95' },
  ];
}

/**
 * `runs` dates "as of any date": session dates spread evenly from the first to the latest.
 * As of the first, every series' figures come from one session, which the list once
 * checked series by series (indicators.ts); the latest dates have the most figures.
 */
export function queryDates(db: Db, runs: number): string[] {
  const dates = db.prepare('SELECT date FROM sessions ORDER BY date').pluck().all() as string[];
  if (dates.length === 0) throw new Error('the bench database has no sessions');
  return Array.from({ length: runs }, (_, i) => dates[runs === 1 ? dates.length - 1 : Math.round((i * (dates.length - 1)) / (runs - 1))] as string);
}

export async function benchCompare(db: Db, dates: readonly string[]): Promise<Metric[]> {
  let series = 0;
  const compare = await latency(dates, (asOf) => {
    series = compareIndicators(db, { asOf }).length;
  });
  return latencyMetrics('compare', 'compareIndicators', compare, `${series.toLocaleString('en-US')} comparisons per call`);
}

export async function benchTasks(db: Db, dates: readonly string[]): Promise<Metric[]> {
  let total = 0;
  const page = await latency(dates, (asOf) => {
    total = listTaskStatuses(db, { asOf, limit: PAGE }).total;
  });
  // `tasks --json` as the command prints it, into a sink that only counts what it is given.
  let printed = 0;
  const sink: CliIo = { out: (text) => void (printed += text.length + 1), err: () => undefined, confirm: async () => false };
  const all = await latency(dates, (asOf) => {
    printed = 0;
    printTasksJson(db, sink, { asOf });
  });
  const byAgency = await latency(dates, (asOf) => countTasksByAgency(db, asOf));
  return [
    ...latencyMetrics('tasks', `listTaskStatuses, page of ${PAGE}`, page, `${total.toLocaleString('en-US')} tasks matched, with counts by status`),
    ...latencyMetrics('tasks_all', '`tasks --json`, every task', all, `${(printed / 1024 ** 2).toFixed(0)} M characters of JSON at the latest date, written as read`),
    ...latencyMetrics('tasks_by_agency', 'countTasksByAgency', byAgency, 'successors resolved'),
  ];
}

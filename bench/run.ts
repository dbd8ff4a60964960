/**
 * `npm run bench [-- --json] [-- --quick]`: generates the bench database once in a
 * temporary folder and measures every phase against it (extraction, ingest, queries,
 * exports beside LibreOffice, imports, the first screen in Chromium), then prints one table (or, with --json, one
 * JSON object and nothing else on stdout). Progress goes to stderr. --quick runs at a
 * tenth of the scale with 50 imports, for trying the bench itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../electron/db/open';
import { benchExport } from './export';
import { benchExtraction } from './extraction';
import { benchFirstScreen } from './first-screen';
import type { Scale } from './generate';
import { BENCH_SEED, FULL_SCALE } from './generate';
import { benchIngest } from './ingest';
import { benchImport } from './import';
import { describeMachine } from './machine';
import { peakRssMb } from './measure';
import { benchCompare, benchTasks, queryDates } from './queries';
import type { Metric } from './report';
import { guarded, machineLine, metricsJson, metricsTable } from './report';

const { values: options } = parseArgs({
  options: { json: { type: 'boolean' }, quick: { type: 'boolean' } },
  strict: true,
});

// --json promises one object on stdout: anything a service logs goes to stderr instead.
if (options.json) console.log = console.error;

const scale: Scale = options.quick
  ? { observations: FULL_SCALE.observations / 10, tasks: FULL_SCALE.tasks / 10, exportSessionTasks: FULL_SCALE.exportSessionTasks }
  : FULL_SCALE;
const extractionTexts = options.quick ? 60 : 300;
const queryRuns = options.quick ? 5 : 20;
const importTexts = options.quick ? 50 : 1_000;
const firstScreenRuns = options.quick ? 5 : 20;

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcd-bench-'));
  const metrics: Metric[] = [];
  try {
    progress(`extracting ${extractionTexts} generated session texts`);
    metrics.push(...(await guarded('extraction', ['extract_texts_per_s', 'extract_mb_per_s'], () => benchExtraction(extractionTexts, BENCH_SEED))));

    progress('opening the first screen in Chromium');
    metrics.push(...(await guarded('first screen', ['first_screen_p50_ms', 'first_screen_p95_ms'], () => benchFirstScreen(dir, firstScreenRuns))));

    progress(`generating ${scale.observations.toLocaleString('en-US')} figures and ${scale.tasks.toLocaleString('en-US')} tasks in ${dir}`);
    const { generated, metrics: ingest } = benchIngest(dir, scale, BENCH_SEED);
    metrics.push(...ingest);

    const db = openDatabase(generated.file, { mustExist: true });
    try {
      const dates = queryDates(db, queryRuns);
      progress(`comparing indicators as of ${queryRuns} dates`);
      metrics.push(...(await guarded('compareIndicators', ['compare_p50_ms', 'compare_p95_ms'], () => benchCompare(db, dates))));
      progress(`listing and counting tasks as of ${queryRuns} dates`);
      metrics.push(...(await guarded('task queries', ['tasks_p50_ms', 'tasks_p95_ms'], () => benchTasks(db, dates))));
      progress(`exporting both documents of the session with ${scale.exportSessionTasks.toLocaleString('en-US')} tasks, then LibreOffice`);
      metrics.push(
        ...(await guarded('export', ['export_both_ms', 'libreoffice_ms', 'libreoffice_ratio'], () => benchExport(db, generated.exportSessionId, dir))),
      );
    } finally {
      db.close();
    }

    progress(`importing ${importTexts.toLocaleString('en-US')} texts into a fresh database`);
    metrics.push(...(await guarded('import', ['import_texts_per_s'], () => benchImport(dir, importTexts, BENCH_SEED))));

    metrics.push({ key: 'peak_rss_mb', label: 'peak resident memory', value: peakRssMb(), unit: 'MiB', note: 'the whole bench process' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const machine = describeMachine();
  const scaleInfo = { observations: scale.observations, tasks: scale.tasks, export_session_tasks: scale.exportSessionTasks };
  if (options.json) {
    process.stdout.write(`${metricsJson(metrics, machine, scaleInfo)}\n`);
  } else {
    process.stdout.write(`${metricsTable(metrics)}\n\nMachine: ${machineLine(machine)}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

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
import { applyHeapPolicy } from '../electron/heap-policy';
import { benchExport } from './export';
import { benchExtraction } from './extraction';
import { benchFirstScreenApart } from './first-screen-apart';
import type { Generated, Scale } from './generate';
import { BENCH_SEED, FULL_SCALE } from './generate';
import { benchIngest } from './ingest';
import { benchImport } from './import';
import { describeMachine } from './machine';
import { peakRssMb } from './measure';
import type { MemoryPeaks } from './memory';
import { startMemorySampler } from './memory';
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

/** The kernel's peak resident set, and the sampled peaks of each phase beside it. */
function memoryMetrics(byPhase: ReadonlyArray<{ phase: string } & MemoryPeaks>): Metric[] {
  const mib = (value: number) => Math.round(value).toLocaleString('en-US');
  const resident: Metric = {
    key: 'peak_rss_mb',
    label: 'peak resident memory',
    value: peakRssMb(),
    unit: 'MiB',
    note: `the whole bench process; by phase, resident (of it, files mapped): ${byPhase
      .map((p) => `${p.phase} ${mib(p.residentMb)} (${mib(p.fileAtPeakMb)})`)
      .join(', ')}`,
  };
  if (byPhase.length === 0) return [resident];
  return [
    resident,
    {
      key: 'peak_anon_mb',
      label: 'peak anonymous memory',
      value: Math.max(...byPhase.map((p) => p.anonymousMb)),
      unit: 'MiB',
      note: `heap, SQLite page caches, buffers; by phase: ${byPhase.map((p) => `${p.phase} ${mib(p.anonymousMb)}`).join(', ')}`,
    },
  ];
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  // The heap grows as in the app's own processes.
  applyHeapPolicy();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcd-bench-'));
  const metrics: Metric[] = [];
  const memory = startMemorySampler();
  const byPhase: Array<{ phase: string } & MemoryPeaks> = [];
  /** Runs one phase and notes the memory it peaked at. */
  const phase = async (name: string, message: string, run: () => Promise<Metric[]> | Metric[]) => {
    progress(message);
    memory?.reset();
    metrics.push(...(await run()));
    if (memory) byPhase.push({ phase: name, ...(await memory.peaks()) });
  };
  try {
    await phase('extraction', `extracting ${extractionTexts} generated session texts`, () =>
      guarded('extraction', ['extract_texts_per_s', 'extract_mb_per_s', 'extract_30kb_p95_ms'], () => benchExtraction(extractionTexts, BENCH_SEED)),
    );
    // Its own process: the browser driver is the bench's, not the app's (first-screen-apart.ts).
    await phase('first screen', 'opening the first screen in Chromium, from a process of its own', () =>
      guarded('first screen', ['first_screen_p50_ms', 'first_screen_p95_ms'], async () => {
        const { metrics: screen, peakRssMb: driverMb } = await benchFirstScreenApart(dir, firstScreenRuns);
        const [p50, ...rest] = screen;
        if (!p50) return screen;
        return [{ ...p50, note: `${p50.note ?? ''}; the browser driver's own process peaked at ${Math.round(driverMb)} MiB resident` }, ...rest];
      }),
    );
    let generated: Generated | undefined;
    await phase('ingest', `generating ${scale.observations.toLocaleString('en-US')} figures and ${scale.tasks.toLocaleString('en-US')} tasks in ${dir}`, () => {
      const ingest = benchIngest(dir, scale, BENCH_SEED);
      generated = ingest.generated;
      return ingest.metrics;
    });
    if (!generated) throw new Error('the bench database was not generated');
    const { file, exportSessionId } = generated;

    const db = openDatabase(file, { mustExist: true });
    try {
      const dates = queryDates(db, queryRuns);
      await phase('compare', `comparing indicators as of ${queryRuns} dates`, () =>
        guarded('compareIndicators', ['compare_p50_ms', 'compare_p95_ms'], () => benchCompare(db, dates)),
      );
      await phase('tasks', `listing and counting tasks as of ${queryRuns} dates`, () =>
        guarded('task queries', ['tasks_p50_ms', 'tasks_p95_ms'], () => benchTasks(db, dates)),
      );
      await phase('export', `exporting both documents of the session with ${scale.exportSessionTasks.toLocaleString('en-US')} tasks, then LibreOffice`, () =>
        guarded('export', ['export_both_ms', 'export_first_ms', 'libreoffice_ms', 'libreoffice_ratio'], () => benchExport(db, exportSessionId, dir)),
      );
    } finally {
      db.close();
    }

    await phase('import', `importing ${importTexts.toLocaleString('en-US')} texts into a fresh database`, () =>
      guarded('import', ['import_texts_per_s'], () => benchImport(dir, importTexts, BENCH_SEED)),
    );

    metrics.push(...memoryMetrics(byPhase));
  } finally {
    memory?.stop();
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

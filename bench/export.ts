/**
 * Exporting a session with 2,000 tasks: both documents in both formats through the
 * app's export service, then LibreOffice converting the same briefing .docx to PDF,
 * measured in the same run so the two compare as a ratio on a shared machine. As in
 * the app, the four exports share one reading of the database while it does not change
 * (electron/exporting/session-data.ts): the first export pays for it.
 *
 * The first export in a process also pays for compiling and optimising the code of the
 * exports and of docx, pdfkit and ECharts: about a third of a second on this machine. So
 * the session before is exported first, and its time is reported on its own line; the
 * session with 2,000 tasks is then measured as the app exports it once it has exported
 * anything, as compareIndicators is measured after one call. Nothing of the session
 * before is kept for it: its own reading of the database and its own charts.
 *
 * One export of both documents on this shared 2-core machine varies by a third from
 * run to run (0.83-1.35 s over fourteen bench runs of the same code), so the session is
 * exported EXPORT_RUNS times, each after the session before again (so each reads the
 * database afresh), and the median is reported with every run beside it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Db } from '../electron/db/open';
import type { DocumentKind, ExportFormat } from '../electron/exporting';
import { exportDocument } from '../electron/exporting';
import { timed } from './measure';
import type { Metric } from './report';

const EXPORT_RUNS = 3;

/** Beyond this LibreOffice is reported as too slow rather than waited for. */
const LIBREOFFICE_LIMIT_MS = 10 * 60_000;

interface Exported {
  kind: DocumentKind;
  format: ExportFormat;
  file: string;
  ms: number;
  bytes: number;
}

/** Number of pages of a PDF, from its page tree's /Count (the largest is the root's). */
function pdfPages(file: string): number {
  const counts = [...fs.readFileSync(file).toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)];
  return Math.max(0, ...counts.map((m) => Number(m[1] ?? m[2])));
}

/** A run stopped at the limit still gives a lower bound. */
type LibreOfficeRun = { ms: number; pages: number | null; stopped: boolean } | { ms: null; reason: string };

/** `soffice --headless --convert-to pdf` with a fresh profile, so no earlier run warms it. */
function convertWithLibreOffice(docx: string, dir: string): Promise<LibreOfficeRun> {
  const outDir = path.join(dir, 'libreoffice');
  const profile = path.join(dir, 'libreoffice-profile');
  fs.mkdirSync(outDir, { recursive: true });
  const args = ['--headless', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', outDir, docx];
  return new Promise((resolve) => {
    const started = performance.now();
    // Its own process group, so the limit stops soffice.bin too, not only the wrapper script.
    const proc = spawn('soffice', args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => process.kill(-(proc.pid as number), 'SIGKILL'), LIBREOFFICE_LIMIT_MS);
    proc.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ms: null, reason: `soffice not available (${error.message})` });
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const pdf = path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
      if (signal === 'SIGKILL') resolve({ ms, pages: null, stopped: true });
      else if (code !== 0 || !fs.existsSync(pdf)) resolve({ ms: null, reason: `soffice failed (${code}): ${stderr.trim().split('\n')[0] ?? ''}` });
      else resolve({ ms, pages: pdfPages(pdf), stopped: false });
    });
  });
}

/** Both documents of the session in both formats, one after the other, as the staff export them. */
async function exportBoth(db: Db, sessionId: number, dir: string): Promise<Exported[]> {
  const exported: Exported[] = [];
  for (const kind of ['briefing', 'conclusion'] as const) {
    for (const format of ['docx', 'pdf'] as const) {
      const { value: bytes, ms } = await timed(() => exportDocument(db, { sessionId, kind, format }));
      const file = path.join(dir, `${kind}.${format}`);
      fs.writeFileSync(file, bytes);
      exported.push({ kind, format, file, ms, bytes: bytes.length });
    }
  }
  return exported;
}

const totalMs = (exported: readonly Exported[]) => exported.reduce((sum, e) => sum + e.ms, 0);

function taskCount(db: Db, sessionId: number): number {
  return db.prepare('SELECT count(*) FROM tasks WHERE session_id = ?').pluck().get(sessionId) as number;
}

export async function benchExport(db: Db, sessionId: number, dir: string): Promise<Metric[]> {
  const before = db.prepare('SELECT id FROM sessions WHERE date < (SELECT date FROM sessions WHERE id = ?) ORDER BY date DESC LIMIT 1').pluck().get(sessionId) as
    | number
    | undefined;
  if (before === undefined) throw new Error('the bench database has no session before the exported one');
  const first = totalMs(await exportBoth(db, before, dir));
  const runs: Exported[][] = [];
  for (let run = 0; run < EXPORT_RUNS; run++) {
    if (run > 0) await exportBoth(db, before, dir);
    runs.push(await exportBoth(db, sessionId, dir));
  }
  // The files on disk are the last run's, whichever run is the median.
  const exported = [...runs].sort((a, b) => totalMs(a) - totalMs(b))[Math.floor(EXPORT_RUNS / 2)] as Exported[];
  const find = (kind: DocumentKind, format: ExportFormat) => exported.find((e) => e.kind === kind && e.format === format) as Exported;
  const briefingPdf = find('briefing', 'pdf');
  const metrics: Metric[] = exported.map((e) => ({
    key: `export_${e.kind}_${e.format}_ms`,
    label: `export ${e.kind} .${e.format}`,
    value: e.ms,
    unit: 'ms',
    note: `${(e.bytes / 1024 ** 2).toFixed(1)} MiB${e.format === 'pdf' ? `, ${pdfPages(e.file).toLocaleString('en-US')} pages` : ''}`,
  }));
  metrics.push({
    key: 'export_both_ms',
    label: 'export both documents, Word and PDF',
    value: totalMs(exported),
    unit: 'ms',
    note: `session with ${taskCount(db, sessionId).toLocaleString('en-US')} tasks, after the process's first export; median of ${EXPORT_RUNS} runs (${runs
      .map((run) => Math.round(totalMs(run)).toLocaleString('en-US'))
      .join(', ')} ms)`,
  });
  metrics.push({
    key: 'export_first_ms',
    label: 'first export in the process, both documents',
    value: first,
    unit: 'ms',
    note: `the session before, ${taskCount(db, before).toLocaleString('en-US')} tasks: compiling the export code included`,
  });

  const libreoffice = await convertWithLibreOffice(find('briefing', 'docx').file, dir);
  if (libreoffice.ms === null) {
    metrics.push({ key: 'libreoffice_ms', label: 'LibreOffice briefing .docx → PDF', value: null, unit: 'ms', note: libreoffice.reason });
    metrics.push({ key: 'libreoffice_ratio', label: 'LibreOffice ÷ app PDF export', value: null, unit: '×' });
  } else {
    const bound = libreoffice.stopped ? '≥ ' : '';
    metrics.push({
      key: 'libreoffice_ms',
      label: 'LibreOffice briefing .docx → PDF',
      value: libreoffice.ms,
      unit: 'ms',
      note: libreoffice.stopped
        ? `stopped at the ${LIBREOFFICE_LIMIT_MS / 60_000} min limit: a lower bound`
        : `fresh profile; ${(libreoffice.pages ?? 0).toLocaleString('en-US')} pages`,
    });
    metrics.push({
      key: 'libreoffice_ratio',
      label: 'LibreOffice ÷ app PDF export',
      value: libreoffice.ms / briefingPdf.ms,
      unit: '×',
      note: `${bound}same briefing, same run`,
    });
  }
  return metrics;
}

/**
 * The first-screen phase (first-screen.ts) run as a process of its own. The browser
 * driver is the bench's tool, not the app: loaded into the bench process, playwright-core
 * alone (its modules, before any browser) stayed in the heap for the rest of the run, and
 * the phases after it measured the collector going through it as well: compareIndicators
 * 240-300 ms p50 with it, about 170 without, and the process 150-250 MiB larger. This
 * module only starts that process, so importing it loads none of the driver.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Metric } from './report';

/** One line of JSON on the phase process's stdout: the metrics, and the process's own peak resident memory. */
export interface PhaseOutput {
  metrics: Metric[];
  peakRssMb: number;
}

/** How long to wait at most for Chromium's processes to be gone after the phase. */
const BROWSER_EXIT_MS = 10_000;

/** Whether a Chromium process is running (its command name is "chromium" on Debian). */
function chromiumRunning(): boolean {
  return fs.readdirSync('/proc').some((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'chromium';
    } catch {
      return false;
    }
  });
}

/**
 * Chromium's helper processes go on shutting down for a second or two after the browser
 * has closed and the phase process has ended; the next phase (ingest) would share the
 * machine's two cores with them. Waits until they are gone, for at most BROWSER_EXIT_MS.
 */
async function browserGone(): Promise<void> {
  if (process.platform !== 'linux') return;
  const until = performance.now() + BROWSER_EXIT_MS;
  while (chromiumRunning() && performance.now() < until) await sleep(100);
}

/** The first screen's metrics, measured by `tsx bench/first-screen.ts DIR RUNS`, and that process's peak resident memory. */
export async function benchFirstScreenApart(dir: string, runs: number): Promise<PhaseOutput> {
  const output = await runPhase(dir, runs);
  await browserGone();
  return output;
}

function runPhase(dir: string, runs: number): Promise<PhaseOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, path.resolve('bench', 'first-screen.ts'), dir, String(runs)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the first-screen process ended with code ${code}`));
      else resolve(JSON.parse(stdout) as PhaseOutput);
    });
  });
}

/**
 * The first-screen phase (first-screen.ts) run as a process of its own. The browser
 * driver is the bench's tool, not the app: loaded into the bench process, playwright-core
 * alone (its modules, before any browser) stayed in the heap for the rest of the run, and
 * the phases after it measured the collector going through it as well: compareIndicators
 * 240-300 ms p50 with it, about 170 without, and the process 150-250 MiB larger. This
 * module only starts that process, so importing it loads none of the driver.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Metric } from './report';

/** One line of JSON on the phase process's stdout: the metrics, and the process's own peak resident memory. */
export interface PhaseOutput {
  metrics: Metric[];
  peakRssMb: number;
}

/** The first screen's metrics, measured by `tsx bench/first-screen.ts DIR RUNS`, and that process's peak resident memory. */
export function benchFirstScreenApart(dir: string, runs: number): Promise<PhaseOutput> {
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

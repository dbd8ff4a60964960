/**
 * A one-megabyte input is read in well under a second by every parser and by the
 * extractor. The limit guards against catastrophic backtracking and quadratic scans,
 * which are correctness bugs (an import that never ends), not a speed goal: throughput
 * is measured by `npm run bench`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode, NODE_PATH } from './bundle';
import { LARGE_INPUTS } from './large-inputs';

/** CPU time allowed per megabyte. */
const LIMIT_MS = 1000;
/** Wall time after which a reader is taken to be stuck and its process is killed. */
const STUCK_MS = 10_000;

type Outcome = { cpuMs: number } | { stuck: true };
const outcomes = new Map<string, Outcome>();

/** Runs `names` in one child; resolves with the names it never reached once one gets stuck. */
function runChild(bundle: string, names: readonly string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [bundle, ...names], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH } });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let done = 0;
    let timer = setTimeout(() => proc.kill('SIGKILL'), STUCK_MS);
    readline.createInterface({ input: proc.stdout }).on('line', (line) => {
      const { name, cpuMs } = JSON.parse(line) as { name: string; cpuMs: number };
      outcomes.set(name, { cpuMs });
      done++;
      clearTimeout(timer);
      timer = setTimeout(() => proc.kill('SIGKILL'), STUCK_MS);
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') {
        outcomes.set(names[done] as string, { stuck: true });
        resolve(names.slice(done + 1));
      } else if (code === 0) resolve([]);
      else reject(new Error(`large-input child failed (${code}): ${stderr}`));
    });
  });
}

beforeAll(async () => {
  const bundle = await bundleForNode(path.join(import.meta.dirname, 'large-input-child.ts'));
  try {
    let remaining = LARGE_INPUTS.map((i) => i.name);
    while (remaining.length > 0) remaining = await runChild(bundle.file, remaining);
  } finally {
    bundle.remove();
  }
}, LARGE_INPUTS.length * STUCK_MS);

describe('one megabyte of adversarial text', () => {
  it.each(LARGE_INPUTS.map((i) => i.name))('%s: read in under a second of CPU', (name) => {
    const outcome = outcomes.get(name);
    expect(outcome, 'no result').toBeDefined();
    expect(outcome, `still running after ${STUCK_MS / 1000} s`).not.toHaveProperty('stuck');
    expect((outcome as { cpuMs: number }).cpuMs).toBeLessThan(LIMIT_MS);
  });
});

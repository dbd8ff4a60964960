/**
 * Memory of the bench process, sampled from /proc/<pid>/status by a small process of its
 * own, which keeps sampling while the bench is busy inside a synchronous service and is
 * not itself counted: a worker thread inside the bench, as before, added a JavaScript
 * engine of its own (14 MiB) to every figure. Resident memory counts two different
 * things: anonymous pages (the JavaScript heap, SQLite's page cache, buffers) and file
 * pages: the files the process maps, here Node, its libraries and the native modules
 * (SQLite reads the database without a memory map, electron/db/open.ts). The bench
 * reports both.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';

export interface MemoryPeaks {
  /** The largest resident set sampled, MiB. */
  residentMb: number;
  /** The largest anonymous part sampled (heap, caches, buffers), MiB. */
  anonymousMb: number;
  /** The file-backed part at the moment of the largest resident set, MiB. */
  fileAtPeakMb: number;
}

/** The sampler: the pid to watch comes as its argument; 'reset' starts a phase, 'peaks' asks for the peaks so far (KiB). */
const SAMPLER = `
  const fs = require('node:fs');
  const file = '/proc/' + process.argv[1] + '/status';
  const kib = (text, field) => Number(new RegExp(field + ':\\\\s+(\\\\d+)').exec(text)?.[1] ?? 0);
  let peaks = { resident: 0, anonymous: 0, fileAtPeak: 0 };
  const sample = () => {
    let status;
    try { status = fs.readFileSync(file, 'utf8'); } catch { process.exit(0); }
    const anon = kib(status, 'RssAnon');
    const mapped = kib(status, 'RssFile') + kib(status, 'RssShmem');
    if (anon + mapped > peaks.resident) peaks = { ...peaks, resident: anon + mapped, fileAtPeak: mapped };
    if (anon > peaks.anonymous) peaks = { ...peaks, anonymous: anon };
  };
  setInterval(sample, ${20});
  process.on('message', (message) => {
    if (message === 'reset') peaks = { resident: 0, anonymous: 0, fileAtPeak: 0 };
    if (message === 'peaks') { sample(); process.send(peaks); }
  });
  process.on('disconnect', () => process.exit(0));
`;

export interface MemorySampler {
  /** The peaks since the last reset. */
  peaks(): Promise<MemoryPeaks>;
  reset(): void;
  stop(): void;
}

/** Starts sampling this process from another one; null where there is no /proc. */
export function startMemorySampler(): MemorySampler | null {
  if (process.platform !== 'linux') return null;
  const child: ChildProcess = spawn(process.execPath, ['-e', SAMPLER, String(process.pid)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const mib = (kib: number) => kib / 1024;
  return {
    peaks: () =>
      new Promise((resolve, reject) => {
        const stopped = () => reject(new Error('the memory sampler has stopped'));
        if (!child.connected) return stopped();
        child.once('exit', stopped);
        child.once('message', (peaks: { resident: number; anonymous: number; fileAtPeak: number }) => {
          child.off('exit', stopped);
          resolve({ residentMb: mib(peaks.resident), anonymousMb: mib(peaks.anonymous), fileAtPeakMb: mib(peaks.fileAtPeak) });
        });
        child.send('peaks');
      }),
    reset: () => {
      if (child.connected) child.send('reset');
    },
    stop: () => void child.kill(),
  };
}

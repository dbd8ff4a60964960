/**
 * Memory of the bench process, sampled from /proc/self/status by a worker thread, which
 * keeps sampling while the main thread is busy inside a synchronous service. Resident
 * memory counts two different things: anonymous pages (the JavaScript heap, SQLite's
 * page cache, buffers) and file pages: the files the process maps, here Node, its
 * libraries and the native modules (SQLite reads the database without a memory map,
 * electron/db/open.ts). The bench reports both.
 */
import { Worker } from 'node:worker_threads';

export interface MemoryPeaks {
  /** The largest resident set sampled, MiB. */
  residentMb: number;
  /** The largest anonymous part sampled (heap, caches, buffers), MiB. */
  anonymousMb: number;
  /** The file-backed part at the moment of the largest resident set, MiB. */
  fileAtPeakMb: number;
}

const SAMPLER = `
  const { workerData } = require('node:worker_threads');
  const fs = require('node:fs');
  const peaks = new Float64Array(workerData);
  const kib = (text, field) => Number(new RegExp(field + ':\\\\s+(\\\\d+)').exec(text)?.[1] ?? 0);
  setInterval(() => {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const anon = kib(status, 'RssAnon');
    const file = kib(status, 'RssFile') + kib(status, 'RssShmem');
    if (anon + file > peaks[0]) { peaks[0] = anon + file; peaks[2] = file; }
    if (anon > peaks[1]) peaks[1] = anon;
  }, ${20});
`;

/** Starts sampling; peaks() reads the peaks so far, reset() starts a new phase, stop() ends it. */
export function startMemorySampler(): { peaks(): MemoryPeaks; reset(): void; stop(): Promise<void> } | null {
  if (process.platform !== 'linux') return null;
  const shared = new SharedArrayBuffer(3 * Float64Array.BYTES_PER_ELEMENT);
  const peaks = new Float64Array(shared);
  const worker = new Worker(SAMPLER, { eval: true, workerData: shared });
  worker.unref();
  const mib = (kib: number) => kib / 1024;
  return {
    peaks: () => ({ residentMb: mib(peaks[0] ?? 0), anonymousMb: mib(peaks[1] ?? 0), fileAtPeakMb: mib(peaks[2] ?? 0) }),
    reset: () => peaks.fill(0),
    stop: async () => {
      await worker.terminate();
    },
  };
}

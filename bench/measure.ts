/** Timing helpers for the bench: wall time, percentiles, peak memory. */

export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** The p-th percentile (0–100) by nearest rank: the value at least p% of the samples do not exceed. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export interface Latency {
  p50: number;
  p95: number;
  runs: number;
}

/** Runs `work` once per input after one unmeasured warm-up call, and gives p50/p95 in ms. */
export async function latency<I>(inputs: readonly I[], work: (input: I) => unknown): Promise<Latency> {
  if (inputs.length === 0) throw new Error('latency needs at least one input');
  await work(inputs[0] as I);
  const samples: number[] = [];
  for (const input of inputs) samples.push((await timed(() => work(input))).ms);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs: samples.length };
}

/** The largest resident set this process has had so far, in MiB (getrusage's ru_maxrss). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

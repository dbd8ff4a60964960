/** The bench's output: one table for people, or one JSON object for scripts. */
import type { Machine } from './machine';

export interface Metric {
  /** The JSON key (snake_case). */
  key: string;
  label: string;
  /** null when the measurement could not run (the note says why). */
  value: number | null;
  unit: string;
  note?: string;
}

/** The first frame of a stack inside the app's own code: where to look. */
function appFrame(error: Error): string | undefined {
  return error.stack
    ?.split('\n')
    .map((line) => /(electron\/[^\s)]+)/.exec(line)?.[1])
    .find((frame) => frame !== undefined);
}

/**
 * Runs one phase of the bench; when it throws, its metrics are reported empty with the
 * error, so one failing service does not hide the others' figures.
 */
export async function guarded(label: string, keys: readonly string[], run: () => Promise<Metric[]>): Promise<Metric[]> {
  try {
    return await run();
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    process.stderr.write(`[bench] ${label} failed: ${failure.stack ?? failure.message}\n`);
    const where = appFrame(failure);
    const note = `failed: ${failure.message.split('\n')[0]}${where ? ` at ${where}` : ''}`;
    return keys.map((key, i) => ({ key, label, value: null, unit: '', ...(i === 0 ? { note } : {}) }));
  }
}

function round(value: number): number {
  if (Math.abs(value) >= 100) return Math.round(value);
  return Math.round(value * 100) / 100;
}

function formatValue(value: number | null): string {
  if (value === null) return '–';
  return round(value).toLocaleString('en-US');
}

/** A Markdown table, ready to paste into the README. */
export function metricsTable(metrics: readonly Metric[]): string {
  const rows = metrics.map((m) => [m.label, formatValue(m.value), m.unit, m.note ?? '']);
  const header = ['measure', 'value', 'unit', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i === 1 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 1 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function machineLine(machine: Machine): string {
  return `${machine.cpus} × ${machine.cpuModel}, ${machine.ramGb} GB RAM, Node ${machine.node}, ${machine.platform}`;
}

export function metricsJson(metrics: readonly Metric[], machine: Machine, scale: Record<string, number>): string {
  const values = Object.fromEntries(metrics.map((m) => [m.key, m.value === null ? null : round(m.value)]));
  return JSON.stringify({ ...values, scale, machine });
}

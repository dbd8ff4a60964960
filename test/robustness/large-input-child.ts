/**
 * Reads the large inputs named on the command line, one after the other, and prints
 * for each a JSON line with the CPU time it took. CPU time, not wall time, so a busy
 * shared machine does not make a linear reader look slow. Bundled and killed by
 * large-inputs.test.ts when one of them never finishes.
 *
 * Each reader first reads a slice of its input, so that what is timed is reading the
 * megabyte and not compiling and optimising the reader's code (0.3-0.5 s of the first
 * reading of the figure-dense inputs on the 2-core CI machine). Then the megabyte is
 * read twice and the lesser time printed: the machine only ever adds to it, and a
 * reader that backtracks or rescans is slow both times.
 */
import { LARGE_INPUTS, megabyteOf } from './large-inputs';

const WARM_UP_CHARS = 16 * 1024;
const READINGS = 2;

function cpuMsOf(read: () => void): number {
  const before = process.cpuUsage();
  read();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

for (const name of process.argv.slice(2)) {
  const input = LARGE_INPUTS.find((i) => i.name === name);
  if (!input) throw new Error(`unknown large input "${name}"`);
  const text = megabyteOf(input.unit);
  input.read(text.slice(0, WARM_UP_CHARS));
  let cpuMs = Number.POSITIVE_INFINITY;
  for (let reading = 0; reading < READINGS; reading++) cpuMs = Math.min(cpuMs, cpuMsOf(() => input.read(text)));
  process.stdout.write(`${JSON.stringify({ name, cpuMs })}\n`);
}

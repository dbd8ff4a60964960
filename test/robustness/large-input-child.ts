/**
 * Reads the large inputs named on the command line, one after the other, and prints
 * for each a JSON line with the CPU time it took. CPU time, not wall time, so a busy
 * shared machine does not make a linear reader look slow. Bundled and killed by
 * large-inputs.test.ts when one of them never finishes.
 */
import { LARGE_INPUTS, megabyteOf } from './large-inputs';

for (const name of process.argv.slice(2)) {
  const input = LARGE_INPUTS.find((i) => i.name === name);
  if (!input) throw new Error(`unknown large input "${name}"`);
  const text = megabyteOf(input.unit);
  const before = process.cpuUsage();
  input.read(text);
  const used = process.cpuUsage(before);
  process.stdout.write(`${JSON.stringify({ name, cpuMs: (used.user + used.system) / 1000 })}\n`);
}

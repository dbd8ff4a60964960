import type { CliIo } from './command';

/**
 * Items written per line group: few writes, little held, and each group's text (50 tasks,
 * about 80 KB) small enough for the young generation; groups of 500 were strings of
 * half a megabyte, allocated straight into the old generation, which then grew by
 * hundreds of megabytes while `tasks --json` printed 100,000 tasks (three times slower).
 */
const BATCH = 50;
const LIST_OPENING = '{\n  "_": [\n';
const LIST_CLOSING = '\n  ]\n}';

/**
 * Prints `{ ...before, [listKey]: items, ...after }` exactly as printJson would
 * (JSON.stringify with two spaces), but with the list's items written as `fill` hands
 * them over, BATCH at a time: a list of 100,000 tasks is never held whole, as an array
 * nor as one string. `before` must have at least one key.
 */
export function printJsonWithList(
  io: CliIo,
  before: Record<string, unknown>,
  listKey: string,
  fill: (add: (item: unknown) => void) => void,
  after: Record<string, unknown>,
): void {
  if (Object.keys(before).length === 0) throw new Error('printJsonWithList needs a key before the list');
  // "{\n  ...\n}" without its closing line, then the list's key.
  const head = `${JSON.stringify(before, null, 2).slice(0, -2)},\n  ${JSON.stringify(listKey)}: [`;
  const rest = Object.keys(after).length === 0 ? '\n}' : `,${JSON.stringify(after, null, 2).slice(1)}`;
  let batch: unknown[] = [];
  let opened = false;
  const flush = (last: boolean) => {
    // The batch as a list one level down, so its items are indented as in the whole
    // object, without the lines around them: '{\n  "_": [\n' and '\n  ]\n}'.
    const items = JSON.stringify({ _: batch }, null, 2).slice(LIST_OPENING.length, -LIST_CLOSING.length);
    // io.out ends each call with a newline: every item but the very last is followed by a comma.
    io.out(`${opened ? '' : `${head}\n`}${items}${last ? '' : ','}`);
    opened = true;
    batch = [];
  };
  fill((item) => {
    if (batch.length === BATCH) flush(false);
    batch.push(item);
  });
  if (batch.length > 0) flush(true);
  // io.out adds the newline JSON.stringify's text does not end with.
  io.out(opened ? `  ]${rest}` : `${head}]${rest}`);
}

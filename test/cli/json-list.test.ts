import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/command';
import { printJsonWithList } from '../../electron/cli/json-list';

/** What printJson prints for the same object: the text printJsonWithList must equal. */
function oneShot(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function streamed(before: Record<string, unknown>, items: unknown[], after: Record<string, unknown>): { text: string; writes: number } {
  let text = '';
  let writes = 0;
  const io: CliIo = {
    out: (t) => {
      text += `${t}\n`;
      writes++;
    },
    err: () => undefined,
    confirm: async () => false,
  };
  printJsonWithList(io, before, 'tasks', (add) => items.forEach(add), after);
  return { text, writes };
}

const item = (i: number) => ({ id: i, content: `Nhiệm vụ số ${i}: “hoàn thành”\nxuống dòng`, deadline: { due: null, text: 'thường xuyên' }, partners: [], nested: [{ a: [1, 2] }] });

describe('printJsonWithList', () => {
  const before = { asOf: '2025-09-24', agency: null, totals: { overdue: 3 } };
  const after = { byAgency: [{ agencyName: 'Bộ Khoa học và Công nghệ', counts: { overdue: 3 } }] };

  it.each([0, 1, 2, 49, 50, 51, 1_234])('prints exactly what JSON.stringify prints, with %i items', (n) => {
    const items = Array.from({ length: n }, (_, i) => item(i));
    const { text } = streamed(before, items, after);
    expect(text).toBe(oneShot({ ...before, tasks: items, ...after }));
    expect(JSON.parse(text)).toEqual({ ...before, tasks: items, ...after });
  });

  it('writes a long list in batches, never as one string', () => {
    const items = Array.from({ length: 1_234 }, (_, i) => item(i));
    expect(streamed(before, items, after).writes).toBe(26);
  });

  it('closes the object when nothing follows the list', () => {
    expect(streamed(before, [item(1)], {}).text).toBe(oneShot({ ...before, tasks: [item(1)] }));
    expect(streamed(before, [], {}).text).toBe(oneShot({ ...before, tasks: [] }));
  });
});

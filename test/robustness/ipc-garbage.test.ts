/**
 * Every operation of the API contract, sent garbage over IPC through the real wiring
 * (registerApiHandlers with a stand-in ipcMain): a payload its schema refuses gets an
 * "invalid input" answer, no handler runs, and neither the database nor the data folder
 * changes. The operations are read from the contract, so a new one is covered at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationName } from '../../electron/api/contract';
import { OPERATION_NAMES, operations } from '../../electron/api/contract';
import type { Handlers } from '../../electron/api/handlers';
import { createHandlers } from '../../electron/api/handlers';
import type { AppContext } from '../../electron/app-context';
import { closeAppDatabase, createAppContext } from '../../electron/app-context';
import { loadSampleData } from '../../electron/db/sample';
import { channelOf, registerApiHandlers } from '../../electron/ipc/register';
import { TEMPLATES_DIR } from '../../electron/paths';

type Listener = (event: { senderFrame: { url: string } | null }, input: unknown) => unknown;

/** The parts of a zod schema this test reads to build near-miss payloads. */
interface SchemaView {
  shape?: Record<string, z.ZodType>;
  unwrap?: () => z.ZodType;
  def?: { type?: string; in?: z.ZodType };
}

/** The object schema inside optional, nullable, default and transform wrappers, if any. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  let current = schema as unknown as SchemaView;
  for (let depth = 0; depth < 5; depth++) {
    if (current.shape) return current.shape;
    const inner = current.unwrap?.() ?? (current.def?.type === 'pipe' ? current.def.in : undefined);
    if (!inner) return null;
    current = inner as unknown as SchemaView;
  }
  return null;
}

/** Values that have broken validators before: wrong types, edge numbers, impossible dates, huge and hostile strings. */
const badValue = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0, 1.5, 2 ** 53, Number.MAX_VALUE, '', ' ', '\0', '2025-02-30', '2025-13-01', '17/5/2025'),
  fc.constantFrom("1; DROP TABLE tasks; --", '../../etc/passwd', '..\\..\\phien-hop.db', 'x'.repeat(100_001), '__proto__', 'constructor'),
  fc.constantFrom(JSON.parse('{"__proto__": {"polluted": true}}') as unknown, { constructor: { prototype: { polluted: true } } }),
);

/** A payload with the operation's own field names (nested objects too) holding bad values or missing. */
function nearMiss(schema: z.ZodType, depth = 2): fc.Arbitrary<unknown> {
  const shape = objectShape(schema);
  if (!shape || depth === 0) return badValue;
  const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, fc.oneof(badValue, nearMiss(field, depth - 1))]));
  return fc.record(fields, { requiredKeys: [] });
}

function payloads(op: OperationName): fc.Arbitrary<unknown> {
  return fc.oneof(badValue, nearMiss(operations[op]));
}

let ctx: AppContext;
let calls: Map<string, number>;
const channels = new Map<string, Listener>();

/** Every file under the data folder, with its size: a handler that ran would leave a trace. */
function dataFolderListing(): string[] {
  return (fs.readdirSync(ctx.dataDir, { recursive: true }) as string[])
    .filter((f) => !/\.db-(wal|shm)$/.test(f))
    .map((f) => `${f}:${fs.statSync(path.join(ctx.dataDir, f)).size}`)
    .sort();
}

const totalChanges = () => (ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

beforeAll(() => {
  // One database for the whole file (tempDir() would remove it after the first test).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcd-ipc-garbage-'));
  ctx = createAppContext({ dbFile: path.join(dir, 'phien-hop.db'), templatesDir: TEMPLATES_DIR, version: 'test' });
  loadSampleData(ctx.db);
  // The sample data into the database file now: a checkpoint later would change the file's size under the listing.
  ctx.checkpoints.catchUp();
  const real = createHandlers(ctx);
  calls = new Map();
  // Count every call that reaches a handler: refused input must never get that far.
  const counted = Object.fromEntries(
    OPERATION_NAMES.map((name) => [
      name,
      (input: unknown) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return (real[name] as (i: unknown) => unknown)(input);
      },
    ]),
  ) as unknown as Handlers;
  registerApiHandlers({ handle: (channel, listener) => channels.set(channel, listener as Listener) }, counted);
});

afterAll(() => {
  closeAppDatabase(ctx);
  fs.rmSync(ctx.dataDir, { recursive: true, force: true });
});

async function invoke(op: OperationName, input: unknown, url: string | null = 'app://bundle/index.html') {
  const listener = channels.get(channelOf(op));
  if (!listener) throw new Error(`no channel for ${op}`);
  return (await listener({ senderFrame: url === null ? null : { url } }, input)) as { ok: boolean; invalidInput?: boolean; error?: string };
}

describe('IPC handlers refuse invalid payloads without touching anything', () => {
  it('has a channel for every operation of the contract', () => {
    expect([...channels.keys()].sort()).toEqual(OPERATION_NAMES.map(channelOf).sort());
  });

  it.each(OPERATION_NAMES)('%s', async (op) => {
    const changes = totalChanges();
    const files = dataFolderListing();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(payloads(op), async (payload) => {
        fc.pre(!operations[op].safeParse(payload ?? {}).success);
        const result = await invoke(op, payload);
        expect(result).toMatchObject({ ok: false, invalidInput: true });
        expect(result.error).toMatch(/^Dữ liệu gửi lên không hợp lệ/);
        refused++;
      }),
      { numRuns: 60 },
    );
    expect(refused).toBeGreaterThan(0);
    expect(calls.get(op) ?? 0).toBe(0);
    expect(totalChanges()).toBe(changes);
    expect(dataFolderListing()).toEqual(files);
  });

  it('refuses every operation, even with a valid payload, from any page but the app', async () => {
    const changes = totalChanges();
    const files = dataFolderListing();
    for (const op of OPERATION_NAMES) {
      for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://bundle.evil.example/', 'app://evil/index.html', 'http://127.0.0.1/', null]) {
        expect(await invoke(op, {}, url), `${op} from ${url}`).toMatchObject({ ok: false });
      }
    }
    expect([...calls.values()].reduce((a, b) => a + b, 0)).toBe(0);
    expect(totalChanges()).toBe(changes);
    expect(dataFolderListing()).toEqual(files);
  });
});

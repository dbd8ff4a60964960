import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../electron/api/contract';
import { createHandlers } from '../../electron/api/handlers';
import type { AppContext } from '../../electron/app-context';
import { checkpointInBackground } from '../../electron/db/checkpoints';
import { openDatabase } from '../../electron/db/open';
import { channelOf, registerApiHandlers } from '../../electron/ipc/register';

type Listener = (event: { senderFrame: { url: string } | null }, input: unknown) => unknown;

function wire() {
  const db = openDatabase(':memory:');
  const ctx: AppContext = { db, checkpoints: checkpointInBackground(db, ':memory:'), dbFile: ':memory:', dataDir: '.', templatesDir: 'templates', version: 'test' };
  const channels = new Map<string, Listener>();
  registerApiHandlers({ handle: (channel, listener) => channels.set(channel, listener) }, createHandlers(ctx));
  const invoke = (op: string, input: unknown, url = 'app://bundle/index.html') =>
    (channels.get(channelOf(op)) as Listener)({ senderFrame: { url } }, input);
  return { db, channels, invoke };
}

const session = { number: 4, year: 2025, date: '2025-09-24', title: 'Phiên họp lần thứ tư', chair: null, format: 'hybrid', notes: null };

describe('IPC wiring', () => {
  it('registers one channel per operation of the contract', () => {
    const { channels } = wire();
    expect([...channels.keys()].sort()).toEqual(OPERATION_NAMES.map(channelOf).sort());
  });

  it('runs an operation for the app window', async () => {
    const { invoke } = wire();
    const created = (await invoke('createSession', { session })) as { ok: boolean; value: { id: number } };
    expect(created.ok).toBe(true);
    expect(await invoke('listSessions', {})).toEqual({ ok: true, value: [{ ...session, id: created.value.id }] });
  });

  it('refuses calls from any other page and payloads that fail validation, without touching the database', async () => {
    const { invoke, db } = wire();
    const count = () => db.prepare('SELECT count(*) AS n FROM audit_log').get();
    const before = count();
    expect(await invoke('createSession', { session }, 'https://example.org/')).toMatchObject({ ok: false });
    expect(await invoke('createSession', { session }, 'file:///etc/passwd')).toMatchObject({ ok: false });
    expect(await invoke('createSession', { session: { ...session, date: 'hôm qua' } })).toMatchObject({ ok: false, invalidInput: true });
    expect(await invoke('deleteSession', { id: -1 })).toMatchObject({ ok: false, invalidInput: true });
    expect(count()).toEqual(before);
  });
});

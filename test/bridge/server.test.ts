import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import { closeAppDatabase, createAppContext } from '../../electron/app-context';
import type { Bridge } from '../../electron/bridge/server';
import { createBridge } from '../../electron/bridge/server';
import { loadSampleData } from '../../electron/db/sample';
import { TEMPLATES_DIR } from '../../electron/paths';
import { tempDir } from '../helpers/temp';

let open: { bridge: Bridge; close(): void } | undefined;

async function startBridge() {
  const dir = tempDir();
  const ctx = createAppContext({ dbFile: path.join(dir, 'web.db'), templatesDir: TEMPLATES_DIR, version: 'test' });
  loadSampleData(ctx.db);
  const bridge = createBridge({ handlers: createHandlers(ctx), staticDir: path.join(dir, 'no-renderer') });
  const address = await bridge.listen(0);
  open = { bridge, close: () => closeAppDatabase(ctx) };
  const url = new URL(address);
  return { ctx, base: `${url.protocol}//${url.host}`, token: url.searchParams.get('token') ?? '', address };
}

afterEach(async () => {
  await open?.bridge.close();
  open?.close();
  open = undefined;
});

const post = (base: string, op: string, body: unknown, token?: string) =>
  fetch(`${base}/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('loopback bridge', () => {
  it('listens on 127.0.0.1 only and gives the address with a random token', async () => {
    const { address, token } = await startBridge();
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
    const bound = open?.bridge.server.address();
    expect(typeof bound === 'object' && bound?.address).toBe('127.0.0.1');
    expect(token).not.toBe(createBridge({ handlers: {} as never, staticDir: '.' }).token);
  });

  it('answers 401 to any /api/ request without the token, before routing', async () => {
    const { base, token } = await startBridge();
    expect((await post(base, 'listSessions', {})).status).toBe(401);
    expect((await post(base, 'noSuchOperation', {})).status).toBe(401);
    expect((await post(base, 'listSessions', {}, `${token}x`)).status).toBe(401);
    expect((await fetch(`${base}/api/listSessions?token=${token}`, { method: 'POST' })).status).toBe(401);
  });

  it('serves the contract with the token and rejects a body that fails the schema with 400, touching nothing', async () => {
    const { base, token, ctx } = await startBridge();
    const ok = await post(base, 'listSessions', {}, token);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { ok: true; value: Array<{ date: string }> };
    expect(body.value).toHaveLength(5);

    const before = ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    const bad = await post(base, 'createSession', { session: { title: '', date: '17/5/2025' } }, token);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/không hợp lệ/);
    expect((await post(base, 'deleteSession', { id: 'DROP TABLE' }, token)).status).toBe(400);
    const notJson = await fetch(`${base}/api/listSessions`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{' });
    expect(notJson.status).toBe(400);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });
});

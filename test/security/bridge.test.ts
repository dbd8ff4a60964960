/**
 * The loopback bridge of `npm run web`, attacked from the same machine: it answers on
 * 127.0.0.1 only, wants its token in the Authorization header and nowhere else, takes
 * only POST on the API, refuses oversized bodies, and serves no file outside the
 * renderer bundle. Whatever it refuses leaves the database untouched.
 * (test/bridge/server.test.ts covers the ordinary cases.)
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/api/handlers';
import type { AppContext } from '../../electron/app-context';
import { closeAppDatabase, createAppContext } from '../../electron/app-context';
import type { Bridge } from '../../electron/bridge/server';
import { createBridge } from '../../electron/bridge/server';
import { loadSampleData } from '../../electron/db/sample';
import { TEMPLATES_DIR } from '../../electron/paths';

const MAX_BODY = 4096;
const INDEX_HTML = '<!doctype html><title>Chuẩn bị phiên họp</title>';

let dir: string;
let ctx: AppContext;
let bridge: Bridge;
let base: string;
let port: number;
let token: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcd-bridge-security-'));
  const staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'bí mật');
  ctx = createAppContext({ dbFile: path.join(dir, 'web.db'), templatesDir: TEMPLATES_DIR, version: 'test' });
  loadSampleData(ctx.db);
  bridge = createBridge({ handlers: createHandlers(ctx), staticDir, maxBodyBytes: MAX_BODY });
  const address = new URL(await bridge.listen(0));
  base = address.origin;
  port = Number(address.port);
  token = address.searchParams.get('token') ?? '';
});

afterAll(async () => {
  await bridge.close();
  closeAppDatabase(ctx);
  fs.rmSync(dir, { recursive: true, force: true });
});

const totalChanges = () => (ctx.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/** Fails when any request of `work` wrote to the database. */
async function touchesNothing(work: () => Promise<void>): Promise<void> {
  const before = totalChanges();
  await work();
  expect(totalChanges()).toBe(before);
}

function connects(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('loopback bridge under attack', () => {
  it('cannot be reached on any address but 127.0.0.1', async () => {
    expect(await connects('127.0.0.1')).toBe(true);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && a.address !== '127.0.0.1')
      .map((a) => (a as os.NetworkInterfaceInfo).address);
    for (const address of ['::1', ...others]) expect(await connects(address), address).toBe(false);
  });

  it('refuses the token anywhere but the Authorization header, and any near-miss of it', async () => {
    // A valid request body: had any attempt got through, it would have written a session.
    const body = JSON.stringify({ session: { number: 9, year: 2025, date: '2025-12-30', title: 'Phiên họp giả mạo', chair: null, format: 'hybrid', notes: null } });
    const json = { 'content-type': 'application/json' };
    await touchesNothing(async () => {
      const attempts: Array<[string, Record<string, string>]> = [
        [`/api/createSession?token=${token}`, {}],
        [`/api/createSession?authorization=Bearer%20${token}`, {}],
        ['/api/createSession', { cookie: `token=${token}` }],
        ['/api/createSession', { 'x-token': token }],
        ['/api/createSession', { authorization: token }],
        ['/api/createSession', { authorization: `Basic ${Buffer.from(`x:${token}`).toString('base64')}` }],
        ['/api/createSession', { authorization: `Bearer ${token.slice(0, -1)}` }],
        ['/api/createSession', { authorization: `Bearer ${token}0` }],
        ['/api/createSession', { authorization: `Bearer ${token.toUpperCase()}` }],
        ['/api/createSession', { authorization: 'Bearer' }],
      ];
      for (const [url, headers] of attempts) {
        const response = await fetch(`${base}${url}`, { method: 'POST', headers: { ...json, ...headers }, body });
        expect(response.status, `${url} ${JSON.stringify(headers)}`).toBe(401);
      }
    });
  });

  it('takes only POST on the API, even with the token and a valid body', async () => {
    const body = JSON.stringify({ session: { number: 9, year: 2025, date: '2025-12-30', title: 'Phiên họp giả mạo', chair: null, format: 'hybrid', notes: null } });
    await touchesNothing(async () => {
      for (const method of ['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
        const response = await fetch(`${base}/api/createSession`, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...(method === 'GET' ? {} : { body }),
        });
        expect(response.status, method).toBe(405);
      }
    });
  });

  it('refuses a body over the limit with 413, declared or streamed, before parsing it', async () => {
    await touchesNothing(async () => {
      const session = { number: 9, year: 2025, date: '2025-12-30', title: 'x'.repeat(MAX_BODY), chair: null, format: 'hybrid', notes: null };
      const declared = await fetch(`${base}/api/createSession`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ session }),
      });
      expect(declared.status).toBe(413);
      const chunks = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 8; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(MAX_BODY / 2)));
          controller.close();
        },
      });
      const streamed = await fetch(`${base}/api/createSession`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: chunks,
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
    });
  });

  it('serves nothing outside the renderer bundle, however the path is encoded', async () => {
    for (const attempt of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/.%2e/.%2e/web.db', `/${encodeURIComponent(path.join(dir, 'secret.txt'))}`]) {
      const response = await fetch(`${base}${attempt}`);
      const body = await response.text();
      expect(body, attempt).not.toContain('bí mật');
      expect(body, attempt).not.toContain('SQLite format');
    }
  });

  it('answers a malformed path without falling over', async () => {
    const response = await fetch(`${base}/%E0%A4%A`, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBeLessThan(500);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });
});

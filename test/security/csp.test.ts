/**
 * The Content-Security-Policy of the renderer: nothing remote, no eval, no inline
 * script; and both the window (app:// responses) and the loopback bridge send it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/api/handlers';
import { createBridge } from '../../electron/bridge/server';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp';
import { net, recorded } from '../mocks/electron';
import { bootMain } from './boot-main';

/** The policy as directive -> sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

const policy = directives(CONTENT_SECURITY_POLICY);

/** Sources that never leave the machine: the app's own origin, nothing, and in-memory data. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", 'data:', 'blob:']);

let shutdown: () => void;
beforeAll(async () => {
  shutdown = await bootMain();
});
afterAll(() => shutdown());

describe('Content-Security-Policy', () => {
  it('allows no eval in any form, anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
  });

  it('names no remote source: no scheme, host or wildcard besides data: and blob:', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        if (source === "'unsafe-inline'") continue;
        expect(LOCAL_SOURCES.has(source), `${name} ${source}`).toBe(true);
      }
    }
  });

  it('runs only the bundle\'s own scripts and falls back to nothing remote', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    // Inline styles only, for antd's CSS-in-JS; no other directive may allow inline content.
    for (const [name, sources] of policy) if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
  });

  it('is sent with every page of the window', async () => {
    net.fetch.mockResolvedValue(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
    const serve = recorded.protocolHandlers.get('app') as (request: Request) => Promise<Response>;
    for (const url of ['app://bundle/index.html', 'app://bundle/assets/index.js', 'app://bundle/some/route']) {
      const response = await serve(new Request(url));
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('is sent with every page of the loopback bridge', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcd-csp-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    const bridge = createBridge({ handlers: {} as Handlers, staticDir: dir });
    try {
      const base = new URL(await bridge.listen(0)).origin;
      for (const page of ['/', '/index.html', '/tasks/overdue']) {
        const response = await fetch(`${base}${page}`);
        expect(response.headers.get('content-security-policy'), page).toBe(CONTENT_SECURITY_POLICY);
      }
    } finally {
      await bridge.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

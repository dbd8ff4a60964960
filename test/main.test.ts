import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app, recorded } from './mocks/electron';

/** Loads electron/main.ts against the mocked electron module and waits for its start-up. */
beforeAll(async () => {
  // Not tempDir(): its folders go after each test, and userData (database, logs) must last the suite.
  app.userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcd-userdata-'));
  await import('../electron/main');
  for (let i = 0; i < 100 && recorded.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
});

afterAll(() => fs.rmSync(app.userDataDir, { recursive: true, force: true }));

describe('Electron main process (mocked electron)', () => {
  it('opens one window with the renderer isolated and sandboxed', () => {
    expect(recorded.singleInstanceLockRequested).toBe(true);
    expect(recorded.windows).toHaveLength(1);
    const prefs = recorded.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(recorded.windows[0]?.url).toBe('app://bundle/index.html');
  });

  it('blocks navigation away from the app and every new window', () => {
    const contents = recorded.windows[0]?.webContents;
    const navigate = contents?.handlers.get('will-navigate');
    let prevented = 0;
    navigate?.({ preventDefault: () => prevented++ }, 'https://example.org');
    navigate?.({ preventDefault: () => prevented++ }, 'app://bundle/index.html');
    expect(prevented).toBe(1);
    expect(contents?.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('cancels every request that leaves the machine and denies permissions', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      recorded.beforeRequest?.({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.org/x.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('http://10.0.0.1/')).toBe(true);
    expect(decide('ws://example.org/')).toBe(true);
    expect(decide('app://bundle/assets/index.js')).toBe(false);
    let granted: boolean | undefined;
    recorded.permissionHandler?.({}, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
  });

  it('wires the API over IPC with the database in userData, checking the sender', async () => {
    const listSessions = recorded.ipcHandlers.get('api:listSessions');
    expect(await listSessions?.({ senderFrame: { url: 'app://bundle/index.html' } }, {})).toEqual({ ok: true, value: [] });
    expect(await listSessions?.({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false });
    const info = (await recorded.ipcHandlers.get('api:appInfo')?.({ senderFrame: { url: 'app://bundle/' } }, {})) as { value: { dbFile: string } };
    expect(info.value.dbFile.startsWith(app.userDataDir)).toBe(true);
  });

  it('prints the PDF itself in a hidden window, for the app page only, letting only that file through', async () => {
    const printPdf = recorded.ipcHandlers.get('shell:print-pdf');
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1').toString('base64');
    expect(await printPdf?.({ senderFrame: { url: 'https://evil.example/' } }, pdf)).toMatchObject({ printed: false });
    expect(await printPdf?.({ senderFrame: { url: 'app://bundle/index.html' } }, 'PGh0bWw+')).toEqual({ printed: false, error: 'Dữ liệu gửi in không phải tệp PDF.' });
    expect(recorded.windows).toHaveLength(1);

    let allowedWhilePrinting: boolean | undefined;
    const outcome = printPdf?.({ senderFrame: { url: 'app://bundle/index.html' } }, pdf);
    await new Promise((r) => setTimeout(r, 0));
    const printing = recorded.windows[1];
    expect(printing?.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, plugins: true } });
    expect(printing?.options.webPreferences).not.toHaveProperty('preload');
    expect(printing?.webContents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(printing?.url).toMatch(/^file:\/\/.*\.pdf$/);
    recorded.beforeRequest?.({ url: printing?.url }, (r: { cancel: boolean }) => (allowedWhilePrinting = !r.cancel));
    const [options, done] = printing?.webContents.print.mock.calls[0] as [{ silent: boolean }, (ok: boolean, reason: string) => void];
    expect(options.silent).toBe(false);
    done(true, '');
    expect(await outcome).toEqual({ printed: true });
    expect(allowedWhilePrinting).toBe(true);
    expect(printing?.destroyed).toBe(true);
    let allowedAfter: boolean | undefined;
    recorded.beforeRequest?.({ url: printing?.url }, (r: { cancel: boolean }) => (allowedAfter = !r.cancel));
    expect(allowedAfter).toBe(false);
  });

  it('serves the bundle from a privileged app:// scheme and sets a Vietnamese menu', () => {
    expect(recorded.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(recorded.protocolHandlers.has('app')).toBe(true);
    const labels = (recorded.menu as Array<{ label: string }>).map((m) => m.label);
    expect(labels).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ']);
  });
});

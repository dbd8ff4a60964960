/**
 * The main process keeps the app off the network: every request that is not for the
 * app's own bundle (or in-memory data it made, or Chromium's bundled PDF viewer) is
 * cancelled, navigation and new windows are refused, no permission is granted, and the
 * window enables none of the options that would reopen those doors. Checked through the
 * mocked electron module, over generated URLs as well as hand-picked tricky ones.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recorded } from '../mocks/electron';
import { bootMain } from './boot-main';

type Decide = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

let shutdown: () => void;
beforeAll(async () => {
  shutdown = await bootMain();
});
afterAll(() => shutdown());

function cancelled(url: string): boolean {
  let cancel: boolean | undefined;
  (recorded.beforeRequest as Decide)({ url }, (response) => (cancel = response.cancel));
  if (cancel === undefined) throw new Error(`no decision for ${url}`);
  return cancel;
}

/** URLs that leave the machine, or reach something local that is not the bundle. */
const FORBIDDEN = [
  'https://example.org/',
  'http://127.0.0.1:5178/api/listSessions',
  'http://localhost/',
  'http://[::1]/',
  'http://10.0.0.1/',
  'http://192.168.1.10/share',
  'ws://example.org/socket',
  'wss://example.org/socket',
  'ftp://example.org/file',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/drivers/etc/hosts',
  'file://server/share/phien-hop.db',
  'app://bundle.evil.example/index.html',
  'app://evil/index.html',
  'app://bundle@evil.example/index.html',
  'app://bundle:443@evil.example/',
  'chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/',
  'chrome://settings/',
  'http://mhjfbmdgcfjbbpaeojofohoefgiehjai/',
  'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai.evil.example/',
  '//example.org/x.js',
  'not a url',
];

const ALLOWED = [
  'app://bundle/index.html',
  'app://bundle/assets/index-abc.js',
  'data:image/png;base64,iVBORw0KGgo=',
  'blob:app://bundle/5b1c3d2e-0000-4000-8000-000000000000',
  'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
];

describe('network lock-down of the main process', () => {
  it('listens to every request, whatever its URL', () => {
    expect(typeof recorded.beforeRequest).toBe('function');
  });

  it.each(FORBIDDEN)('cancels %s', (url) => {
    expect(cancelled(url)).toBe(true);
  });

  it.each(ALLOWED)('lets the app load %s', (url) => {
    expect(cancelled(url)).toBe(false);
  });

  it('cancels any web URL, with any host, port, path or query', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https', 'ws', 'wss', 'ftp'] }), (url) => {
        expect(cancelled(url)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('cancels app:// URLs whose host is anything but the bundle', () => {
    fc.assert(
      fc.property(fc.domain().filter((d) => d !== 'bundle'), fc.webPath(), (host, p) => {
        expect(cancelled(`app://${host}${p}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses to navigate the window anywhere but the bundle, and opens no new window', () => {
    const contents = recorded.windows[0]?.webContents;
    const navigate = contents?.handlers.get('will-navigate') as (event: { preventDefault(): void }, url: string) => void;
    const open = contents?.windowOpenHandler as (details: { url: string }) => { action: string };
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.constantFrom(...FORBIDDEN)), (url) => {
        let prevented = false;
        navigate({ preventDefault: () => (prevented = true) }, url);
        expect(prevented, url).toBe(true);
        expect(open({ url })).toEqual({ action: 'deny' });
      }),
      { numRuns: 300 },
    );
    expect(open({ url: 'app://bundle/index.html' })).toEqual({ action: 'deny' });
  });

  it('grants no permission a page may ask for', () => {
    const decide = recorded.permissionHandler as (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    const permissions = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection', 'window-management', 'storage-access', 'unknown'];
    for (const permission of permissions) {
      let granted: boolean | undefined;
      decide({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
  });

  it('opens the window without any option that would weaken the renderer\'s isolation', () => {
    const prefs = recorded.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    for (const option of ['nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'experimentalFeatures', 'webviewTag', 'enableBlinkFeatures']) {
      expect(prefs[option], option).toBeFalsy();
    }
    expect(prefs.webSecurity ?? true).toBe(true);
  });
});

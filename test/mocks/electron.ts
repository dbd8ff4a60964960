/**
 * A stand-in for the `electron` module (its binary cannot be downloaded here).
 * It records what the main process asks of Electron so tests can check the
 * window's security settings, the IPC channels and the network lock-down.
 */
import os from 'node:os';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export const recorded = {
  windows: [] as Array<{ options: Record<string, unknown>; webContents: FakeWebContents; url?: string; destroyed?: boolean }>,
  ipcHandlers: new Map<string, Listener>(),
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, Listener>(),
  beforeRequest: undefined as Listener | undefined,
  permissionHandler: undefined as Listener | undefined,
  singleInstanceLockRequested: false,
  menu: undefined as unknown,
  appHandlers: new Map<string, Listener>(),
};

class FakeWebContents {
  handlers = new Map<string, Listener>();
  windowOpenHandler: Listener | undefined;
  on(event: string, listener: Listener) {
    this.handlers.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
  send = vi.fn();
  reload = vi.fn();
  print = vi.fn();
}

export class BrowserWindow {
  static getAllWindows = () => [];
  webContents = new FakeWebContents();
  constructor(public options: Record<string, unknown>) {
    recorded.windows.push({ options, webContents: this.webContents });
  }
  loadURL(url: string) {
    const entry = recorded.windows.find((w) => w.webContents === this.webContents);
    if (entry) entry.url = url;
    return Promise.resolve();
  }
  once() {}
  on() {}
  destroy() {
    const entry = recorded.windows.find((w) => w.webContents === this.webContents);
    if (entry) entry.destroyed = true;
  }
  maximize() {}
  show() {}
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1360, height: 860 };
  }
}

export const app = {
  userDataDir: '',
  getPath: (name: string) => {
    if (name === 'temp') return os.tmpdir();
    if (name !== 'userData') throw new Error(`unexpected path ${name}`);
    return app.userDataDir;
  },
  getVersion: () => '0.0.0-test',
  requestSingleInstanceLock: () => {
    recorded.singleInstanceLockRequested = true;
    return true;
  },
  on: (event: string, listener: Listener) => recorded.appHandlers.set(event, listener),
  quit: vi.fn(),
  whenReady: () => Promise.resolve(),
};

export const ipcMain = {
  handle: (channel: string, listener: Listener) => recorded.ipcHandlers.set(channel, listener),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: Listener) => recorded.protocolHandlers.set(scheme, handler),
};

export const session = {
  defaultSession: {
    webRequest: { onBeforeRequest: (listener: Listener) => (recorded.beforeRequest = listener) },
    setPermissionRequestHandler: (handler: Listener) => (recorded.permissionHandler = handler),
  },
};

export const dialog = { showMessageBox: vi.fn(async () => ({ response: 1 })) };
export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => (recorded.menu = menu),
};
export const net = { fetch: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn() };

export default { app, BrowserWindow, ipcMain, protocol, session, dialog, Menu, net, contextBridge, ipcRenderer };

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron';
import { createHandlers } from './api/handlers';
import { closeAppDatabase, createAppContext } from './app-context';
import { dailyBackup } from './db/backup-rotation';
import { loadSampleData } from './db/sample';
import { listSessions } from './db/sessions';
import { applyHeapPolicy } from './heap-policy';
import { pdfToPrint, printPdf, type PrintOutcome } from './ipc/print-pdf';
import { registerApiHandlers } from './ipc/register';
import { createLogger } from './logger';
import { MENU_TEMPLATE, type MenuItemSpec } from './menu-template';
import { RENDERER_DIR, TEMPLATES_DIR } from './paths';
import { resolveBundleFile } from './security/bundle-path';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { APP_ORIGIN, APP_SCHEME, isAllowedRequest, isAppUrl } from './security/navigation';
import { readWindowState, writeWindowState } from './window-state';

applyHeapPolicy();

// Boot list: privileged scheme, single instance, then on ready: logs, database,
// IPC, network lock-down, menu, window.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const log = createLogger(path.join(userData, 'logs', 'main.log'));
  process.on('uncaughtException', (error) => log.error('uncaught', error));

  const dbFile = path.join(userData, 'phien-hop.db');
  await dailyBackup(dbFile).catch((error: unknown) => log.error('daily backup failed', error));
  const ctx = createAppContext({ dbFile, templatesDir: resolveTemplatesDir(), version: app.getVersion() });
  log.info(`database ${dbFile}`);
  registerApiHandlers(ipcMain, createHandlers(ctx));

  serveBundle();
  lockDownNetwork();

  const window = createWindow(path.join(userData, 'window-state.json'));
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronMenu(MENU_TEMPLATE, window)));
  ipcMain.handle('shell:print', (event) => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return;
    event.sender.print({ silent: false, printBackground: true });
  });
  ipcMain.handle('shell:print-pdf', async (event, base64: unknown): Promise<PrintOutcome> => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return { printed: false, error: 'Yêu cầu không đến từ cửa sổ của ứng dụng' };
    try {
      return await printPdf(pdfToPrint(base64), { tempDir: app.getPath('temp'), openWindow: openPrintWindow, allowUrl: allowWhilePrinting });
    } catch (error) {
      log.error('printing a PDF failed', error);
      return { printed: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
  app.on('before-quit', () => closeAppDatabase(ctx));

  if (listSessions(ctx.db).length === 0) {
    const { response } = await dialog.showMessageBox(window, {
      type: 'question',
      title: 'Lần đầu sử dụng',
      message: 'Chưa có dữ liệu phiên họp. Nạp dữ liệu mẫu (các phiên họp năm 2025 của Ban Chỉ đạo)?',
      buttons: ['Nạp dữ liệu mẫu', 'Bắt đầu với dữ liệu trống'],
      defaultId: 0,
      cancelId: 1,
    });
    if (response === 0) {
      loadSampleData(ctx.db);
      window.webContents.reload();
    }
  }
}

/**
 * Staff may edit the templates: their copy in userData wins over the bundled defaults.
 * Files missing there (a first run, or a template added by an upgrade) are copied in;
 * files the staff edited are never overwritten.
 */
function resolveTemplatesDir(): string {
  const own = path.join(app.getPath('userData'), 'templates');
  fs.mkdirSync(own, { recursive: true });
  for (const name of fs.readdirSync(TEMPLATES_DIR)) {
    const target = path.join(own, name);
    if (!fs.existsSync(target)) fs.copyFileSync(path.join(TEMPLATES_DIR, name), target);
  }
  return own;
}

/** app://bundle/... serves files of the built renderer only, with the CSP header. */
function serveBundle(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveBundleFile(RENDERER_DIR, new URL(request.url).pathname);
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

/** The temporary PDF files being printed (file:// URLs), let through the lock-down while they print. */
const printingFiles = new Set<string>();

function allowWhilePrinting(url: string): () => void {
  printingFiles.add(url);
  return () => printingFiles.delete(url);
}

/** A hidden window for Chromium's PDF viewer: no preload, sandboxed, nothing but the file. */
function openPrintWindow(): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, plugins: true },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  return window;
}

/** The app opens no network connection and grants no permission. */
function lockDownNetwork(): void {
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, printingFiles) });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

function createWindow(stateFile: string): BrowserWindow {
  const state = readWindowState(stateFile);
  const window = new BrowserWindow({
    ...state,
    title: 'Chuẩn bị phiên họp Ban Chỉ đạo',
    show: false,
    webPreferences: {
      preload: path.join(import.meta.dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Chromium's PDF viewer, for the export screen's preview of the document to print.
      plugins: true,
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.on('close', () => {
    writeWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function toElectronMenu(items: MenuItemSpec[], window: BrowserWindow): MenuItemConstructorOptions[] {
  return items.map(({ route, submenu, ...item }) => ({
    ...(item as MenuItemConstructorOptions),
    ...(submenu ? { submenu: toElectronMenu(submenu, window) } : {}),
    ...(route ? { click: () => window.webContents.send('navigate', route) } : {}),
  }));
}

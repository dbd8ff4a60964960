/** The scheme the renderer is served from in the window (a privileged custom scheme, not file://). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bundle`;

/** True for the app's own pages: the only place IPC calls and navigation may come from. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'bundle';
  } catch {
    return false;
  }
}

/** Chromium's built-in PDF viewer, which draws the export preview; it ships inside Electron. */
const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/**
 * The app opens no network connection: every request that is not for the app's own
 * bundle (or an in-memory blob/data URL it made itself, or the bundled PDF viewer
 * showing such a blob, or a file the main process is printing: `alsoAllowed`) is
 * cancelled.
 */
export function isAllowedRequest(url: string, alsoAllowed: ReadonlySet<string> = new Set()): boolean {
  if (isAppUrl(url) || alsoAllowed.has(url)) return true;
  return /^(blob|data):/.test(url) || /^devtools:/.test(url) || url.startsWith(PDF_VIEWER_ORIGIN);
}

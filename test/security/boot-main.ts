import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, recorded } from '../mocks/electron';

/**
 * Loads electron/main.ts against the mocked electron module, with its user data in a
 * fresh folder, and waits until it has opened its window. Returns a function that
 * removes the folder (call it after the test file's last test).
 */
export async function bootMain(): Promise<() => void> {
  app.userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcd-security-userdata-'));
  await import('../../electron/main');
  for (let i = 0; i < 250 && recorded.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
  if (recorded.windows.length === 0) throw new Error('the main process opened no window');
  return () => {
    (recorded.appHandlers.get('before-quit') as (() => void) | undefined)?.();
    fs.rmSync(app.userDataDir, { recursive: true, force: true });
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { chromium, type Browser } from 'playwright-core';

export interface WebApp {
  address: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `npm run web`'s entry in a real process on a free port; resolves with the address it prints first. */
export async function startWeb(dbFile: string): Promise<WebApp> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/serve.ts', '--db', dbFile, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`web exited ${code}: ${stderr}`)));
  });
  return {
    address: firstLine,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Debian's Chromium, headless, with the flags that keep it off the closed network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

import fs from 'node:fs';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const DEFAULT_STATE: WindowState = { width: 1360, height: 860, maximized: false };

/** The window's last size and position, or the default when the file is missing or damaged. */
export function readWindowState(file: string): WindowState {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowState>;
    const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
    if (!ok(parsed.width) || !ok(parsed.height)) return DEFAULT_STATE;
    return {
      width: Math.max(800, parsed.width as number),
      height: Math.max(600, parsed.height as number),
      ...(ok(parsed.x) && ok(parsed.y) ? { x: parsed.x as number, y: parsed.y as number } : {}),
      maximized: parsed.maximized === true,
    };
  } catch {
    return DEFAULT_STATE;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  fs.writeFileSync(file, JSON.stringify(state));
}

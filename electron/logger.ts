import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Appends timestamped lines to a log file (in userData), creating its folder. */
export function createLogger(file: string): Logger {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const write = (level: string, message: string) =>
    fs.appendFileSync(file, `${new Date().toISOString()} ${level} ${message}\n`);
  return {
    info: (message) => write('INFO', message),
    error: (message, error) =>
      write('ERROR', `${message}${error instanceof Error ? `: ${error.stack ?? error.message}` : ''}`),
  };
}

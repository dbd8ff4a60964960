import fs from 'node:fs';
import path from 'node:path';
import { todayIso } from '../domain/vietnamese';
import { backupDatabase } from './backup';

/** How many daily backups are kept. */
export const KEPT_BACKUPS = 14;

export function backupFolder(dbFile: string): string {
  return path.join(path.dirname(dbFile), 'backups');
}

/** Backups of this database, newest first (names sort by their date); `daily` keeps only the automatic ones. */
export function listBackups(dbFile: string, daily = false): string[] {
  const dir = backupFolder(dbFile);
  if (!fs.existsSync(dir)) return [];
  const prefix = `${path.basename(dbFile, '.db')}-`;
  const pattern = daily ? /-\d{4}-\d{2}-\d{2}\.db$/ : /\.db$/;
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && pattern.test(f))
    .sort()
    .reverse()
    .map((f) => path.join(dir, f));
}

/**
 * On the first start of each day, a backup of the database into backups/, keeping
 * the last KEPT_BACKUPS. Returns the file written, or null when today's exists.
 */
export async function dailyBackup(dbFile: string, today = todayIso()): Promise<string | null> {
  if (!fs.existsSync(dbFile)) return null;
  const file = path.join(backupFolder(dbFile), `${path.basename(dbFile, '.db')}-${today}.db`);
  if (fs.existsSync(file)) return null;
  await backupDatabase(dbFile, file);
  for (const old of listBackups(dbFile, true).slice(KEPT_BACKUPS)) fs.rmSync(old, { force: true });
  return file;
}

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { schemaVersion } from './migration';
import { MIGRATIONS } from './migrations';
import { registerFunctions } from './open';

const SIDE_FILES = ['-wal', '-shm'] as const;

/**
 * A consistent copy of a database that may be in use, through SQLite's online backup
 * API (never a file copy of a live WAL database). Written to a temporary name and
 * renamed, so a crash never leaves a half-written backup under the final name.
 */
export async function backupDatabase(dbFile: string, outFile: string): Promise<void> {
  if (!fs.existsSync(dbFile)) throw new Error(`Không tìm thấy tệp dữ liệu: ${dbFile}`);
  const source = new Database(dbFile, { fileMustExist: true });
  const temp = `${outFile}.partial`;
  try {
    source.pragma('busy_timeout = 5000');
    fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
    removeWithSideFiles(temp);
    await source.backup(temp);
  } finally {
    source.close();
  }
  makeSelfContained(temp);
  verifyDatabaseFile(temp);
  fs.renameSync(temp, outFile);
}

/**
 * A backup copies the source's pages, header included, so it comes out in WAL mode and
 * every later open would leave -wal and -shm files beside it (under the temporary name,
 * once renamed). Switched to a rollback journal, the backup is one file that can be
 * copied, mailed or restored on its own; openDatabase turns WAL back on when it is used.
 */
function makeSelfContained(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  for (const suffix of SIDE_FILES) fs.rmSync(`${file}${suffix}`, { force: true });
}

function removeWithSideFiles(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Checks that a file is a sound database of this app, or throws a message saying why not. */
export function verifyDatabaseFile(file: string): void {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (cause) {
    throw new Error(`Không mở được tệp ${file} như một cơ sở dữ liệu SQLite`, { cause });
  }
  try {
    registerFunctions(db);
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`Tệp ${file} bị hỏng: ${String(check)}`);
    const version = schemaVersion(db);
    if (version < 1 || version > MIGRATIONS.length) {
      throw new Error(`Tệp ${file} không phải dữ liệu của ứng dụng này (phiên bản lược đồ ${version})`);
    }
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Tệp')) throw error;
    throw new Error(`Tệp ${file} không phải cơ sở dữ liệu hợp lệ: ${(error as Error).message}`, { cause: error });
  } finally {
    db.close();
  }
}

/**
 * Puts a backup back in place of the database. The backup is verified first; the
 * current file is kept beside it (.before-restore) until the copy is complete.
 * The database must not be open in another process.
 */
export async function restoreDatabase(fromFile: string, dbFile: string): Promise<void> {
  if (!fs.existsSync(fromFile)) throw new Error(`Không tìm thấy bản sao lưu: ${fromFile}`);
  verifyDatabaseFile(fromFile);
  const temp = `${dbFile}.restoring`;
  removeWithSideFiles(temp);
  const source = new Database(fromFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(temp);
  } finally {
    source.close();
  }
  makeSelfContained(temp);
  verifyDatabaseFile(temp);
  if (fs.existsSync(dbFile)) keepReplacedFile(dbFile);
  for (const suffix of SIDE_FILES) fs.rmSync(`${dbFile}${suffix}`, { force: true });
  fs.renameSync(temp, dbFile);
}

/**
 * Keeps the file a restore replaces as name.before-restore. A sound file has its WAL
 * folded in first, so the kept copy is whole on its own. A damaged one (the usual reason
 * to restore) may refuse even to open: it is kept as it is, with its WAL beside it.
 */
function keepReplacedFile(dbFile: string): void {
  const kept = `${dbFile}.before-restore`;
  removeWithSideFiles(kept);
  const folded = foldWal(dbFile);
  fs.copyFileSync(dbFile, kept);
  if (!folded && fs.existsSync(`${dbFile}-wal`)) fs.copyFileSync(`${dbFile}-wal`, `${kept}-wal`);
}

/** Checkpoints the file's WAL into it; false when the file cannot be opened as a database. */
function foldWal(dbFile: string): boolean {
  let db: Database.Database;
  try {
    db = new Database(dbFile, { fileMustExist: true });
  } catch {
    return false;
  }
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

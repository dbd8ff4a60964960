import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { BackgroundCheckpoints } from '../../electron/db/checkpoints';
import { checkpointInBackground } from '../../electron/db/checkpoints';
import type { Db } from '../../electron/db/open';
import { openDatabase } from '../../electron/db/open';
import { tempDir } from '../helpers/temp';

/** Writes `rows` rows of about 1 KiB in one transaction: 250+ pages into the WAL. */
function writeRows(db: Db, rows: number): void {
  db.exec('CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`${i} `.padEnd(1000, 'x'));
  })();
}

/** The rows of `filler` in the database file alone, as a copy without its -wal would show them. */
function rowsInFileAlone(file: string): number {
  const copy = `${file}.alone.db`;
  fs.copyFileSync(file, copy);
  const db = new Database(copy, { readonly: true });
  try {
    const table = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'filler'").pluck().get() as number;
    return table === 0 ? 0 : (db.prepare('SELECT count(*) FROM filler').pluck().get() as number);
  } finally {
    db.close();
  }
}

const autocheckpoint = (db: Db) => db.pragma('wal_autocheckpoint', { simple: true }) as number;

interface App {
  db: Db;
  file: string;
  checkpoints: BackgroundCheckpoints;
}

/**
 * Opens a new database file as the app does, with its checkpoint thread (which opens
 * `threadFile(dir)` instead when given), runs `use`, then stops the thread and closes the
 * database. Returns the file.
 */
async function withApp(use: (app: App) => unknown, threadFile?: (dir: string) => string): Promise<string> {
  const dir = tempDir('bcd-checkpoints-');
  const file = path.join(dir, 'app.db');
  const db = openDatabase(file);
  const checkpoints = checkpointInBackground(db, threadFile ? threadFile(dir) : file);
  try {
    await use({ db, file, checkpoints });
  } finally {
    checkpoints.stop();
    db.close();
  }
  return file;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('WAL checkpoints on a thread of their own', () => {
  it('copy what the app writes into the database file while the writer does not checkpoint itself', () =>
    withApp(async ({ db, file, checkpoints }) => {
      expect(autocheckpoint(db)).toBe(0);
      // A WAL grown while writes followed one another is cut back once it starts over.
      expect(db.pragma('journal_size_limit', { simple: true })).toBe(64 * 1024 * 1024);
      writeRows(db, 3000);
      checkpoints.catchUp();
      expect(rowsInFileAlone(file)).toBe(3000);
      writeRows(db, 500);
      checkpoints.catchUp();
      expect(rowsInFileAlone(file)).toBe(3500);
      // The thread is still running (had it failed, the writer would checkpoint itself again),
      // so the copies were its own: the writer's checkpoints stayed off throughout.
      await tick();
      expect(autocheckpoint(db)).toBe(0);
    }));

  it('hand the checkpoints back to the writer when stopped, leaving no WAL once the app closes', async () => {
    const file = await withApp(({ db, checkpoints }) => {
      writeRows(db, 100);
      checkpoints.stop();
      expect(autocheckpoint(db)).toBe(1000);
    });
    // The thread's connection closed first, so the app's was the last: it checkpointed and removed the WAL.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const reopened = new Database(file, { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM filler').pluck().get()).toBe(100);
    reopened.close();
  });

  it('fall back to the writer when the thread cannot open the database', () =>
    withApp(
      async ({ db, file, checkpoints }) => {
        writeRows(db, 3000);
        checkpoints.catchUp();
        expect(rowsInFileAlone(file)).toBe(3000);
        // Once the main thread hears of the failure, the writer checkpoints itself again.
        await tick();
        expect(autocheckpoint(db)).toBe(1000);
      },
      // The thread opens the path it is given, which names no file.
      (dir) => path.join(dir, 'missing.db'),
    ));

  it('still catch up and stop where the main thread may not block on Atomics.wait', async () => {
    const appFile = await withApp(({ db, file, checkpoints }) => {
      const wait = vi.spyOn(Atomics, 'wait').mockImplementation(() => {
        throw new TypeError('Atomics.wait cannot be called in this context');
      });
      try {
        writeRows(db, 1000);
        checkpoints.catchUp();
        expect(rowsInFileAlone(file)).toBe(1000);
        checkpoints.stop();
        expect(wait).toHaveBeenCalled();
        expect(autocheckpoint(db)).toBe(1000);
      } finally {
        wait.mockRestore();
      }
    });
    expect(fs.existsSync(`${appFile}-wal`)).toBe(false);
  });

  it('leave a database in memory to SQLite', () => {
    const db = openDatabase(':memory:');
    const before = autocheckpoint(db);
    checkpointInBackground(db, ':memory:').stop();
    expect(autocheckpoint(db)).toBe(before);
    db.close();
  });
});

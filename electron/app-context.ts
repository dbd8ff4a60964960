import path from 'node:path';
import type { BackgroundCheckpoints } from './db/checkpoints';
import { checkpointInBackground } from './db/checkpoints';
import type { Db } from './db/open';
import { openDatabase } from './db/open';

/** Everything a handler needs: the open database and where the app keeps its files. */
export interface AppContext {
  db: Db;
  /** The WAL checkpoints of `db`, on a thread of their own (db/checkpoints.ts). */
  checkpoints: BackgroundCheckpoints;
  dbFile: string;
  dataDir: string;
  templatesDir: string;
  version: string;
}

export interface ContextOptions {
  dbFile: string;
  templatesDir: string;
  version: string;
}

/** The app's database as the app opens it: migrated, with its checkpoint thread. */
function openAppDatabase(dbFile: string): Pick<AppContext, 'db' | 'checkpoints'> {
  const db = openDatabase(dbFile);
  return { db, checkpoints: checkpointInBackground(db, dbFile) };
}

/** Opens the database (migrating it) and builds the context shared by IPC and the bridge. */
export function createAppContext(options: ContextOptions): AppContext {
  const dbFile = path.resolve(options.dbFile);
  return {
    ...openAppDatabase(dbFile),
    dbFile,
    dataDir: path.dirname(dbFile),
    templatesDir: options.templatesDir,
    version: options.version,
  };
}

/** Closes the database: the checkpoint thread's connection first, so the app's is the last and leaves no WAL behind. */
export function closeAppDatabase(ctx: AppContext): void {
  ctx.checkpoints.stop();
  ctx.db.close();
}

/** Opens the database file again, as createAppContext did (after a backup is put back in its place). */
export function reopenAppDatabase(ctx: AppContext): void {
  Object.assign(ctx, openAppDatabase(ctx.dbFile));
}

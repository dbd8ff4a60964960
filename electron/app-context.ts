import path from 'node:path';
import type { Db } from './db/open';
import { openDatabase } from './db/open';

/** Everything a handler needs: the open database and where the app keeps its files. */
export interface AppContext {
  db: Db;
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

/** Opens the database (migrating it) and builds the context shared by IPC and the bridge. */
export function createAppContext(options: ContextOptions): AppContext {
  const dbFile = path.resolve(options.dbFile);
  return {
    db: openDatabase(dbFile),
    dbFile,
    dataDir: path.dirname(dbFile),
    templatesDir: options.templatesDir,
    version: options.version,
  };
}

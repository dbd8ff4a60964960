import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { foldVietnamese } from '../domain/vietnamese';
import { ensureAgencyCatalogue } from './agencies';
import type { Migration } from './migration';
import { runMigrations, schemaVersion } from './migration';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Open an existing file only; never create one. */
  mustExist?: boolean;
  readonly?: boolean;
  /** For tests of the runner itself; the app always uses MIGRATIONS. */
  migrations?: readonly Migration[];
}

/** WAL needs shared memory, which a network share cannot give: detect UNC and mapped shares. */
function isNetworkPath(file: string): boolean {
  return file.startsWith('\\\\') || file.startsWith('//');
}

/** Registers the SQL functions the schema's triggers call; needed on every connection. */
export function registerFunctions(db: Db): void {
  db.function('vi_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldVietnamese(text) : '',
  );
}

/**
 * Page cache per connection: 128 MiB (better-sqlite3's build sets 16 MiB), filled only
 * as pages are read, and no memory map. Large enough for a comparison of every series
 * (a seek per series across the figures' index and table, electron/comparison/
 * indicators.ts). Measured on the bench file (1,000,000 figures; bench/generate.ts),
 * reading the latest figures of its 10,000 series, CPU time per call, connections
 * alternated in one process: 71 ms p50 with a map of 128 MiB beside a 64 MiB cache, 73 ms
 * with this cache and no map; with no map and a cache of 64 or 80 MiB, 1.6-1.9 times as
 * long (the call's pages overflowed the cache). The two fast ones differ in memory:
 * every page read through a map counts in the process's resident set for as long as the
 * map lives (up to the map's 128 MiB, on top of the cache's 64), while the cache is
 * bounded by its own size. Without a map there is also nothing to turn off on a network
 * share, where a failed read through a map crashes the process instead of raising an
 * error.
 */
const CACHE_KIB = 131_072;

/**
 * Opens (or creates) a database file: WAL, foreign keys on, schema migrated to the
 * latest version, the agency catalogue present. Before an existing file is upgraded,
 * a backup copy is written beside it (name.db.v<from>-<stamp>.bak).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (options.mustExist && file !== ':memory:' && !fs.existsSync(file)) {
    throw new Error(`Không tìm thấy tệp dữ liệu: ${file}`);
  }
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.mustExist ?? false });
  try {
    registerFunctions(db);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma(`cache_size = -${CACHE_KIB}`);
    // Temporary storage in memory. A statement that writes to a table with triggers (figures,
    // tasks) keeps the pages it changes in a statement journal, so it can be undone alone.
    // SQLite holds that journal in memory up to 64 KiB and then moves it to a temporary file,
    // which stays a file for the rest of the transaction: from then on every statement writes
    // its journal to disk. Writing figures 25 to a statement (createObservations) crossed the
    // 64 KiB now and then; the bench's 1,000,000 figures then made 2,900 writes to that file
    // per 100,000 and took a quarter longer. A statement journal holds the pages one statement
    // changes; sorts were already held in memory up to the cache's size.
    db.pragma('temp_store = MEMORY');
    if (options.readonly) return db;
    db.pragma(`journal_mode = ${file !== ':memory:' && isNetworkPath(file) ? 'DELETE' : 'WAL'}`);
    db.pragma('synchronous = NORMAL');
    const migrations = options.migrations ?? MIGRATIONS;
    const from = schemaVersion(db);
    if (from > 0 && from < migrations.length && file !== ':memory:') {
      backupBeforeUpgrade(db, file, from);
    }
    runMigrations(db, migrations);
    if (!options.migrations) ensureAgencyCatalogue(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function backupBeforeUpgrade(db: Db, file: string, from: number): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${file}.v${from}-${stamp}.bak`;
  const temp = `${target}.partial`;
  // A synchronous page-by-page copy under the open connection: consistent and whole.
  // Written under a temporary name and renamed, so a crash mid-copy leaves no file
  // that looks like a finished backup.
  fs.rmSync(temp, { force: true });
  db.exec(`VACUUM INTO '${temp.replace(/'/g, "''")}'`);
  fs.renameSync(temp, target);
}

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
  // A synchronous page-by-page copy under the open connection: consistent and whole.
  db.exec(`VACUUM INTO '${target.replace(/'/g, "''")}'`);
}

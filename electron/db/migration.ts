import type Database from 'better-sqlite3';

/** One forward-only step of the schema; `up` runs inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export class DatabaseFromTheFutureError extends Error {
  constructor(found: number, latest: number) {
    super(
      `Tệp dữ liệu có phiên bản lược đồ ${found}, mới hơn phiên bản ${latest} mà ứng dụng này hiểu. ` +
        'Hãy cập nhật ứng dụng trước khi mở tệp này.',
    );
  }
}

/** Checks that versions run 1, 2, 3 ... without gaps; a wrong list is a programming error. */
export function assertMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
  });
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs the pending migrations, each in its own transaction together with the
 * user_version bump, so a step that fails half way leaves the file as it was.
 * Returns the versions applied.
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[]): number[] {
  assertMigrationOrder(migrations);
  const latest = migrations.length;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseFromTheFutureError(current, latest);
  const applied: number[] = [];
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}

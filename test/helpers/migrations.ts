import type { Migration } from '../../electron/db/migration';

/** The migration's step, then a failure, as when the disk fills half way through it. */
export function failingAfter(migration: Migration): Migration {
  return {
    ...migration,
    up(db) {
      migration.up(db);
      throw new Error('disk full');
    },
  };
}

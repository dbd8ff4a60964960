/** What the fault test and the process it kills agree on. */
import type { Migration } from '../../electron/db/migration';
import { MIGRATIONS } from '../../electron/db/migrations';

/** Rows each import-like transaction writes besides its document. */
export const FIGURES_PER_DOCUMENT = 40;
export const TASKS_PER_DOCUMENT = 10;

/**
 * A migration that touches every figure (so the audit triggers fire for each),
 * adds a column, a table and an index: enough work for a kill to land inside it.
 */
export const HEAVY_MIGRATION: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'fault test: rewrite every figure',
  up(db) {
    db.exec(`
      ALTER TABLE observations ADD COLUMN value_doubled REAL;
      UPDATE observations SET value_doubled = value * 2;
      CREATE TABLE fault_marks (id INTEGER PRIMARY KEY, observation_id INTEGER NOT NULL, note TEXT NOT NULL);
      INSERT INTO fault_marks (observation_id, note) SELECT id, 'đã chuyển đổi' FROM observations;
      CREATE INDEX fault_marks_observation ON fault_marks (observation_id);
    `);
  },
};

export const MIGRATIONS_WITH_HEAVY: readonly Migration[] = [...MIGRATIONS, HEAVY_MIGRATION];

import type { Migration } from '../migration';

/**
 * A figure's insert is logged by table, row, action and time, without the row as JSON.
 *
 * The row itself is the record of what was inserted: as long as it stands unchanged it
 * holds those values, an update logs them as its `before`, and a delete logs them as
 * its `before` too. So the log still answers what each figure was when it was saved,
 * who changed it since and to what, and what a deleted one held; updates and deletes
 * of figures keep logging the row before and after as JSON. Only a task's history
 * (electron/db/views.ts) reads entries back, and it reads tasks and task updates,
 * whose inserts keep their JSON.
 *
 * Formatting a figure's eleven columns as JSON was most of the audit log's cost when
 * figures are saved in bulk, and half the size of the file (bench/generate.ts,
 * 1,000,000 figures: 391 MiB with it, 186 MiB without; under callgrind 51,600 -> 41,400
 * instructions a row).
 */
export const figureInsertsLoggedById: Migration = {
  version: 10,
  name: 'figure inserts logged by id',
  up(db) {
    db.exec(`
      DROP TRIGGER observations_audit_ai;
      CREATE TRIGGER observations_audit_ai AFTER INSERT ON observations BEGIN
        INSERT INTO audit_log (table_name, row_id, action) VALUES ('observations', NEW.id, 'insert');
      END;
    `);
  },
};

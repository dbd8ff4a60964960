import type { Migration } from '../migration';
import { rewriteTableDefinitions } from './table-definitions';

/** The allowed values of a column, as the first schema listed them in CHECK (column IN (...)). */
const LISTS: ReadonlyArray<{ table: string; column: string; values: readonly string[] }> = [
  { table: 'sessions', column: 'format', values: ['in_person', 'online', 'hybrid'] },
  { table: 'observations', column: 'kind', values: ['level', 'change', 'count_of', 'rank'] },
  { table: 'observations', column: 'qualifier', values: ['exact', 'approx', 'more_than', 'less_than'] },
  { table: 'tasks', column: 'deadline_kind', values: ['date', 'month', 'quarter', 'half', 'year', 'recurring', 'none'] },
  { table: 'audit_log', column: 'action', values: ['insert', 'update', 'delete'] },
];

const quoted = (value: string) => `'${value}'`;

/**
 * Checks of a value list by comparisons. SQLite codes `CHECK (x IN (a, b, c))` with more
 * than two values as a temporary b-tree of the values, built again for every row
 * written: for a figure, its kind, its qualifier and its audit entry's action, three
 * b-trees opened, filled and freed per row, more than half of what SQLite executes to
 * save it (bench/generate.ts figures under callgrind: 108,500 -> 51,600 instructions a
 * row with the audit log, 68,100 -> 29,500 without).
 * `x = a OR x = b OR x = c` accepts and refuses the same values with a few comparisons.
 *
 * The tables keep their rows: only the CREATE TABLE text SQLite keeps changes, the
 * procedure SQLite's ALTER TABLE documentation gives for constraint changes that leave
 * the stored content as it is (writable_schema, then a new schema version so every
 * connection reads the new text). Every stored row passes the new checks, which are
 * the old ones written otherwise. Rebuilding the tables instead would copy every
 * figure and audit entry, and tasks cannot be rebuilt inside the migration's
 * transaction (foreign keys cannot be turned off there, and task_updates cascade).
 */
export const checksByComparison: Migration = {
  version: 9,
  name: 'checks by comparison',
  up(db) {
    rewriteTableDefinitions(
      db,
      LISTS.map(({ table, column, values }) => ({
        table,
        from: `CHECK (${column} IN (${values.map(quoted).join(', ')}))`,
        to: `CHECK (${values.map((v) => `${column} = ${quoted(v)}`).join(' OR ')})`,
      })),
    );
  },
};

import type Database from 'better-sqlite3';

export interface TableEdit {
  table: string;
  /** Text of the CREATE TABLE statement to replace; it must occur exactly once. */
  from: string;
  to: string;
}

/**
 * Edits CREATE TABLE statements kept in sqlite_schema, for changes that leave every
 * stored row as it is (a constraint written otherwise, a default value): the procedure
 * SQLite's ALTER TABLE documentation gives for them (writable_schema, then a new schema
 * version so every connection reads the new text). Runs inside the migration's
 * transaction, so a failure leaves the schema as it was.
 */
export function rewriteTableDefinitions(db: Database.Database, edits: readonly TableEdit[]): void {
  const version = db.pragma('schema_version', { simple: true }) as number;
  // better-sqlite3 opens connections in SQLite's defensive mode, which refuses writable_schema.
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    const read = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck();
    const write = db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?");
    for (const { table, from, to } of edits) {
      const sql = read.get(table) as string | undefined;
      if (sql?.split(from).length !== 2) throw new Error(`Table ${table} does not have exactly one ${from}`);
      write.run(sql.replace(from, () => to), table);
    }
    db.pragma(`schema_version = ${version + 1}`);
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
}

/**
 * SQL for triggers that record every insert, update and delete of the given tables
 * in audit_log, with the row before and after as JSON. Triggers rather than code in
 * each repository, so no write path can skip the log.
 */
export function auditTriggers(tables: Record<string, string[]>): string {
  return Object.entries(tables)
    .map(([table, columns]) => {
      const json = (row: 'NEW' | 'OLD') =>
        `json_object(${columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
      const rowId = table === 'settings' ? 'rowid' : 'id';
      return `
        CREATE TRIGGER ${table}_audit_ai AFTER INSERT ON ${table} BEGIN
          INSERT INTO audit_log (table_name, row_id, action, after) VALUES ('${table}', NEW.${rowId}, 'insert', ${json('NEW')});
        END;
        CREATE TRIGGER ${table}_audit_au AFTER UPDATE ON ${table} BEGIN
          INSERT INTO audit_log (table_name, row_id, action, before, after) VALUES ('${table}', NEW.${rowId}, 'update', ${json('OLD')}, ${json('NEW')});
        END;
        CREATE TRIGGER ${table}_audit_ad AFTER DELETE ON ${table} BEGIN
          INSERT INTO audit_log (table_name, row_id, action, before) VALUES ('${table}', OLD.${rowId}, 'delete', ${json('OLD')});
        END;`;
    })
    .join('\n');
}

export interface AuditTriggerOptions {
  /**
   * Log an update only when it sets one of the audited columns: a table that also
   * holds derived columns, kept in step by triggers, would otherwise log non-changes.
   */
  onlyAuditedColumns?: boolean;
}

/**
 * SQL for triggers that record every insert, update and delete of the given tables
 * in audit_log, with the row before and after as JSON. Triggers rather than code in
 * each repository, so no write path can skip the log.
 */
export function auditTriggers(tables: Record<string, string[]>, options: AuditTriggerOptions = {}): string {
  return Object.entries(tables)
    .map(([table, columns]) => {
      const json = (row: 'NEW' | 'OLD') =>
        `json_object(${columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
      const rowId = table === 'settings' ? 'rowid' : 'id';
      const update = options.onlyAuditedColumns ? `UPDATE OF ${columns.join(', ')}` : 'UPDATE';
      return `
        CREATE TRIGGER ${table}_audit_ai AFTER INSERT ON ${table} BEGIN
          INSERT INTO audit_log (table_name, row_id, action, after) VALUES ('${table}', NEW.${rowId}, 'insert', ${json('NEW')});
        END;
        CREATE TRIGGER ${table}_audit_au AFTER ${update} ON ${table} BEGIN
          INSERT INTO audit_log (table_name, row_id, action, before, after) VALUES ('${table}', NEW.${rowId}, 'update', ${json('OLD')}, ${json('NEW')});
        END;
        CREATE TRIGGER ${table}_audit_ad AFTER DELETE ON ${table} BEGIN
          INSERT INTO audit_log (table_name, row_id, action, before) VALUES ('${table}', OLD.${rowId}, 'delete', ${json('OLD')});
        END;`;
    })
    .join('\n');
}

import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const prepared = new WeakMap<Db, Map<string, Statement>>();

/**
 * The connection's statement for `sql`, prepared on first use and kept for the life
 * of the connection. better-sqlite3 frees a statement's native memory only when its
 * JavaScript wrapper is collected, and the collector does not see that memory: a
 * service that prepared its statements on every call grew the bench process to
 * gigabytes while importing 1,000 texts. The SQL strings are the program's own (values
 * are always bound), so the cache holds a bounded set.
 *
 * A statement's mode (raw, pluck) belongs to the statement: callers that need one set
 * it on every use.
 */
export function statement(db: Db, sql: string): Statement {
  let statements = prepared.get(db);
  if (!statements) {
    statements = new Map();
    prepared.set(db, statements);
  }
  let stmt = statements.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    statements.set(sql, stmt);
  }
  return stmt;
}

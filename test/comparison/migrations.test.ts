import { describe, expect, it } from 'vitest';
import { SERIES_LIST_SQL } from '../../electron/comparison/figure-reads';
import { taskStatusCte } from '../../electron/comparison/task-status';
import { runMigrations, schemaVersion } from '../../electron/db/migration';
import { MIGRATIONS } from '../../electron/db/migrations';
import { scopeKey } from '../../electron/db/migrations/005-observation-series-keys';
import type { Db } from '../../electron/db/open';
import { openDatabase } from '../../electron/db/open';
import { search } from '../../electron/db/search';
import { addTaskUpdate, deleteTask, getTask, updateTask } from '../../electron/db/tasks';

function doneDates(db: Db, id: number) {
  return db.prepare('SELECT first_done_date AS first, last_done_date AS last FROM tasks WHERE id = ?').get(id);
}

function auditCount(db: Db, table: string, action: string): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_log WHERE table_name = ? AND action = ?').get(table, action) as { n: number }).n;
}

function migratedFromVersion1(): Db {
  const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 1) });
  expect(schemaVersion(db)).toBe(1);
  db.exec(`
    INSERT INTO tasks (id, lead_name, content, deadline_kind, due_date) VALUES (1, 'Bộ Công an', 'Xây dựng Nghị định', 'date', '2025-08-31');
    INSERT INTO tasks (id, lead_name, content, deadline_kind, due_date) VALUES (2, 'Bộ Tư pháp', 'Rà soát Thông tư', 'date', '2025-08-31');
    INSERT INTO task_updates (task_id, progress, date) VALUES (1, 'in_progress', '2025-08-01'), (1, 'done', '2025-09-02'), (1, 'done', '2025-08-20');
  `);
  runMigrations(db, MIGRATIONS.slice(0, 2));
  expect(schemaVersion(db)).toBe(2);
  return db;
}

describe('migration 2: task done dates', () => {
  it('keeps every task and update and fills in the completion dates', () => {
    const db = migratedFromVersion1();
    expect(db.prepare('SELECT count(*) AS n FROM task_updates').get()).toEqual({ n: 3 });
    expect(doneDates(db, 1)).toEqual({ first: '2025-08-20', last: '2025-09-02' });
    expect(doneDates(db, 2)).toEqual({ first: null, last: null });
    db.close();
  });

  it('keeps the dates in step with every insert, change and removal of an update, without logging tasks', () => {
    const db = migratedFromVersion1();
    const tasksLogged = auditCount(db, 'tasks', 'update');
    const updatesLogged = auditCount(db, 'task_updates', 'insert');
    const update = addTaskUpdate(db, { taskId: 2, progress: 'done', date: '2025-08-30', note: null, evidenceDocumentId: null });
    expect(doneDates(db, 2)).toEqual({ first: '2025-08-30', last: '2025-08-30' });
    db.prepare('UPDATE task_updates SET date = ? WHERE id = ?').run('2025-09-05', update.id);
    expect(doneDates(db, 2)).toEqual({ first: '2025-09-05', last: '2025-09-05' });
    db.prepare('UPDATE task_updates SET task_id = 1 WHERE id = ?').run(update.id);
    expect(doneDates(db, 2)).toEqual({ first: null, last: null });
    expect(doneDates(db, 1)).toEqual({ first: '2025-08-20', last: '2025-09-05' });
    db.prepare('DELETE FROM task_updates WHERE id = ?').run(update.id);
    expect(doneDates(db, 1)).toEqual({ first: '2025-08-20', last: '2025-09-02' });
    expect(auditCount(db, 'tasks', 'update')).toBe(tasksLogged);
    expect(auditCount(db, 'task_updates', 'insert')).toBe(updatesLogged + 1);
    db.close();
  });

  it('still logs and re-indexes a real edit of a task, and deletes a task with its updates', () => {
    const db = migratedFromVersion1();
    runMigrations(db, MIGRATIONS);
    const task = getTask(db, 2);
    if (!task) throw new Error('no task');
    updateTask(db, 2, { ...task, content: 'Rà soát, sửa đổi Thông tư về chữ ký số' });
    expect(auditCount(db, 'tasks', 'update')).toBe(1);
    expect(search(db, 'chu ky so').map((hit) => hit.id)).toEqual([2]);
    deleteTask(db, 1);
    expect(db.prepare('SELECT count(*) AS n FROM task_updates').get()).toEqual({ n: 0 });
    db.close();
  });

  it('lets the status queries read the covering index alone', () => {
    const db = migratedFromVersion1();
    const count = `WITH ${taskStatusCte()} SELECT lead_agency_id, status, count(*) AS n FROM task_status GROUP BY lead_agency_id, status`;
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${count}`).all({ asOf: '2025-09-30' }) as Array<{ detail: string }>).map((r) => r.detail);
    expect(plan).toContain('SCAN t USING COVERING INDEX tasks_status');
    // The history is read only by the in-between lookup, through its own index.
    const history = plan.filter((d) => d.includes('task_updates') || d.includes(' u '));
    expect(history.length).toBeGreaterThan(0);
    for (const step of history) expect(step).toContain('SEARCH u USING COVERING INDEX task_updates_done');
    expect(db.prepare(count).all({ asOf: '2025-09-30' })).toEqual([
      { lead_agency_id: null, status: 'done_late', n: 1 },
      { lead_agency_id: null, status: 'overdue', n: 1 },
    ]);
    db.close();
  });
});

describe('migration 3: observation series by kind', () => {
  it('keeps every figure and lists the series from the index alone', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 2) });
    db.exec(`
      INSERT INTO indicators (id, name, unit) VALUES (1, 'Doanh thu thương mại điện tử', 'tỷ USD');
      INSERT INTO observations (indicator_id, value, kind, as_of) VALUES (1, 25, 'level', '2025-06-30'), (1, 20.5, 'change', '2025-06-30');
    `);
    runMigrations(db, MIGRATIONS.slice(0, 3));
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT count(*) AS n FROM observations').get()).toEqual({ n: 2 });
    const keys = "SELECT DISTINCT indicator_id, scope, kind FROM observations WHERE as_of <= '2025-07-01'";
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${keys}`).all() as Array<{ detail: string }>).map((r) => r.detail);
    expect(plan).toEqual(['SCAN observations USING COVERING INDEX observations_series']);
    db.close();
  });
});

describe('migration 5: observation series keys', () => {
  /** The keys as observations give them, to hold the table kept by the triggers against. */
  const derived = (db: Db) =>
    db
      .prepare('SELECT indicator_id, scope, kind, min(as_of) AS first_as_of FROM observations GROUP BY indicator_id, scope, kind ORDER BY 1, 2, 3')
      .all();
  const kept = (db: Db) => db.prepare('SELECT indicator_id, scope, kind, first_as_of FROM observation_series ORDER BY 1, 2, 3').all();
  const plan = (db: Db, sql: string, params: Record<string, unknown> = {}) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((r) => r.detail);

  function migratedFromVersion4(): Db {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 4) });
    db.exec(`
      INSERT INTO indicators (id, name, unit) VALUES (1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%'), (2, 'Doanh thu thương mại điện tử', 'tỷ USD');
      INSERT INTO observations (id, indicator_id, value, kind, as_of, scope) VALUES
        (1, 1, 35.2, 'level', '2025-03-31', NULL),
        (2, 1, 39.51, 'level', '2025-06-30', NULL),
        (3, 1, 15.21, 'level', '2025-06-30', 'các tỉnh'),
        (4, 1, 12.5, 'level', '2025-03-31', 'các tỉnh'),
        (5, 2, 25, 'level', '2025-06-30', NULL),
        (6, 2, 20.5, 'change', '2025-06-30', NULL);
    `);
    runMigrations(db, MIGRATIONS.slice(0, 5));
    expect(schemaVersion(db)).toBe(5);
    return db;
  }

  it('fills the keys from the figures already there, one per series with the date of its first figure', () => {
    const db = migratedFromVersion4();
    expect(kept(db)).toEqual([
      { indicator_id: 1, scope: null, kind: 'level', first_as_of: '2025-03-31' },
      { indicator_id: 1, scope: 'các tỉnh', kind: 'level', first_as_of: '2025-03-31' },
      { indicator_id: 2, scope: null, kind: 'change', first_as_of: '2025-06-30' },
      { indicator_id: 2, scope: null, kind: 'level', first_as_of: '2025-06-30' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM observations').get()).toEqual({ n: 6 });
    db.close();
  });

  it('keeps the keys in step with every insert, update and delete of a figure', () => {
    const db = migratedFromVersion4();
    const step = (sql: string) => {
      db.exec(sql);
      expect(kept(db)).toEqual(derived(db));
    };
    // A new series, then a second and an earlier figure in it; a nationwide one adds no second key.
    step("INSERT INTO observations (id, indicator_id, value, kind, as_of, scope) VALUES (7, 2, 3, 'level', '2025-09-30', 'Hà Nội')");
    step("INSERT INTO observations (id, indicator_id, value, kind, as_of, scope) VALUES (8, 2, 2, 'level', '2025-01-31', 'Hà Nội')");
    step("INSERT INTO observations (id, indicator_id, value, kind, as_of, scope) VALUES (9, 1, 30, 'level', '2024-12-31', NULL)");
    expect(db.prepare('SELECT count(*) AS n FROM observation_series WHERE indicator_id = 1 AND scope IS NULL').get()).toEqual({ n: 1 });
    // A scope written as an empty string is a series of its own, apart from the nationwide one.
    step("INSERT INTO observations (id, indicator_id, value, kind, as_of, scope) VALUES (10, 1, 31, 'level', '2024-11-30', '')");
    step('DELETE FROM observations WHERE id = 10');
    // Updates: another column (nothing moves), the earliest date moved later, a figure moved to another scope and kind.
    step('UPDATE observations SET value = 31 WHERE id = 9');
    step("UPDATE observations SET as_of = '2025-12-31' WHERE id = 8");
    expect(db.prepare("SELECT first_as_of FROM observation_series WHERE scope = 'Hà Nội'").get()).toEqual({ first_as_of: '2025-09-30' });
    step("UPDATE observations SET scope = 'Đà Nẵng' WHERE id = 7");
    step("UPDATE observations SET kind = 'rank', scope = NULL WHERE id = 8");
    expect(db.prepare("SELECT count(*) AS n FROM observation_series WHERE scope = 'Hà Nội'").get()).toEqual({ n: 0 });
    step('UPDATE observations SET indicator_id = 1 WHERE id = 6');
    // Deletes: a later figure (nothing moves), the earliest (the date moves on), the last (the key goes).
    step('DELETE FROM observations WHERE id = 2');
    step('DELETE FROM observations WHERE id = 9');
    expect(db.prepare('SELECT first_as_of FROM observation_series WHERE indicator_id = 1 AND scope IS NULL AND kind = ?').get('level')).toEqual({
      first_as_of: '2025-03-31',
    });
    step('DELETE FROM observations WHERE id = 7');
    // An indicator deleted takes its figures, and so its keys, with it.
    step('DELETE FROM indicators WHERE id = 2');
    expect(kept(db).map((k) => (k as { indicator_id: number }).indicator_id)).not.toContain(2);
    step('DELETE FROM observations');
    expect(kept(db)).toEqual([]);
    db.close();
  });

  it('lets the comparison list the series and seek their figures through the indexes, with no sort', () => {
    const db = migratedFromVersion4();
    runMigrations(db, MIGRATIONS);
    const params = { asOf: '2025-07-01', offset: 3, first: 1, last: 16 };
    expect(plan(db, SERIES_LIST_SQL, params)).toEqual([
      // The keys of a few indicators at a time (latestSeriesBatches), by the table's primary key.
      'SEARCH k USING PRIMARY KEY (indicator_id>? AND indicator_id<?)',
      'SEARCH o USING INDEX observations_series (indicator_id=? AND scope=? AND kind=? AND as_of>? AND as_of<?)',
      'CORRELATED SCALAR SUBQUERY 3',
      // Walked back in the index alone, past the figures a later session reported (migration 7).
      'SEARCH f USING COVERING INDEX observations_series (indicator_id=? AND scope=? AND kind=? AND as_of<?)',
      // The sessions held after the date and their smallest id, read once for each of the two checks.
      'SCALAR SUBQUERY 1',
      'SEARCH sessions',
      'LIST SUBQUERY 2',
      'SEARCH sessions USING COVERING INDEX sessions_date (date>?)',
      'CREATE BLOOM FILTER',
      'SCALAR SUBQUERY 4',
      'SEARCH sessions',
      'LIST SUBQUERY 5',
      'SEARCH sessions USING COVERING INDEX sessions_date (date>?)',
      'CREATE BLOOM FILTER',
    ]);
    // The triggers' lookups: the key by the table's own primary key, the first figure left by the series index.
    expect(plan(db, `SELECT 1 FROM observation_series WHERE indicator_id = 1 AND scope_key = ${scopeKey('NULL')} AND kind = 'level'`)).toEqual([
      'SEARCH observation_series USING PRIMARY KEY (indicator_id=? AND scope_key=? AND kind=?)',
    ]);
    expect(plan(db, "SELECT min(as_of) FROM observations WHERE indicator_id = 1 AND scope IS NULL AND kind = 'level'")).toEqual([
      'SEARCH observations USING COVERING INDEX observations_series (indicator_id=? AND scope=? AND kind=?)',
    ]);
    db.close();
  });
});

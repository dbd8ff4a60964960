import { describe, expect, it } from 'vitest';
import { taskStatusCte } from '../../electron/comparison/task-status';
import { runMigrations, schemaVersion } from '../../electron/db/migration';
import { MIGRATIONS } from '../../electron/db/migrations';
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

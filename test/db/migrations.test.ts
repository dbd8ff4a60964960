import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../electron/db/migration';
import { DatabaseFromTheFutureError, runMigrations, schemaVersion } from '../../electron/db/migration';
import { MIGRATIONS } from '../../electron/db/migrations';
import { observationSeriesBySession } from '../../electron/db/migrations/007-observation-series-by-session';
import { openDatabase } from '../../electron/db/open';
import { search } from '../../electron/db/search';
import { getIndicator } from '../../electron/db/indicators';
import { listTaskAudit } from '../../electron/db/views';
import { failingAfter } from '../helpers/migrations';
import { tempDir } from '../helpers/temp';

const addNotes: Migration = {
  version: 2,
  name: 'add a column, then fail half way',
  up(db) {
    db.exec('ALTER TABLE sessions ADD COLUMN extra TEXT');
    db.exec("UPDATE sessions SET extra = 'x'");
    throw new Error('disk full');
  },
};

describe('openDatabase and migrations', () => {
  it('creates a WAL database with foreign keys on, at the latest version, with the agencies present', () => {
    const file = path.join(tempDir(), 'a.db');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const names = (db.prepare('SELECT name FROM agencies').all() as Array<{ name: string }>).map((r) => r.name);
    expect(names).toContain('Bộ Khoa học và Công nghệ');
    const tt = db.prepare("SELECT s.name FROM agencies a JOIN agencies s ON s.id = a.successor_id WHERE a.name = 'Bộ Thông tin và Truyền thông'").get() as { name: string };
    expect(tt.name).toBe('Bộ Khoa học và Công nghệ');
    db.close();
  });

  it('leaves the file as it was when a migration fails half way, and keeps a backup taken before the upgrade', () => {
    const dir = tempDir();
    const file = path.join(dir, 'b.db');
    const v1 = openDatabase(file, { migrations: [MIGRATIONS[0] as Migration] });
    v1.prepare("INSERT INTO sessions (number, year, date, title, format) VALUES (2, 2025, '2025-05-17', 'Phiên họp lần thứ hai', 'hybrid')").run();
    v1.close();

    expect(() => openDatabase(file, { migrations: [MIGRATIONS[0] as Migration, addNotes] })).toThrow('disk full');

    const after = new Database(file, { readonly: true });
    expect(schemaVersion(after)).toBe(1);
    const columns = (after.prepare('PRAGMA table_info(sessions)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).not.toContain('extra');
    expect(after.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 1 });
    after.close();

    const backups = fs.readdirSync(dir).filter((f) => f.startsWith('b.db.v1-') && f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(dir, backups[0] as string), { readonly: true });
    expect(copy.prepare('SELECT title FROM sessions').get()).toEqual({ title: 'Phiên họp lần thứ hai' });
    copy.close();
  });

  it('refuses a database from a newer version of the app', () => {
    const file = path.join(tempDir(), 'c.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(DatabaseFromTheFutureError);
  });

  it('answers "latest figure per series as of a date" with an index seek', () => {
    const db = openDatabase(':memory:');
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM observations WHERE indicator_id = 1 AND scope IS NULL AND as_of <= '2025-06-30' ORDER BY as_of DESC LIMIT 1")
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX observations_series/);
    db.close();
  });

  it('records every change in the audit log with the row before and after', () => {
    const db = openDatabase(':memory:');
    const id = db.prepare("INSERT INTO sessions (number, year, date, title, format) VALUES (3, 2025, '2025-07-31', 'Phiên 3', 'hybrid')").run().lastInsertRowid;
    db.prepare("UPDATE sessions SET title = 'Phiên họp lần thứ ba' WHERE id = ?").run(id);
    db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
    const log = db.prepare("SELECT action, before, after FROM audit_log WHERE table_name = 'sessions' ORDER BY id").all() as Array<{ action: string; before: string | null; after: string | null }>;
    expect(log.map((l) => l.action)).toEqual(['insert', 'update', 'delete']);
    expect(JSON.parse(log[1]?.before ?? '{}').title).toBe('Phiên 3');
    expect(JSON.parse(log[1]?.after ?? '{}').title).toBe('Phiên họp lần thứ ba');
    db.close();
  });
});

describe('migration 4: search index by rowid', () => {
  it('carries every entry over and replaces an edited one by rowid, not by a scan', () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 3) });
    db.prepare("INSERT INTO sessions (id, number, year, date, title, format) VALUES (7, 3, 2025, '2025-07-20', 'Phiên họp về cơ sở dữ liệu', 'hybrid')").run();
    db.prepare("INSERT INTO tasks (id, lead_name, content) VALUES (7, 'Bộ Công an', 'Kết nối dữ liệu dân cư')").run();
    runMigrations(db, MIGRATIONS);
    expect(search(db, 'co so du lieu').map((h) => [h.kind, h.id])).toEqual([['session', 7]]);
    expect(search(db, 'dan cu').map((h) => [h.kind, h.id])).toEqual([['task', 7]]);
    db.prepare("UPDATE tasks SET content = 'Kết nối dữ liệu đất đai' WHERE id = 7").run();
    expect(search(db, 'dan cu')).toEqual([]);
    expect(search(db, 'dat dai').map((h) => h.id)).toEqual([7]);
    const plan = (db.prepare('EXPLAIN QUERY PLAN DELETE FROM search_index WHERE rowid = 7 * 4 + 2').all() as Array<{ detail: string }>).map((r) => r.detail);
    expect(plan.join(' ')).toMatch(/VIRTUAL TABLE INDEX 0:=|rowid/i);
    db.close();
  });
});

describe('migration 6: audit index for task history', () => {
  it("keeps a task's history whole across the upgrade, read by seeks on the partial indexes", () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 5) });
    db.prepare("INSERT INTO tasks (id, lead_name, content) VALUES (9, 'Bộ Công an', 'Kết nối dữ liệu dân cư')").run();
    db.prepare("INSERT INTO task_updates (task_id, progress, date, note) VALUES (9, 'in_progress', '2025-06-01', 'Đang thử nghiệm')").run();
    runMigrations(db, MIGRATIONS);
    db.prepare("UPDATE tasks SET content = 'Kết nối dữ liệu dân cư với 63 tỉnh' WHERE id = 9").run();

    const history = listTaskAudit(db, 9);
    expect(history.map((e) => [e.tableName, e.action])).toEqual([
      ['tasks', 'insert'],
      ['task_updates', 'insert'],
      ['tasks', 'update'],
    ]);
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log'").all() as Array<{ name: string }>).map((r) => r.name);
    expect(indexes.sort()).toEqual(['audit_log_task', 'audit_log_task_update']);
    const plan = (
      db.prepare("EXPLAIN QUERY PLAN SELECT * FROM audit_log WHERE table_name = 'tasks' AND row_id = 9").all() as Array<{ detail: string }>
    ).map((r) => r.detail);
    expect(plan.join(' ')).toMatch(/USING INDEX audit_log_task /);
    db.close();
  });
});

describe('migration 7: observation series by session', () => {
  const indexColumns = (db: Database.Database) =>
    (db.prepare("SELECT name FROM pragma_index_info('observations_series') ORDER BY seqno").all() as Array<{ name: string }>).map((c) => c.name);

  /** A version 5 file: two sessions, and a figure standing at February that the June session reported. */
  function version5(): Database.Database {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 5) });
    db.exec(`
      INSERT INTO sessions (id, number, year, date, title) VALUES (1, 1, 2025, '2025-03-01', 'Phiên họp tháng 3'), (2, 2, 2025, '2025-06-01', 'Phiên họp tháng 6');
      INSERT INTO indicators (id, name, unit) VALUES (1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%');
      INSERT INTO observations (id, indicator_id, value, kind, as_of, scope, session_id) VALUES
        (1, 1, 35, 'level', '2025-01-31', NULL, 1),
        (2, 1, 82, 'level', '2025-02-28', NULL, 2),
        (3, 1, 40, 'level', '2025-02-28', 'Hà Nội', NULL);
    `);
    expect(indexColumns(db)).toEqual(['indicator_id', 'scope', 'kind', 'as_of']);
    return db;
  }

  it('keeps every figure and puts the reporting session in the series index', () => {
    const db = version5();
    runMigrations(db, MIGRATIONS.slice(0, 7));
    expect(schemaVersion(db)).toBe(7);
    expect(indexColumns(db)).toEqual(['indicator_id', 'scope', 'kind', 'as_of', 'session_id']);
    expect(db.prepare('SELECT id, value, session_id FROM observations ORDER BY id').all()).toEqual([
      { id: 1, value: 35, session_id: 1 },
      { id: 2, value: 82, session_id: 2 },
      { id: 3, value: 40, session_id: null },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM observation_series').get()).toEqual({ n: 2 });
    // The latest figure of a series reported by a date: from the index alone.
    const latest = `SELECT as_of FROM observations WHERE indicator_id = 1 AND scope IS NULL AND kind = 'level' AND as_of <= @asOf
      AND coalesce(session_id, 0) NOT IN (SELECT id FROM sessions WHERE date > @asOf) ORDER BY as_of DESC LIMIT 1`;
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${latest}`).all({ asOf: '2025-03-15' }) as Array<{ detail: string }>).map((r) => r.detail);
    expect(plan[0]).toBe('SEARCH observations USING COVERING INDEX observations_series (indicator_id=? AND scope=? AND kind=? AND as_of<?)');
    expect(db.prepare(latest).pluck().get({ asOf: '2025-03-15' })).toBe('2025-01-31');
    expect(db.prepare(latest).pluck().get({ asOf: '2025-06-01' })).toBe('2025-02-28');
    db.close();
  });

  it('leaves the old index in place when the step fails half way', () => {
    const db = version5();
    const failing = failingAfter(observationSeriesBySession);
    expect(() => runMigrations(db, [...MIGRATIONS.slice(0, 6), failing])).toThrow('disk full');
    expect(schemaVersion(db)).toBe(6);
    expect(indexColumns(db)).toEqual(['indicator_id', 'scope', 'kind', 'as_of']);
    db.close();
  });
});

describe('migration 8: indicator aliases by indicator', () => {
  it("reads an indicator's aliases with a seek, in the order they were confirmed", () => {
    const db = openDatabase(':memory:', { migrations: MIGRATIONS.slice(0, 7) });
    db.prepare("INSERT INTO indicators (id, name, unit, direction) VALUES (4, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 'higher_is_better')").run();
    db.prepare("INSERT INTO indicator_aliases (indicator_id, alias, folded) VALUES (4, 'hồ sơ trực tuyến toàn trình', 'ho so truc tuyen toan trinh')").run();
    runMigrations(db, MIGRATIONS);
    db.prepare("INSERT INTO indicator_aliases (indicator_id, alias, folded) VALUES (4, 'tỷ lệ hồ sơ toàn trình', 'ty le ho so toan trinh')").run();
    expect(getIndicator(db, 4)?.aliases).toEqual(['hồ sơ trực tuyến toàn trình', 'tỷ lệ hồ sơ toàn trình']);
    const plan = (
      db.prepare('EXPLAIN QUERY PLAN SELECT alias FROM indicator_aliases WHERE indicator_id = 4 ORDER BY id').all() as Array<{ detail: string }>
    ).map((r) => r.detail);
    expect(plan.join(' ')).toMatch(/USING INDEX indicator_aliases_indicator/);
    expect(plan.join(' ')).not.toMatch(/TEMP B-TREE/);
    db.close();
  });
});

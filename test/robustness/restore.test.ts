/**
 * Backup and restore end to end, as the staff's IT contact would run them after an
 * accident: a backup with the command line, the database is changed or damaged, then
 * `npm run cli -- restore` in a real process brings every row back.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadSampleData } from '../../electron/db/sample';
import { openDatabase } from '../../electron/db/open';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TABLES = ['sessions', 'indicators', 'targets', 'observations', 'tasks', 'task_updates', 'agencies'];

function npmRestore(from: string, file: string) {
  const run = spawnSync('npm', ['run', '--silent', 'cli', '--', 'restore', '--from', from, '--db', file], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every row of the tables that hold the staff's work, in a stable order. */
function contents(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
  } finally {
    db.close();
  }
}

function sampleDatabase(dir: string): string {
  const file = path.join(dir, 'phien-hop.db');
  const db = openDatabase(file);
  loadSampleData(db);
  db.close();
  return file;
}

/** Overwrites pages in the middle of the file, as a failing disk would. */
function damagePages(file: string): void {
  const pageSize = 4096;
  const fd = fs.openSync(file, 'r+');
  try {
    for (const page of [3, 5, 8, 13]) fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, page * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}

describe('restore through `npm run cli` in a real process', () => {
  it('brings back every row after the data was changed and the file damaged', async () => {
    const dir = tempDir();
    const file = sampleDatabase(dir);
    const copy = path.join(dir, 'sao-luu.db');
    const before = contents(file);
    const backup = await cli(['backup', '--db', file, '--out', copy]);
    expect(backup.code, backup.stderr).toBe(0);

    const db = openDatabase(file);
    db.prepare('DELETE FROM tasks').run();
    db.prepare("UPDATE sessions SET title = 'Tên đã bị sửa nhầm'").run();
    db.close();
    damagePages(file);
    const damaged = new Database(file, { fileMustExist: true });
    expect(damaged.pragma('integrity_check', { simple: true })).not.toBe('ok');
    damaged.close();

    const restore = npmRestore(copy, file);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toBe('');

    expect(contents(file)).toEqual(before);
    const restored = new Database(file, { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    restored.close();
    const sessions = await cli(['sessions', '--db', file, '--json']);
    expect(JSON.parse(sessions.stdout).map((s: { title: string }) => s.title)).toEqual(
      (before.sessions as Array<{ title: string }>).map((s) => s.title),
    );
    // The replaced file is kept, in case the restore itself was the mistake.
    expect(fs.existsSync(`${file}.before-restore`)).toBe(true);
  });

  it('refuses a damaged backup with a one-line message and leaves the database as it was', async () => {
    const dir = tempDir();
    const file = sampleDatabase(dir);
    const copy = path.join(dir, 'sao-luu.db');
    expect((await cli(['backup', '--db', file, '--out', copy])).code).toBe(0);
    damagePages(copy);
    const before = contents(file);

    const restore = npmRestore(copy, file);
    expect(restore.code).not.toBe(0);
    // One line saying why, no stack trace (npm itself may add its own lines around it).
    expect(restore.stderr).toMatch(/^error: .*(hỏng|không hợp lệ)/mu);
    expect(restore.stderr).not.toMatch(/^\s+at /m);
    expect(contents(file)).toEqual(before);
    expect(fs.existsSync(`${file}.before-restore`)).toBe(false);
  });
});

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../electron/db/backup';
import { openDatabase } from '../../electron/db/open';
import { tempDir } from '../helpers/temp';

/** A second process that keeps inserting sessions until killed. */
function startWriter(file: string) {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.pragma('busy_timeout = 5000');
    db.function('vi_fold', { deterministic: true }, (t) => String(t ?? '').toLowerCase());
    const insert = db.prepare("INSERT INTO sessions (number, year, date, title, format) VALUES (?, 2025, '2025-05-17', ?, 'hybrid')");
    let i = 0;
    process.stdout.write('ready\\n');
    for (;;) { db.transaction(() => { for (let k = 0; k < 50; k++) insert.run(++i, 'Phiên ' + i); })(); }
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return { child, ready };
}

describe('backup and restore', () => {
  it('takes a consistent copy while another process writes', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'live.db');
    openDatabase(file).close();
    const writer = startWriter(file);
    await writer.ready;
    try {
      for (let i = 0; i < 3; i++) {
        const out = path.join(dir, `copy-${i}.db`);
        await backupDatabase(file, out);
        const copy = new Database(out, { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        const { n } = copy.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number };
        // Whole transactions only: the writer commits 50 rows at a time.
        expect(n % 50).toBe(0);
        copy.close();
      }
    } finally {
      writer.child.kill('SIGKILL');
    }
    // Nothing left under the temporary name, and each backup is one self-contained file.
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('copy-0.db'))).toEqual(['copy-0.db']);
  });

  it('restores over a file whose header is damaged and keeps that file as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'main.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO sessions (number, year, date, title, format) VALUES (2, 2025, '2025-05-17', 'Đã sao lưu', 'hybrid')").run();
    db.close();
    await backupDatabase(file, path.join(dir, 'saved.db'));
    const damaged = fs.readFileSync(file);
    damaged.fill(0x41, 0, 100);
    fs.writeFileSync(file, damaged);
    expect(() => openDatabase(file)).toThrow();

    await restoreDatabase(path.join(dir, 'saved.db'), file);
    const restored = openDatabase(file);
    expect(restored.prepare('SELECT title FROM sessions').get()).toEqual({ title: 'Đã sao lưu' });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    restored.close();
    expect(fs.readFileSync(`${file}.before-restore`).subarray(0, 100)).toEqual(damaged.subarray(0, 100));
  });

  it('restores a backup in place and keeps the replaced file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'main.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO sessions (number, year, date, title, format) VALUES (2, 2025, '2025-05-17', 'Trước khi sao lưu', 'hybrid')").run();
    db.close();
    await backupDatabase(file, path.join(dir, 'saved.db'));
    const again = openDatabase(file);
    again.prepare("UPDATE sessions SET title = 'Sau khi sao lưu'").run();
    again.close();

    await restoreDatabase(path.join(dir, 'saved.db'), file);
    const restored = openDatabase(file);
    expect(restored.prepare('SELECT title FROM sessions').get()).toEqual({ title: 'Trước khi sao lưu' });
    restored.close();
    const kept = new Database(`${file}.before-restore`, { readonly: true });
    expect(kept.prepare('SELECT title FROM sessions').get()).toEqual({ title: 'Sau khi sao lưu' });
    kept.close();
  });

  it('refuses to restore a file that is not a database of this app', async () => {
    const dir = tempDir();
    const bogus = path.join(dir, 'not-a-db.db');
    fs.writeFileSync(bogus, 'hello');
    const file = path.join(dir, 'main.db');
    openDatabase(file).close();
    await expect(restoreDatabase(bogus, file)).rejects.toThrow(/không/i);
    const db = openDatabase(file);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

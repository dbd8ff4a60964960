import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateBenchDatabase } from '../../bench/generate';
import { openDatabase } from '../../electron/db/open';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

describe('command line: database commands', () => {
  it('sample then sessions --json lists the five 2025 sessions with their dates', async () => {
    const db = path.join(tempDir(), 'x.db');
    expect((await cli(['sample', '--db', db])).code).toBe(0);
    const run = await cli(['sessions', '--db', db, '--json']);
    expect(run.code).toBe(0);
    const sessions = JSON.parse(run.stdout) as Array<{ id: number; number: number | null; date: string; title: string }>;
    expect(sessions.map((s) => s.date)).toEqual(['2025-05-17', expect.stringMatching(/^2025-07-/), '2025-09-24', '2025-11-15', '2025-12-22']);
    expect(sessions.slice(0, 4).map((s) => s.number)).toEqual([2, 3, 4, 5]);
  });

  it('init creates an empty database and refuses to overwrite a non-empty file', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'new.db');
    expect((await cli(['init', '--db', db])).code).toBe(0);
    const sessions = await cli(['sessions', '--db', db, '--json']);
    expect(JSON.parse(sessions.stdout)).toEqual([]);

    const again = await cli(['init', '--db', db]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/refusing to overwrite/);

    const other = path.join(dir, 'notes.txt');
    fs.writeFileSync(other, 'ghi chú quan trọng');
    expect((await cli(['init', '--db', other])).code).not.toBe(0);
    expect(fs.readFileSync(other, 'utf8')).toBe('ghi chú quan trọng');
  });

  it('backup and restore round-trip through the command line', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'live.db');
    await cli(['sample', '--db', db]);
    expect((await cli(['backup', '--db', db, '--out', path.join(dir, 'b.db')])).code).toBe(0);
    const handle = openDatabase(db);
    handle.prepare('DELETE FROM tasks').run();
    handle.close();
    expect((await cli(['restore', '--from', path.join(dir, 'b.db'), '--db', db])).code).toBe(0);
    const restored = openDatabase(db);
    expect((restored.prepare('SELECT count(*) AS n FROM tasks').get() as { n: number }).n).toBeGreaterThan(0);
    restored.close();
  });

  it('fails with a one-line message on a missing database, a missing option and an unknown command', async () => {
    const missing = await cli(['sessions', '--db', path.join(tempDir(), 'nope.db')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.split('\n')).toHaveLength(1);
    expect((await cli(['sessions'])).stderr).toMatch(/missing --db/);
    expect((await cli(['frobnicate'])).stderr).toMatch(/unknown command/);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['init', 'sample', 'sessions', 'backup', 'restore']) expect(help.stdout).toContain(command);
  });

  it('runs as `npm run cli` in a real process, with --json output alone on stdout', () => {
    const db = path.join(tempDir(), 'proc.db');
    execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'sample', '--db', db], { stdio: 'pipe' });
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'sessions', '--db', db, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toHaveLength(5);
  });

  it('stops quietly when the reader of its output stops early (`... --json | head`)', async () => {
    const db = path.join(tempDir(), 'pipe.db');
    // 200 series: about 1 MB of JSON, far more than a pipe holds, so the command is still writing when the reader goes.
    generateBenchDatabase(db, { observations: 20_000, tasks: 100, exportSessionTasks: 10 });
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'compare', '--db', db, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.length;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(read).toBeGreaterThan(0);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

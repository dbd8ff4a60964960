/**
 * Power cuts and crashes: a child process writing through the app's own code is killed
 * with SIGKILL at random points, 100 times across four kinds of write. After each kill
 * the database must pass integrity_check and each operation must have happened whole
 * or not at all.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, verifyDatabaseFile } from '../../electron/db/backup';
import { createIndicator, createObservation } from '../../electron/db/indicators';
import { MIGRATIONS } from '../../electron/db/migrations';
import { openDatabase } from '../../electron/db/open';
import { createTask } from '../../electron/db/tasks';
import { tempDir } from '../helpers/temp';
import { bundleForNode, NODE_PATH } from './bundle';
import { FIGURES_PER_DOCUMENT, HEAVY_MIGRATION, MIGRATIONS_WITH_HEAVY, TASKS_PER_DOCUMENT } from './fault-plan';

const KILLS_PER_SCENARIO = 25;

interface Child {
  proc: ChildProcess;
  lines: string[];
  /** Resolves at the `nth` line starting with `prefix`; rejects if the process ends first. */
  waitFor(prefix: string, nth?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

let bundle = '';
/** The next process, already started and loaded while the last one is checked. */
let spare: Promise<Child> | undefined;

function startChild(): Promise<Child> {
  const proc = spawn(process.execPath, [bundle], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH } });
  const lines: string[] = [];
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  const waiters: Array<() => void> = [];
  readline.createInterface({ input: proc.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    lines.push(line);
    for (const wake of waiters.splice(0)) wake();
  });
  const waitFor = (prefix: string, nth = 1) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = lines.filter((l) => l.startsWith(prefix))[nth - 1];
        if (line !== undefined) return resolve(line);
        waiters.push(check);
      };
      check();
      void exited.then(({ code, signal, stderr: err }) => reject(new Error(`child ended (${code ?? signal}) before "${prefix}": ${err}`)));
    });
  const child: Child = { proc, lines, waitFor, exited };
  return waitFor('loaded').then(() => child);
}

/**
 * Gives the loaded spare its work, starts the next spare, and once the worker says
 * "ready" kills it when `killAfter` says (unless it has finished by then). Rejects when
 * the worker fails on its own: that is a bug, not a fault.
 */
async function runAndKill(work: string[], killAfter: (child: Child) => Promise<number>): Promise<{ killed: boolean; lines: string[] }> {
  const child = await (spare ?? startChild());
  spare = startChild();
  child.proc.stdin?.end(`${JSON.stringify(work)}\n`);
  await child.waitFor('ready');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), await killAfter(child));
  const { code, signal, stderr } = await child.exited;
  clearTimeout(timer);
  if (signal === 'SIGKILL') return { killed: true, lines: child.lines };
  if (code === 0) return { killed: false, lines: child.lines };
  throw new Error(`child ${work.join(' ')} failed (${code ?? signal}): ${stderr}`);
}

/**
 * For a worker that repeats one write and says "committed" after each: let it commit
 * 0 to 2 times, then kill it at a random point of the next one, timed by the last.
 * Whatever the machine's load, most kills land inside a transaction.
 */
async function duringARandomRound(child: Child): Promise<number> {
  const rounds = Math.floor(Math.random() * 3);
  let last = performance.now();
  let duration = 20;
  for (let n = 1; n <= rounds; n++) {
    await child.waitFor('committed', n);
    duration = performance.now() - last;
    last = performance.now();
  }
  return Math.random() * duration * 1.2;
}

beforeAll(async () => {
  const built = await bundleForNode(path.join(import.meta.dirname, 'fault-child.ts'));
  bundle = built.file;
  return built.remove;
});

afterAll(async () => {
  const last = await spare;
  last?.proc.kill('SIGKILL');
  await last?.exited;
});

const count = (db: Database.Database, sql: string, ...params: unknown[]) =>
  (db.prepare(sql).get(...params) as { n: number }).n;

/** A database at the latest schema with `figures` figures and `tasks` tasks. */
function seedDatabase(file: string, figures: number, tasks: number): void {
  const db = openDatabase(file);
  db.transaction(() => {
    const indicator = createIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', unit: '%', direction: 'higher_is_better', groupName: null });
    for (let i = 0; i < figures; i++) {
      createObservation(db, {
        indicatorId: indicator.id, value: i % 100, valueMax: null, of: null, kind: 'level', qualifier: 'exact',
        period: `tháng ${(i % 12) + 1}/2025`, asOf: '2025-06-30', scope: `tỉnh ${i % 34}`, sessionId: null, documentId: null, evidence: null,
      });
    }
    for (let i = 0; i < tasks; i++) {
      createTask(db, {
        leadAgencyId: null, leadName: 'Bộ Tài chính', partnerNames: [], content: `Nhiệm vụ số ${i}`, output: null,
        deadline: { kind: 'month', due: '2025-08-31', text: 'trong tháng 8/2025' }, sessionId: null, documentId: null, evidence: null,
      });
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** Opens a file the way a restarted app would: read-write, so SQLite recovers the WAL a kill left. */
function reopen(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  return db;
}

describe('SIGKILL at random points', () => {
  it('leaves each import-like transaction (a document, its figures and tasks) whole or absent', async () => {
    const file = path.join(tempDir(), 'import.db');
    seedDatabase(file, 1, 0);
    for (let kill = 0; kill < KILLS_PER_SCENARIO; kill++) {
      const run = await runAndKill(['import', file], duringARandomRound);
      expect(run.killed).toBe(true);
      const db = reopen(file);
      const documents = count(db, 'SELECT count(*) AS n FROM documents');
      const torn = db
        .prepare(
          `SELECT d.id FROM documents d WHERE
             (SELECT count(*) FROM observations o WHERE o.document_id = d.id) != ? OR
             (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) != ?`,
        )
        .all(FIGURES_PER_DOCUMENT, TASKS_PER_DOCUMENT);
      expect(torn, `after kill ${kill}`).toEqual([]);
      expect(count(db, 'SELECT count(*) AS n FROM observations WHERE document_id IS NOT NULL')).toBe(documents * FIGURES_PER_DOCUMENT);
      expect(count(db, 'SELECT count(*) AS n FROM tasks')).toBe(documents * TASKS_PER_DOCUMENT);
      // The audit log is written by triggers, in the same transaction.
      for (const table of ['documents', 'observations', 'tasks']) {
        expect(count(db, "SELECT count(*) AS n FROM audit_log WHERE table_name = ? AND action = 'insert'", table)).toBe(
          count(db, `SELECT count(*) AS n FROM ${table}`),
        );
      }
      db.close();
    }
    const db = reopen(file);
    expect(count(db, 'SELECT count(*) AS n FROM documents')).toBeGreaterThan(0);
    db.close();
  });

  it('leaves each bulk task status update applied to every task or to none', async () => {
    const file = path.join(tempDir(), 'tasks.db');
    const taskCount = 40;
    seedDatabase(file, 0, taskCount);
    for (let kill = 0; kill < KILLS_PER_SCENARIO; kill++) {
      expect((await runAndKill(['tasks', file], duringARandomRound)).killed).toBe(true);
      const db = reopen(file);
      const partial = db.prepare('SELECT note, count(*) AS n FROM task_updates GROUP BY note HAVING n != ?').all(taskCount);
      expect(partial, `after kill ${kill}`).toEqual([]);
      expect(count(db, "SELECT count(*) AS n FROM audit_log WHERE table_name = 'task_updates'")).toBe(
        count(db, 'SELECT count(*) AS n FROM task_updates'),
      );
      db.close();
    }
    const db = reopen(file);
    expect(count(db, 'SELECT count(DISTINCT note) AS n FROM task_updates')).toBeGreaterThan(0);
    db.close();
  });

  it('leaves a migration applied whole or not at all, and the file still upgrades afterwards', async () => {
    const dir = tempDir();
    const template = path.join(dir, 'template.db');
    const figures = 1000;
    seedDatabase(template, figures, 0);
    const oldVersion = MIGRATIONS.length;

    // How long the upgrade takes when left alone: kills are spread over that time.
    const calibration = path.join(dir, 'calibration.db');
    fs.copyFileSync(template, calibration);
    const clean = await runAndKill(['migrate', calibration], async () => 60_000);
    const duration = Number(clean.lines.find((l) => l.startsWith('done'))?.split(' ')[1]);
    expect(duration).toBeGreaterThan(0);

    const outcomes = { before: 0, after: 0 };
    let kills = 0;
    for (let attempt = 0; kills < KILLS_PER_SCENARIO; attempt++) {
      expect(attempt, 'the upgrade keeps finishing before the kill').toBeLessThan(KILLS_PER_SCENARIO * 3);
      const file = path.join(dir, `upgrade-${attempt}.db`);
      fs.copyFileSync(template, file);
      if (!(await runAndKill(['migrate', file], async () => Math.random() * duration)).killed) continue;
      kills++;

      const db = reopen(file);
      const version = db.pragma('user_version', { simple: true }) as number;
      const columns = (db.prepare('PRAGMA table_info(observations)').all() as Array<{ name: string }>).map((c) => c.name);
      const marks = count(db, "SELECT count(*) AS n FROM sqlite_master WHERE name = 'fault_marks'");
      if (version === oldVersion) {
        outcomes.before++;
        expect(columns).not.toContain('value_doubled');
        expect(marks).toBe(0);
      } else {
        outcomes.after++;
        expect(version).toBe(HEAVY_MIGRATION.version);
        expect(count(db, 'SELECT count(*) AS n FROM observations WHERE value_doubled IS NOT value * 2')).toBe(0);
        expect(count(db, 'SELECT count(*) AS n FROM fault_marks')).toBe(figures);
      }
      expect(count(db, 'SELECT count(*) AS n FROM observations')).toBe(figures);
      db.close();

      // A copy written before the upgrade is either whole or refused by restore's check.
      for (const bak of fs.readdirSync(dir).filter((f) => f.startsWith(`upgrade-${attempt}.db.v`) && f.endsWith('.bak'))) {
        let whole = true;
        try {
          verifyDatabaseFile(path.join(dir, bak));
        } catch {
          whole = false;
        }
        if (whole) {
          const copy = new Database(path.join(dir, bak), { readonly: true });
          expect(copy.pragma('user_version', { simple: true })).toBe(oldVersion);
          expect(count(copy, 'SELECT count(*) AS n FROM observations')).toBe(figures);
          copy.close();
        }
      }

      const upgraded = openDatabase(file, { migrations: MIGRATIONS_WITH_HEAVY });
      expect(upgraded.pragma('user_version', { simple: true })).toBe(HEAVY_MIGRATION.version);
      expect(count(upgraded, 'SELECT count(*) AS n FROM fault_marks')).toBe(figures);
      upgraded.close();
    }
    // Some kills landed before the commit: the "nothing" half of the property was exercised.
    expect(outcomes.before).toBeGreaterThan(0);
  });

  it('never leaves an incomplete backup under its final name, nor harms the source', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'source.db');
    seedDatabase(source, 2000, 200);
    const out = path.join(dir, 'copies');
    fs.mkdirSync(out);
    const expected = (db: Database.Database) =>
      ['observations', 'tasks', 'audit_log'].map((t) => count(db, `SELECT count(*) AS n FROM ${t}`));
    const sourceDb = reopen(source);
    const counts = expected(sourceDb);
    sourceDb.close();

    const checked = new Set<string>();
    for (let kill = 0; kill < KILLS_PER_SCENARIO; kill++) {
      expect((await runAndKill(['backup', source, out], duringARandomRound)).killed).toBe(true);
      const db = reopen(source);
      expect(expected(db)).toEqual(counts);
      db.close();
      for (const copy of fs.readdirSync(out).filter((f) => f.endsWith('.db') && !checked.has(f))) {
        verifyDatabaseFile(path.join(out, copy));
        const copyDb = new Database(path.join(out, copy), { readonly: true });
        expect(expected(copyDb), copy).toEqual(counts);
        copyDb.close();
        checked.add(copy);
      }
    }
    expect(checked.size).toBeGreaterThan(0);

    // A half-written copy left by a kill does not stand in the way of the next backup.
    const target = path.join(out, 'after-crash.db');
    fs.writeFileSync(`${target}.partial`, 'SQLite format 3\0 cut short');
    await backupDatabase(source, target);
    verifyDatabaseFile(target);
  });
});

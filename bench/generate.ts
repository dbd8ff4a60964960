/**
 * A deterministic, seeded generator of a database at the scale the staff will reach
 * after some years: sessions since 2021, indicators reported by the 34 provinces
 * month by month (1,000,000 figures), 100,000 tasks with deadlines and progress
 * updates, one session holding 2,000 tasks. It writes through the app's own schema
 * (openDatabase, so triggers, audit log and search index all fire) in large
 * transactions: the figures by createObservations, as a spreadsheet import writes them,
 * the rest by prepared statements.
 *
 * Run alone to try the app at scale: `npx tsx bench/generate.ts FILE`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { byDate, byHalf, byMonth, byQuarter, byYear, recurring, undated } from '../electron/db/sample/deadlines';
import type { Db } from '../electron/db/open';
import type { BackgroundCheckpoints } from '../electron/db/checkpoints';
import { checkpointInBackground } from '../electron/db/checkpoints';
import { createObservations } from '../electron/db/indicators';
import { openDatabase } from '../electron/db/open';
import type { Deadline, ObservationInput } from '../electron/domain/model';
import { sessionOrdinalVi } from '../electron/domain/vietnamese';
import type { Random } from './random';
import { seededRandom } from './random';
import { FIELDS, INDICATOR_STEMS, PROVINCES, TASK_ACTIONS, TASK_OBJECTS, TASK_OUTPUTS } from './vocabulary';
import type { IndicatorStem } from './vocabulary';

export const BENCH_SEED = 20250720;

export interface Scale {
  observations: number;
  tasks: number;
  /** Tasks of the last session, the one the export bench renders. */
  exportSessionTasks: number;
}

export const FULL_SCALE: Scale = { observations: 1_000_000, tasks: 100_000, exportSessionTasks: 2_000 };

/** Monthly figures from 11/2017 to 2/2026: 100 months per (indicator, province) series. */
const FIRST_MONTH = { year: 2017, month: 11 };
const MONTHS = 100;
/** Rows per transaction: large enough that commits cost nothing, small enough to keep the WAL in check. */
const BATCH = 100_000;
/** Figures handed to createObservations at once: about a spreadsheet's worth. */
const FIGURES_PER_CALL = 1_000;

const COMMITTEE = 'Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06';

export interface SessionRow {
  id: number;
  date: string;
}

export interface IndicatorRow {
  id: number;
  stem: IndicatorStem;
}

export interface Generated {
  file: string;
  sessions: number;
  exportSessionId: number;
  indicators: number;
  series: number;
  targets: number;
  observations: number;
  tasks: number;
  taskUpdates: number;
  /** Wall time of the observation inserts alone (with their audit and index work). */
  observationMs: number;
  /** Wall time of the task and task-update inserts. */
  taskMs: number;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOfMonth(year: number, month: number): string {
  return iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Runs `write(start, end)` over [0, count) in transactions of BATCH rows; returns the wall time in ms. */
function inBatches(db: Db, count: number, write: (start: number, end: number) => void): number {
  const batch = db.transaction(write);
  const started = performance.now();
  for (let start = 0; start < count; start += BATCH) batch(start, Math.min(count, start + BATCH));
  return performance.now() - started;
}

/** Five sessions a year from 2021 to 2025, then the first of 2026 (numbering restarts each year). */
export function insertSessions(db: Db): SessionRow[] {
  const insert = db.prepare(
    "INSERT INTO sessions (number, year, date, title, chair, format, notes) VALUES (?, ?, ?, ?, 'Thủ tướng Chính phủ', 'hybrid', ?)",
  );
  const plan: Array<[number, number, string]> = [];
  for (let year = 2021; year <= 2025; year++) {
    [2, 5, 7, 9, 12].forEach((month, i) => plan.push([i + 1, year, iso(year, month, 10 + 3 * i)]));
  }
  plan.push([1, 2026, '2026-02-25']);
  return db.transaction(() =>
    plan.map(([number, year, date]) => {
      const title = `Phiên họp lần ${sessionOrdinalVi(number)} năm ${year} của ${COMMITTEE}`;
      const info = insert.run(number, year, date, title, `Phiên họp sinh tự động cho đo hiệu năng (${date}).`);
      return { id: Number(info.lastInsertRowid), date };
    }),
  )();
}

/** As many indicators (stem × field) as the series of `observations` figures need. */
export function insertIndicators(db: Db, observations: number): IndicatorRow[] {
  const needed = Math.ceil(observations / (PROVINCES.length * MONTHS));
  if (needed > INDICATOR_STEMS.length * FIELDS.length) throw new Error(`Quá nhiều chỉ tiêu cần sinh: ${needed}`);
  const insert = db.prepare('INSERT INTO indicators (name, unit, direction, group_name) VALUES (?, ?, ?, ?)');
  return db.transaction(() =>
    Array.from({ length: needed }, (_, i) => {
      const stem = INDICATOR_STEMS[i % INDICATOR_STEMS.length] as IndicatorStem;
      const field = FIELDS[Math.floor(i / INDICATOR_STEMS.length)] as string;
      const direction = stem.lowerIsBetter ? 'lower_is_better' : 'higher_is_better';
      const info = insert.run(`${stem.name} (${field})`, stem.unit, direction, field);
      return { id: Number(info.lastInsertRowid), stem };
    }),
  )();
}

/** The session that reported a figure: the first one held after the month it measures. */
function reportingSessions(sessions: readonly SessionRow[]): Array<number | null> {
  return Array.from({ length: MONTHS }, (_, m) => {
    const asOf = monthEnd(m);
    return sessions.find((s) => s.date > asOf)?.id ?? null;
  });
}

function monthEnd(m: number): string {
  const index = FIRST_MONTH.year * 12 + FIRST_MONTH.month - 1 + m;
  return lastDayOfMonth(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * `count` monthly figures, series by series (indicator, then province, then month),
 * each moving from the stem's start towards its end value with noise. Returns the ms
 * spent, up to the end of the checkpoint that copies the last of them into the file.
 */
export function insertObservations(
  db: Db,
  indicators: readonly IndicatorRow[],
  sessions: readonly SessionRow[],
  count: number,
  random: Random,
  checkpoints: BackgroundCheckpoints,
): number {
  const reporters = reportingSessions(sessions);
  const asOf = Array.from({ length: MONTHS }, (_, m) => monthEnd(m));
  const period = asOf.map((d) => `tháng ${Number(d.slice(5, 7))}/${d.slice(0, 4)}`);
  const figure = (i: number): ObservationInput => {
    const m = i % MONTHS;
    const series = Math.floor(i / MONTHS);
    const indicator = indicators[Math.floor(series / PROVINCES.length)] as IndicatorRow;
    const { from, to } = indicator.stem;
    const value = Math.max(0, from + ((to - from) * m) / MONTHS + (to - from) * 0.05 * (random.next() - 0.5));
    return {
      indicatorId: indicator.id,
      value: Math.round(value * 100) / 100,
      valueMax: null,
      of: null,
      kind: 'level',
      qualifier: random.chance(0.1) ? 'approx' : 'exact',
      period: period[m] as string,
      asOf: asOf[m] as string,
      scope: PROVINCES[series % PROVINCES.length] as string,
      sessionId: reporters[m] ?? null,
      documentId: null,
      evidence: null,
    };
  };
  // Written as an import writes a spreadsheet's figures (createObservations), a batch at a time.
  const started = performance.now();
  inBatches(db, count, (start, end) => {
    for (let from = start; from < end; from += FIGURES_PER_CALL) {
      const figures: ObservationInput[] = [];
      for (let i = from; i < Math.min(end, from + FIGURES_PER_CALL); i++) figures.push(figure(i));
      createObservations(db, figures);
    }
  });
  checkpoints.catchUp();
  return performance.now() - started;
}

/** For each series, targets due at the end of 2025 and 2030, from a 2021 baseline. */
function insertTargets(db: Db, indicators: readonly IndicatorRow[], sessionId: number): number {
  const insert = db.prepare(
    `INSERT INTO targets (indicator_id, value, due_date, scope, baseline_value, baseline_date, session_id)
     VALUES (?, ?, ?, ?, ?, '2021-01-31', ?)`,
  );
  let count = 0;
  db.transaction(() => {
    for (const { id, stem } of indicators) {
      for (const province of PROVINCES) {
        insert.run(id, stem.from + (stem.to - stem.from) * 0.9, '2025-12-31', province, stem.from, sessionId);
        insert.run(id, stem.to, '2030-12-31', province, stem.from, sessionId);
        count += 2;
      }
    }
  })();
  return count;
}

/** A deadline some months after the session, in every wording extraction.md lists. */
function deadlineAfter(date: string, random: Random): Deadline {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const ahead = random.int(1, 15);
  const dueMonth = ((month - 1 + ahead) % 12) + 1;
  const dueYear = year + Math.floor((month - 1 + ahead) / 12);
  const roll = random.next();
  if (roll < 0.25) {
    const due = addDays(date, random.int(15, 400));
    const [y, m, d] = due.split('-').map(Number);
    return byDate(due, `hoàn thành trước ngày ${d}/${m}/${y}`);
  }
  if (roll < 0.5) return byMonth(dueMonth, dueYear, `hoàn thành trong tháng ${dueMonth}/${dueYear}`);
  if (roll < 0.7) {
    const quarter = Math.ceil(dueMonth / 3) as 1 | 2 | 3 | 4;
    return byQuarter(quarter, dueYear, `trong Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/${dueYear}`);
  }
  if (roll < 0.75) {
    const half = dueMonth <= 6 ? 1 : 2;
    return byHalf(half, dueYear, `6 tháng ${half === 1 ? 'đầu' : 'cuối'} năm ${dueYear}`);
  }
  if (roll < 0.85) return byYear(dueYear, `trong năm ${dueYear}`);
  if (roll < 0.95) return recurring();
  return undated(random.chance(0.5) ? 'theo lộ trình' : null);
}

/**
 * `scale.tasks` tasks: `scale.exportSessionTasks` of them at the last session, the rest
 * spread over the others; about half are done (on time or late), most have an
 * in-progress note. Leads come from the agency catalogue, predecessors included.
 */
function insertTasks(db: Db, sessions: readonly SessionRow[], scale: Scale, random: Random) {
  const agencies = db.prepare('SELECT id, name FROM agencies ORDER BY id').all() as Array<{ id: number; name: string }>;
  const insertTask = db.prepare(
    `INSERT INTO tasks (lead_agency_id, lead_name, partners, content, output, deadline_kind, due_date, deadline_text, session_id, document_id, evidence)
     VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  );
  const insertUpdate = db.prepare('INSERT INTO task_updates (task_id, progress, date, note) VALUES (?, ?, ?, ?)');
  const last = sessions[sessions.length - 1] as SessionRow;
  const earlier = sessions.slice(0, -1);
  let updates = 0;
  const ms = inBatches(db, scale.tasks, (start, end) => {
    for (let i = start; i < end; i++) writeTask(i);
  });
  return { tasks: scale.tasks, taskUpdates: updates, exportSessionId: last.id, ms };

  function writeTask(i: number): void {
    const session = i < scale.exportSessionTasks ? last : (earlier[i % earlier.length] as SessionRow);
    const lead = random.pick(agencies);
    const partners = random.chance(0.6) ? [random.pick(agencies).name] : [];
    const object = random.pick(TASK_OBJECTS);
    const field = random.chance(0.5) ? ` ${random.pick(FIELDS)}` : '';
    const content = `${random.pick(TASK_ACTIONS)} ${object}${field}`;
    const output = random.chance(0.7) ? random.pick(TASK_OUTPUTS) : null;
    const deadline = deadlineAfter(session.date, random);
    const evidence = `${lead.name} chủ trì${partners.length ? `, phối hợp với ${partners[0]}` : ''} ${content}${deadline.text ? `, ${deadline.text}` : ''}.`;
    const info = insertTask.run(
      lead.id,
      JSON.stringify(partners),
      content,
      output,
      deadline.kind,
      deadline.due,
      deadline.text,
      session.id,
      evidence,
    );
    const taskId = Number(info.lastInsertRowid);
    if (random.chance(0.7)) {
      insertUpdate.run(taskId, 'in_progress', addDays(session.date, random.int(10, 60)), 'Đang triển khai theo kế hoạch');
      updates++;
    }
    if (deadline.due && random.chance(0.55)) {
      const done = addDays(deadline.due, random.int(-120, 90));
      insertUpdate.run(taskId, 'done', done > session.date ? done : addDays(session.date, 1), 'Đã hoàn thành, có văn bản báo cáo');
      updates++;
    }
  }
}

/** Fills an empty database file with the bench data; the same seed gives the same rows. */
export function generateBenchDatabase(file: string, scale: Scale = FULL_SCALE, seed = BENCH_SEED): Generated {
  const random = seededRandom(seed);
  const db = openDatabase(file);
  // As the app writes (app-context.ts): checkpoints on a thread of their own.
  const checkpoints = checkpointInBackground(db, file);
  try {
    const sessions = insertSessions(db);
    const indicators = insertIndicators(db, scale.observations);
    const targets = insertTargets(db, indicators, (sessions[0] as SessionRow).id);
    const observationMs = insertObservations(db, indicators, sessions, scale.observations, random, checkpoints);
    const tasks = insertTasks(db, sessions, scale, random);
    db.pragma('optimize');
    return {
      file,
      sessions: sessions.length,
      exportSessionId: tasks.exportSessionId,
      indicators: indicators.length,
      series: Math.ceil(scale.observations / MONTHS),
      targets,
      observations: scale.observations,
      tasks: tasks.tasks,
      taskUpdates: tasks.taskUpdates,
      observationMs,
      taskMs: tasks.ms,
    };
  } finally {
    checkpoints.stop();
    db.close();
  }
}

const isEntryPoint = process.argv[1] && /bench[\\/]generate\.[tj]s$/.test(process.argv[1]);
if (isEntryPoint) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('Cách dùng: npx tsx bench/generate.ts TỆP.db\n');
    process.exit(1);
  }
  if (fs.existsSync(file) && fs.statSync(file).size > 0) {
    process.stderr.write(`Tệp ${file} đã có dữ liệu; không ghi đè.\n`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const result = generateBenchDatabase(file);
  process.stderr.write(
    `Đã sinh ${file}: ${result.sessions} phiên họp, ${result.indicators} chỉ tiêu, ${result.observations} số liệu, ${result.tasks} nhiệm vụ, ${result.taskUpdates} cập nhật tiến độ.\n`,
  );
}

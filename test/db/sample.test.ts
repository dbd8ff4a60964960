import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentAgencyId, findAgencyByName, listAgencies } from '../../electron/db/agencies';
import { findIndicatorByName, listIndicators, listObservations, listTargets } from '../../electron/db/indicators';
import type { Db } from '../../electron/db/open';
import { openDatabase } from '../../electron/db/open';
import { loadSampleData } from '../../electron/db/sample';
import { SAMPLE_INDICATORS } from '../../electron/db/sample/indicators';
import { SAMPLE_SESSIONS } from '../../electron/db/sample/sessions';
import { SAMPLE_TASKS, UNCATALOGUED_LEADS } from '../../electron/db/sample/tasks';
import { createSession, listSessions } from '../../electron/db/sessions';
import { listTasks, listTaskUpdates } from '../../electron/db/tasks';

const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const AS_OF = '2025-12-22';

const TABLES = [
  'sessions',
  'indicators',
  'indicator_aliases',
  'targets',
  'observations',
  'tasks',
  'task_updates',
  'audit_log',
  'search_index',
] as const;

function tableCount(db: Db, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function snapshot(db: Db): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, tableCount(db, t)]));
}

let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcd-sample-'));
  db = openDatabase(path.join(dir, 'sample.db'));
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadSampleData', () => {
  it('creates the five 2025 sessions on their dates', () => {
    loadSampleData(db);
    const sessions = listSessions(db);
    expect(sessions.map((s) => [s.number, s.date])).toEqual([
      [2, '2025-05-17'],
      [3, '2025-07-20'],
      [4, '2025-09-24'],
      [5, '2025-11-15'],
      [null, '2025-12-22'],
    ]);
    for (const s of sessions) {
      expect(s.year).toBe(2025);
      expect(s.chair).toBe('Thủ tướng Chính phủ Phạm Minh Chính');
      expect(s.format).toBe('hybrid');
    }
    expect(sessions[1]?.notes).toContain('408/TB-VPCP');
    expect(sessions[4]?.title).toMatch(/^Hội nghị tổng kết .*2021-2025/);
  });

  it('holds the 80% online-dossier target and the 39,51% / 15,21% figures of the 3rd session', () => {
    loadSampleData(db);
    const third = listSessions(db).find((s) => s.number === 3);
    const indicator = findIndicatorByName(db, 'Tỷ lệ hồ sơ trực tuyến toàn trình');
    expect(indicator).not.toBeNull();
    expect(indicator?.unit).toBe('%');
    expect(indicator?.direction).toBe('higher_is_better');

    const targets = listTargets(db, indicator!.id);
    expect(targets).toContainEqual(
      expect.objectContaining({ value: 80, dueDate: '2025-12-31', scope: null, valueMax: null }),
    );

    const figures = listObservations(db, indicator!.id);
    const common = { kind: 'level', period: '6 tháng đầu năm 2025', asOf: '2025-06-30', sessionId: third?.id };
    expect(figures).toContainEqual(expect.objectContaining({ ...common, value: 39.51, scope: null }));
    expect(figures).toContainEqual(expect.objectContaining({ ...common, value: 15.21, scope: 'các tỉnh' }));
    // The importer's wording of the same figure links to this indicator.
    expect(findIndicatorByName(db, 'Tỉ lệ cung cấp dịch vụ công toàn trình')?.id).toBe(indicator!.id);
  });

  it('returns counts equal to what the tables hold, within the sizes asked for', () => {
    const counts = loadSampleData(db);
    expect(counts).toEqual({
      sessions: tableCount(db, 'sessions'),
      indicators: tableCount(db, 'indicators'),
      targets: tableCount(db, 'targets'),
      observations: tableCount(db, 'observations'),
      tasks: tableCount(db, 'tasks'),
      taskUpdates: tableCount(db, 'task_updates'),
    });
    expect(counts.sessions).toBe(5);
    expect(counts.indicators).toBeGreaterThanOrEqual(15);
    expect(counts.indicators).toBeLessThanOrEqual(30);
    expect(counts.tasks).toBeGreaterThanOrEqual(40);
    expect(counts.tasks).toBeLessThanOrEqual(80);
  });

  it('refuses a second load and writes nothing', () => {
    loadSampleData(db);
    const before = snapshot(db);
    expect(() => loadSampleData(db)).toThrow();
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a database that already holds a session of the user', () => {
    createSession(db, {
      number: 1,
      year: 2026,
      date: '2026-02-25',
      title: 'Phiên họp lần thứ nhất năm 2026',
      chair: null,
      format: 'hybrid',
      notes: null,
    });
    const before = snapshot(db);
    expect(() => loadSampleData(db)).toThrow();
    expect(snapshot(db)).toEqual(before);
  });

  it('links every task lead to an agency of the catalogue, or keeps an uncatalogued name', () => {
    loadSampleData(db);
    const agencies = new Map(listAgencies(db).map((a) => [a.id, a]));
    const tasks = listTasks(db);
    for (const task of tasks) {
      if (task.leadAgencyId != null) {
        expect(agencies.has(task.leadAgencyId)).toBe(true);
        expect(task.leadName).toBe(agencies.get(task.leadAgencyId)?.name);
      } else if (task.leadName != null) {
        expect(UNCATALOGUED_LEADS).toContain(task.leadName);
      }
      // Partners that name a ministry use its canonical name.
      for (const partner of task.partnerNames.filter((p) => p.startsWith('Bộ '))) {
        expect(findAgencyByName(db, partner)?.name, partner).toBe(partner);
      }
    }
    const leadNames = new Set(tasks.map((t) => t.leadName));
    // Predecessors, group leads, and tasks without a lead are all represented.
    expect(leadNames).toContain('Bộ Thông tin và Truyền thông');
    expect(leadNames).toContain('Các bộ, ngành, địa phương');
    expect(leadNames).toContain('Ủy ban nhân dân các tỉnh, thành phố');
    expect(tasks.filter((t) => t.leadName == null).length).toBeGreaterThanOrEqual(2);
    expect(tasks.filter((t) => t.deadline.kind === 'none').length).toBeGreaterThanOrEqual(2);
  });

  it('uses every deadline kind, with due dates computed as the extraction contract says', () => {
    loadSampleData(db);
    const tasks = listTasks(db);
    expect(new Set(tasks.map((t) => t.deadline.kind))).toEqual(
      new Set(['date', 'month', 'quarter', 'half', 'year', 'recurring', 'none']),
    );
    const lastDay = (due: string): boolean => {
      const [y, m, d] = due.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
    };
    for (const { deadline } of tasks) {
      const due = deadline.due;
      switch (deadline.kind) {
        case 'recurring':
        case 'none':
          expect(due).toBeNull();
          break;
        case 'date':
          expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          break;
        case 'month': {
          expect(lastDay(due!)).toBe(true);
          const [y, m] = due!.split('-');
          expect(deadline.text).toMatch(new RegExp(`tháng 0?${Number(m)}/${y}`));
          break;
        }
        case 'quarter':
          expect(due).toMatch(/-(03-31|06-30|09-30|12-31)$/);
          break;
        case 'half':
          expect(due).toMatch(/-(06-30|12-31)$/);
          break;
        case 'year':
          expect(due).toMatch(/-12-31$/);
          expect(deadline.text).toContain(due!.slice(0, 4));
          break;
      }
    }
  });

  it('gives series across sessions and every kind of figure and target', () => {
    loadSampleData(db);
    const sessions = new Map(listSessions(db).map((s) => [s.id, s]));
    const indicators = listIndicators(db);
    expect(indicators.some((i) => i.direction === 'lower_is_better')).toBe(true);

    const all = indicators.flatMap((i) => listObservations(db, i.id));
    expect(new Set(all.map((o) => o.kind))).toEqual(new Set(['level', 'change', 'count_of', 'rank']));
    for (const o of all) {
      // A figure cannot stand at a date after the session that reported it.
      if (o.sessionId != null) expect(o.asOf <= sessions.get(o.sessionId)!.date, o.evidence ?? '').toBe(true);
    }
    const withSeries = indicators.filter(
      (i) => new Set(listObservations(db, i.id).map((o) => o.sessionId)).size >= 2,
    );
    expect(withSeries.length).toBeGreaterThanOrEqual(5);

    const targets = listTargets(db);
    expect(targets.some((t) => t.valueMax != null)).toBe(true);
    expect(targets.some((t) => t.of != null)).toBe(true);
    expect(targets.some((t) => t.baselineValue != null && t.baselineDate != null)).toBe(true);
  });

  it('gives a realistic status mix as of the year-end conference', () => {
    loadSampleData(db);
    const agencies = new Map(listAgencies(db).map((a) => [a.id, a]));
    const tally = { doneOnTime: 0, doneLate: 0, open: 0, overdue: 0 };
    const overdueAgencies = new Set<number>();
    for (const task of listTasks(db)) {
      const updates = listTaskUpdates(db, task.id).filter((u) => u.date <= AS_OF);
      const done = updates.find((u) => u.progress === 'done');
      const due = task.deadline.due;
      if (done) {
        if (due == null || done.date <= due) tally.doneOnTime++;
        else tally.doneLate++;
      } else if (due != null && due < AS_OF) {
        tally.overdue++;
        if (task.leadAgencyId != null) overdueAgencies.add(currentAgencyId(agencies, task.leadAgencyId));
      } else {
        tally.open++;
      }
    }
    expect(tally.doneOnTime).toBeGreaterThanOrEqual(3);
    expect(tally.doneLate).toBeGreaterThanOrEqual(3);
    expect(tally.overdue).toBeGreaterThanOrEqual(3);
    expect(tally.open).toBeGreaterThanOrEqual(3);
    expect(overdueAgencies.size).toBeGreaterThanOrEqual(3);
  });
});

describe('sample texts are our own', () => {
  const corpusAvailable = fs.existsSync(CORPUS_DIR);
  const WINDOW = 61;
  const normalise = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ');

  /** The first stretch of more than 60 characters that a corpus text holds verbatim, if any. */
  function copiedStretch(text: string, corpus: readonly string[]): string | null {
    const t = normalise(text);
    for (let i = 0; i + WINDOW <= t.length; i++) {
      const piece = t.slice(i, i + WINDOW);
      if (corpus.some((c) => c.includes(piece))) return piece;
    }
    return null;
  }

  it.skipIf(!corpusAvailable)('copies no stretch of more than 60 characters from the corpus', () => {
    const corpus = fs
      .readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => normalise(fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8')));
    expect(corpus.length).toBeGreaterThan(0);

    const texts: string[] = [
      ...SAMPLE_SESSIONS.flatMap((s) => (s.notes ? [s.notes] : [])),
      ...SAMPLE_INDICATORS.flatMap((i) => [
        ...(i.targets ?? []).map((t) => t.evidence),
        ...i.observations.map((o) => o.evidence),
      ]),
      ...SAMPLE_TASKS.flatMap((t) => [
        t.content,
        ...(t.evidence ? [t.evidence] : []),
        ...(t.updates ?? []).map((u) => u.note),
      ]),
    ];
    expect(texts.length).toBeGreaterThan(100);
    const copied = texts.map((text) => ({ text, stretch: copiedStretch(text, corpus) })).filter((c) => c.stretch);
    expect(copied).toEqual([]);
  });
});

/**
 * Small databases for the comparison tests: a real SQLite file in a temp folder,
 * filled through the app's own repositories with short-hand defaults.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { findAgencyByName } from '../../electron/db/agencies';
import { createIndicator, createObservation, createTarget } from '../../electron/db/indicators';
import type { Db } from '../../electron/db/open';
import { openDatabase } from '../../electron/db/open';
import { createSession } from '../../electron/db/sessions';
import { addTaskUpdate, createTask } from '../../electron/db/tasks';
import type { Deadline, Indicator, IndicatorInput, ObservationInput, Session, Task, TargetInput, TaskProgress } from '../../electron/domain/model';

const open: Array<{ db: Db; dir: string }> = [];

afterEach(() => {
  for (const { db, dir } of open.splice(0)) {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A fresh database file, closed and removed after the test. */
export function tempDb(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comparison-'));
  const db = openDatabase(path.join(dir, 'test.db'));
  open.push({ db, dir });
  return db;
}

export function addSession(db: Db, date: string, number: number | null = null): Session {
  return createSession(db, {
    number,
    year: Number(date.slice(0, 4)),
    date,
    title: number ? `Phiên họp lần thứ ${number}` : `Phiên họp ngày ${date}`,
    chair: null,
    format: 'hybrid',
    notes: null,
  });
}

export function addIndicator(db: Db, input: Partial<IndicatorInput> & { name: string }): Indicator {
  return createIndicator(db, { unit: '%', direction: 'higher_is_better', groupName: null, ...input });
}

export function addTarget(db: Db, indicatorId: number, input: Partial<TargetInput> & { value: number; dueDate: string }) {
  return createTarget(db, {
    indicatorId,
    valueMax: null,
    of: null,
    scope: null,
    baselineValue: null,
    baselineDate: null,
    sessionId: null,
    documentId: null,
    evidence: null,
    ...input,
  });
}

export function addFigure(db: Db, indicatorId: number, input: Partial<ObservationInput> & { value: number; asOf: string }) {
  return createObservation(db, {
    indicatorId,
    valueMax: null,
    of: null,
    kind: 'level',
    qualifier: 'exact',
    period: null,
    scope: null,
    sessionId: null,
    documentId: null,
    evidence: null,
    ...input,
  });
}

export const due = (date: string): Deadline => ({ kind: 'date', due: date, text: null });
export const recurring: Deadline = { kind: 'recurring', due: null, text: 'nhiệm vụ thường xuyên' };
export const undated: Deadline = { kind: 'none', due: null, text: null };

export interface TaskSpec {
  lead?: string | null;
  content?: string;
  output?: string | null;
  deadline?: Deadline;
  sessionId?: number | null;
  updates?: Array<[TaskProgress, string]>;
}

/** A task led by a catalogue agency (by name or short form) or, failing that, by the name as written. */
export function addTask(db: Db, spec: TaskSpec = {}): Task {
  const lead = spec.lead === undefined ? 'Bộ Công an' : spec.lead;
  const agency = lead ? findAgencyByName(db, lead) : null;
  const task = createTask(db, {
    leadAgencyId: agency?.id ?? null,
    leadName: agency ? null : lead,
    partnerNames: [],
    content: spec.content ?? 'Xây dựng, trình ban hành Nghị định về dữ liệu',
    output: spec.output ?? null,
    deadline: spec.deadline ?? due('2025-12-31'),
    sessionId: spec.sessionId ?? null,
    documentId: null,
    evidence: null,
  });
  for (const [progress, date] of spec.updates ?? []) {
    addTaskUpdate(db, { taskId: task.id, progress, date, note: null, evidenceDocumentId: null });
  }
  return task;
}

export function agencyId(db: Db, name: string): number {
  const agency = findAgencyByName(db, name);
  if (!agency) throw new Error(`no agency ${name}`);
  return agency.id;
}

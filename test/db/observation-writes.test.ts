import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIndicator, createObservation, createObservations, listObservations } from '../../electron/db/indicators';
import type { Db } from '../../electron/db/open';
import { openDatabase } from '../../electron/db/open';
import { createSession } from '../../electron/db/sessions';
import type { ObservationInput } from '../../electron/domain/model';
import { tempDir } from '../helpers/temp';

let db: Db;
let indicatorId: number;
let sessionId: number;

beforeEach(() => {
  db = openDatabase(path.join(tempDir(), 'figures.db'));
  indicatorId = createIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', unit: '%', direction: 'higher_is_better', groupName: null }).id;
  sessionId = createSession(db, { number: 3, year: 2025, date: '2025-07-20', title: 'Phiên họp thứ ba', chair: null, format: 'in_person', notes: null }).id;
});

afterEach(() => db.close());

/** `count` figures of one indicator, each different in every column a figure has. */
function figures(count: number): ObservationInput[] {
  return Array.from({ length: count }, (_, i) => ({
    indicatorId,
    value: 10 + i / 100,
    valueMax: i % 3 === 0 ? 20 + i : null,
    of: i % 4 === 0 ? 61 : null,
    kind: i % 4 === 0 ? 'count_of' : 'level',
    qualifier: i % 5 === 0 ? 'approx' : 'exact',
    period: `tháng ${(i % 12) + 1}/2025`,
    asOf: `2025-${String((i % 12) + 1).padStart(2, '0')}-28`,
    scope: i % 2 === 0 ? null : `Tỉnh thứ ${i}`,
    sessionId: i % 2 === 0 ? sessionId : null,
    documentId: null,
    evidence: i % 7 === 0 ? null : `Câu nguồn của số liệu thứ ${i}`,
  }));
}

const count = (sql: string) => db.prepare(sql).pluck().get() as number;

describe('createObservations: figures written many to a statement', () => {
  it('keeps every column of every figure, in the order given, each logged and its series listed', () => {
    // Two statements of many figures and the ten left over, one by one.
    const written = figures(60);
    createObservations(db, written);
    const saved = listObservations(db, indicatorId).sort((a, b) => a.id - b.id);
    expect(saved.map(({ id: _id, ...figure }) => figure)).toEqual(written);
    expect(saved.map((o) => o.id)).toEqual(saved.map((_, i) => (saved[0] as { id: number }).id + i));
    const logged = db.prepare("SELECT row_id FROM audit_log WHERE table_name = 'observations' AND action = 'insert' ORDER BY id").pluck().all();
    expect(logged).toEqual(saved.map((o) => o.id));
    const series = db.prepare('SELECT scope, kind, first_as_of FROM observation_series ORDER BY scope_key, kind').all();
    expect(series).toHaveLength(new Set(written.map((f) => `${f.scope}|${f.kind}`)).size);
    expect(series[0]).toEqual({ scope: null, kind: 'count_of', first_as_of: '2025-01-28' });
  });

  it('writes nothing when a figure far into the list is refused', () => {
    const written = figures(40);
    written[33] = { ...(written[33] as ObservationInput), indicatorId: indicatorId + 1 };
    expect(() => createObservations(db, written)).toThrow(/FOREIGN KEY/);
    const bad = figures(30);
    bad[27] = { ...(bad[27] as ObservationInput), kind: 'Level' as ObservationInput['kind'] };
    expect(() => createObservations(db, bad)).toThrow(/CHECK constraint/);
    expect(count('SELECT count(*) FROM observations')).toBe(0);
    expect(count("SELECT count(*) FROM audit_log WHERE table_name = 'observations'")).toBe(0);
    expect(count('SELECT count(*) FROM observation_series')).toBe(0);
  });

  it("leaves to the caller's transaction to undo what came before a failure", () => {
    const written = figures(40);
    written[39] = { ...(written[39] as ObservationInput), sessionId: sessionId + 1 };
    const save = db.transaction(() => {
      createObservation(db, figures(1)[0] as ObservationInput);
      createObservations(db, written);
    });
    expect(save).toThrow(/FOREIGN KEY/);
    expect(count('SELECT count(*) FROM observations')).toBe(0);
    expect(db.inTransaction).toBe(false);
  });
});

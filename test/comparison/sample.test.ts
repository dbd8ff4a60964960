import { describe, expect, it } from 'vitest';
import { compareIndicators, countTasksByAgency, formatAttainment, formatGap, sessionTaskCounts } from '../../electron/comparison';
import { loadSampleData } from '../../electron/db/sample';
import { findSessionByNumber } from '../../electron/db/sessions';
import { tempDb } from './fixtures';

describe('the bundled sample data', () => {
  it("gives the 3rd session's comparison: 49,4% of the 80% target, 40,49 points short, off track; provinces 19,0%", () => {
    const db = tempDb();
    loadSampleData(db);
    const third = findSessionByNumber(db, 3, 2025);
    if (!third) throw new Error('the sample has no 3rd session');
    const rows = compareIndicators(db, { sessionId: third.id }).filter((c) => c.indicatorName === 'Tỷ lệ hồ sơ trực tuyến toàn trình');
    const nationwide = rows.find((c) => c.scope === null);
    const provinces = rows.find((c) => c.scope === 'các tỉnh');

    expect(nationwide).toMatchObject({ actualValue: 39.51, targetValue: 80, gap: 40.49, rating: 'off_track', ratingLabel: 'Chậm/Không đạt' });
    expect(nationwide?.attainment).toBeCloseTo(0.494, 3);
    expect(formatAttainment(nationwide?.attainment ?? 0)).toBe('49,4%');
    expect(formatGap(nationwide?.gap ?? 0, nationwide?.gapUnit ?? '')).toBe('40,49 điểm phần trăm');

    expect(provinces).toMatchObject({ actualValue: 15.21, targetValue: 80, rating: 'off_track' });
    expect(provinces?.attainment).toBeCloseTo(0.19, 3);
    expect(formatAttainment(provinces?.attainment ?? 0)).toBe('19,0%');
  });

  it("counts the sample's tasks as of each session without losing any", () => {
    const db = tempDb();
    const loaded = loadSampleData(db);
    const conference = db.prepare('SELECT id, date FROM sessions ORDER BY date DESC LIMIT 1').get() as { id: number; date: string };
    const counts = countTasksByAgency(db, conference.date);
    expect(Object.values(counts.totals).reduce((a, b) => a + b, 0)).toBe(loaded.tasks);
    expect(counts.summary).toMatch(/^(còn \d+ nhiệm vụ chậm tiến độ thuộc trách nhiệm của \d+ .+|không còn nhiệm vụ nào chậm tiến độ)$/);
    const lists = sessionTaskCounts(db, conference.id);
    expect(lists.new + lists.carriedOver).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { compareIndicators, getIndicatorDetail } from '../../electron/comparison';
import { SERIES_SQL } from '../../electron/comparison/figure-reads';
import type { IndicatorComparison } from '../../electron/comparison/types';
import { setRatingThresholds } from '../../electron/comparison/thresholds';
import { insertDocument } from '../../electron/db/documents';
import type { Db } from '../../electron/db/open';
import { openDatabase } from '../../electron/db/open';
import { addFigure, addIndicator, addSession, addTarget, tempDb } from './fixtures';

/** The figures of the 3rd session: 80% by end of 2025, 39,51% nationwide and 15,21% in the provinces at 30/6. */
function onlineDossiers(db: Db) {
  const s2 = addSession(db, '2025-05-17', 2);
  const s3 = addSession(db, '2025-07-20', 3);
  const indicator = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
  addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31', sessionId: s2.id });
  addFigure(db, indicator.id, { value: 35.2, asOf: '2025-03-31', sessionId: s2.id });
  addFigure(db, indicator.id, { value: 39.51, asOf: '2025-06-30', sessionId: s3.id });
  addFigure(db, indicator.id, { value: 15.21, asOf: '2025-06-30', scope: 'các tỉnh', sessionId: s3.id });
  return { s2, s3, indicator };
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

describe('compareIndicators', () => {
  it("compares the 3rd session's figures: 49,4% nationwide, 19,0% in the provinces against the nationwide 80%", () => {
    const db = tempDb();
    const { s2, s3 } = onlineDossiers(db);
    const [nationwide, provinces] = compareIndicators(db, { sessionId: s3.id });

    expect(nationwide).toMatchObject({ scope: null, scopeLabel: 'Cả nước', asOf: '2025-07-20', actualValue: 39.51, targetValue: 80 });
    expect(nationwide?.attainment).toBeCloseTo(0.494, 3);
    expect(nationwide?.gap).toBe(40.49);
    expect(nationwide?.gapUnit).toBe('điểm phần trăm');
    expect(nationwide?.rating).toBe('off_track');
    expect(nationwide?.ratingLabel).toBe('Chậm/Không đạt');
    expect(nationwide?.series.map((p) => [p.value, p.sessionId])).toEqual([
      [35.2, s2.id],
      [39.51, s3.id],
    ]);
    expect(nationwide?.changeSincePrevious?.change).toBe(4.31);
    expect(nationwide?.changeSincePrevious?.previous.sessionTitle).toBe('Phiên họp lần thứ 2');

    expect(provinces).toMatchObject({ scope: 'các tỉnh', rating: 'off_track' });
    expect(provinces?.attainment).toBeCloseTo(0.19, 3);
    expect(provinces?.target?.inheritedFromNationwide).toBe(true);
  });

  it('stands at the requested date: before 30/6 only the March figure counts', () => {
    const db = tempDb();
    onlineDossiers(db);
    const nationwide = compareIndicators(db, { asOf: '2025-06-29' }).find((c) => c.scope === null);
    expect(nationwide?.actualValue).toBe(35.2);
    expect(nationwide?.series).toHaveLength(1);
  });

  it('prefers a scope-specific target over the nationwide one', () => {
    const db = tempDb();
    const { indicator } = onlineDossiers(db);
    addTarget(db, indicator.id, { value: 30, dueDate: '2025-12-31', scope: 'các tỉnh' });
    const provinces = compareIndicators(db, { asOf: '2025-07-20' }).find((c) => c.scope === 'các tỉnh');
    expect(provinces?.targetValue).toBe(30);
    expect(provinces?.target?.inheritedFromNationwide).toBe(false);
  });

  it('ignores a target set at a later session', () => {
    const db = tempDb();
    const later = addSession(db, '2025-11-15', 5);
    const indicator = addIndicator(db, { name: 'Tỷ lệ thanh toán không dùng tiền mặt' });
    addTarget(db, indicator.id, { value: 90, dueDate: '2026-12-31', sessionId: later.id });
    addFigure(db, indicator.id, { value: 70, asOf: '2025-06-30' });
    expect(only(compareIndicators(db, { asOf: '2025-07-01' }))).toMatchObject({ target: null, rating: 'no_data', ratingLabel: 'Chưa có mục tiêu' });
    expect(only(compareIndicators(db, { asOf: '2025-12-01' })).targetValue).toBe(90);
  });

  it('takes the earliest target still due at the figure date, else the last one', () => {
    const db = tempDb();
    const indicator = addIndicator(db, { name: 'Tỷ trọng kinh tế số trong GDP' });
    addTarget(db, indicator.id, { value: 20, dueDate: '2025-12-31' });
    addTarget(db, indicator.id, { value: 30, dueDate: '2030-12-31' });
    addFigure(db, indicator.id, { value: 18.3, asOf: '2025-06-30' });
    expect(only(compareIndicators(db, { asOf: '2025-07-01' })).targetValue).toBe(20);
    addFigure(db, indicator.id, { value: 21, asOf: '2026-06-30' });
    expect(only(compareIndicators(db, { asOf: '2026-07-01' })).targetValue).toBe(30);
  });

  it('reports an indicator without a target, and a target without figures, as no data', () => {
    const db = tempDb();
    const noTarget = addIndicator(db, { name: 'Trạm phát sóng 5G', unit: 'trạm' });
    addFigure(db, noTarget.id, { value: 15000, asOf: '2025-06-30' });
    const noFigure = addIndicator(db, { name: 'Tăng trưởng kinh tế (GDP)' });
    addTarget(db, noFigure.id, { value: 8.3, valueMax: 8.5, dueDate: '2025-12-31' });
    addIndicator(db, { name: 'Chỉ số chưa có gì' });

    const rows = compareIndicators(db, { asOf: '2025-07-01' });
    expect(rows).toHaveLength(3);
    const byName = new Map(rows.map((c) => [c.indicatorName, c]));
    expect(byName.get('Trạm phát sóng 5G')).toMatchObject({ rating: 'no_data', actualValue: 15000, attainment: null, ratingReason: 'Chưa có mục tiêu để so sánh' });
    expect(byName.get('Tăng trưởng kinh tế (GDP)')).toMatchObject({ rating: 'no_data', actual: null, targetValue: 8.3, targetValueMax: 8.5, ratingLabel: 'Chưa có số liệu' });
    expect(byName.get('Chỉ số chưa có gì')).toMatchObject({ rating: 'no_data', actual: null, target: null, kind: null });
  });

  it('rates a target met early as met', () => {
    const db = tempDb();
    const indicator = addIndicator(db, { name: 'Tỷ lệ dân số có tài khoản định danh điện tử' });
    addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31' });
    addFigure(db, indicator.id, { value: 82.5, asOf: '2025-03-31' });
    const c = only(compareIndicators(db, { asOf: '2025-04-15' }));
    expect(c).toMatchObject({ rating: 'met', ratingLabel: 'Đạt/Vượt', gap: -2.5, forecast: null });
  });

  it('judges lower-is-better indicators with target/actual and along the trajectory from the baseline', () => {
    const db = tempDb();
    const indicator = addIndicator(db, { name: 'Thời gian giải quyết thủ tục', unit: 'ngày', direction: 'lower_is_better' });
    addTarget(db, indicator.id, { value: 10, dueDate: '2025-12-31', baselineValue: 20, baselineDate: '2024-12-31' });
    addFigure(db, indicator.id, { value: 15.5, asOf: '2025-07-02' });
    const c = only(compareIndicators(db, { asOf: '2025-07-15' }));
    expect(c.lowerIsBetter).toBe(true);
    expect(c.attainment).toBeCloseTo(10 / 15.5, 6);
    expect(c.gap).toBe(5.5);
    expect(c.gapUnit).toBe('ngày');
    expect(c.expected).toBeCloseTo(15, 1);
    expect(c.rating).toBe('at_risk');
  });

  it('meets a range target inside the range', () => {
    const db = tempDb();
    const indicator = addIndicator(db, { name: 'Tăng trưởng kinh tế (GDP)' });
    addTarget(db, indicator.id, { value: 8.3, valueMax: 8.5, dueDate: '2025-12-31' });
    addFigure(db, indicator.id, { value: 8.4, asOf: '2025-12-31' });
    expect(only(compareIndicators(db, { asOf: '2026-01-10' }))).toMatchObject({ rating: 'met', targetValue: 8.3, targetValueMax: 8.5 });
  });

  it('compares a count of a whole as a share of it', () => {
    const db = tempDb();
    const indicator = addIndicator(db, { name: 'Địa phương kết nối hệ thống', unit: 'địa phương' });
    addTarget(db, indicator.id, { value: 63, of: 63, dueDate: '2025-12-31' });
    addFigure(db, indicator.id, { value: 40, of: 63, kind: 'count_of', asOf: '2025-03-31' });
    const before = only(compareIndicators(db, { asOf: '2025-04-01' }));
    expect(before).toMatchObject({ basis: 'share', valueUnit: '%', targetValue: 100, gapUnit: 'điểm phần trăm' });
    expect(before.attainment).toBeCloseTo(40 / 63, 6);
    // After the merger the whole is 34 provinces: 34/34 meets 63/63.
    addFigure(db, indicator.id, { value: 34, of: 34, kind: 'count_of', asOf: '2025-09-30' });
    expect(only(compareIndicators(db, { asOf: '2025-10-01' })).rating).toBe('met');
  });

  it('compares a rank as lower is better', () => {
    const db = tempDb();
    const indicator = addIndicator(db, { name: 'Xếp hạng Chỉ số Đổi mới sáng tạo toàn cầu (GII)', unit: '' });
    addTarget(db, indicator.id, { value: 40, dueDate: '2025-12-31' });
    addFigure(db, indicator.id, { value: 46, of: 132, kind: 'rank', asOf: '2024-09-30' });
    addFigure(db, indicator.id, { value: 44, of: 139, kind: 'rank', asOf: '2025-09-30' });
    const c = only(compareIndicators(db, { asOf: '2025-10-01' }));
    expect(c).toMatchObject({ basis: 'rank', lowerIsBetter: true, actualValue: 44, gap: 4, gapUnit: 'bậc' });
    expect(c.attainment).toBeCloseTo(40 / 44, 6);
    expect(c.changeSincePrevious?.change).toBe(-2);
    expect(c.forecast?.metBy).not.toBeNull();
  });

  it('reports a change figure apart from the level series, never compared with a level target', () => {
    const db = tempDb();
    const indicator = addIndicator(db, { name: 'Doanh thu thương mại điện tử', unit: 'tỷ USD' });
    addTarget(db, indicator.id, { value: 30, dueDate: '2025-12-31' });
    addFigure(db, indicator.id, { value: 20.5, kind: 'change', asOf: '2025-06-30' });
    addFigure(db, indicator.id, { value: 25, asOf: '2025-06-30' });
    const [levelRow, changeRow] = compareIndicators(db, { asOf: '2025-07-01' });
    expect(levelRow).toMatchObject({ kind: 'level', actualValue: 25 });
    expect(levelRow?.attainment).toBeCloseTo(25 / 30, 6);
    expect(changeRow).toMatchObject({ kind: 'change', basis: 'change', actualValue: 20.5, attainment: null, gap: null, rating: 'no_data' });
  });

  it('follows the thresholds stored as a setting', () => {
    const db = tempDb();
    onlineDossiers(db);
    setRatingThresholds(db, { onTrackAttainment: 0.45, atRiskAttainment: 0.4 });
    expect(compareIndicators(db, { asOf: '2025-07-20' }).find((c) => c.scope === null)?.rating).toBe('on_track');
    expect(() => setRatingThresholds(db, { atRiskAttainment: 0.9 })).toThrow(/Ngưỡng/);
  });

  it('finds the latest figure of each series with an index seek, never a scan or sort of all figures', () => {
    const db = tempDb();
    onlineDossiers(db);
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN ${SERIES_SQL}`)
      .all({ indicatorId: 1, scope: null, kind: 'level', asOf: '2025-07-20', limit: 24 }) as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail)).toEqual([
      'SEARCH o USING INDEX observations_series (indicator_id=? AND scope=? AND kind=? AND as_of<?)',
      // The sessions held after the date, and the smallest id among them, read once per statement.
      'SCALAR SUBQUERY 1',
      'SEARCH sessions',
      'LIST SUBQUERY 2',
      'SEARCH sessions USING COVERING INDEX sessions_date (date>?)',
      'CREATE BLOOM FILTER',
      // Figures of one date put in entry order: a sort of the ties, not of the series.
      'USE TEMP B-TREE FOR LAST TERM OF ORDER BY',
    ]);
  });
});

describe('as of a date: what had been reported by then', () => {
  /** Sessions on 1/3 and 1/6/2025; the June session reports a figure that stands at 28/2. */
  function reportedLate(db: Db) {
    const march = addSession(db, '2025-03-01');
    const june = addSession(db, '2025-06-01');
    const indicator = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
    addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31' });
    return { march, june, indicator };
  }

  it('leaves out a figure a later session reported, though it stands at an earlier date', () => {
    const db = tempDb();
    const { march, june, indicator } = reportedLate(db);
    addFigure(db, indicator.id, { value: 35, asOf: '2025-01-31', sessionId: march.id });
    addFigure(db, indicator.id, { value: 82, asOf: '2025-02-28', sessionId: june.id });

    const before = only(compareIndicators(db, { asOf: '2025-03-15' }));
    expect(before).toMatchObject({ actualValue: 35, rating: 'off_track' });
    expect(before.series.map((p) => p.value)).toEqual([35]);
    expect(only(getIndicatorDetail(db, indicator.id, { asOf: '2025-03-15' }).comparisons).series.map((p) => p.value)).toEqual([35]);

    // From the June session's date on, it is the latest figure.
    const after = only(compareIndicators(db, { asOf: '2025-06-01' }));
    expect(after).toMatchObject({ actualValue: 82, rating: 'met' });
    expect(after.actual).toMatchObject({ asOf: '2025-02-28', sessionId: june.id, sessionDate: '2025-06-01' });
    expect(compareIndicators(db, { sessionId: march.id })[0]?.actualValue).toBe(35);
  });

  it('shows no figure at all while every figure of the series was reported later', () => {
    const db = tempDb();
    const { june, indicator } = reportedLate(db);
    addFigure(db, indicator.id, { value: 82, asOf: '2025-02-28', sessionId: june.id });
    const before = only(compareIndicators(db, { asOf: '2025-03-15' }));
    expect(before).toMatchObject({ kind: null, actual: null, targetValue: 80, rating: 'no_data', ratingReason: 'Chưa có số liệu đến ngày 15/3/2025' });
    expect(getIndicatorDetail(db, indicator.id, { asOf: '2025-03-15' }).comparisons).toEqual([before]);
  });

  it('counts a figure without a session from the date it stands at', () => {
    const db = tempDb();
    const { indicator } = reportedLate(db);
    addFigure(db, indicator.id, { value: 40, asOf: '2025-02-28' });
    expect(only(compareIndicators(db, { asOf: '2025-02-28' })).actualValue).toBe(40);
    expect(only(compareIndicators(db, { asOf: '2025-02-27' })).actual).toBeNull();
  });

  it('moves with the session: a session moved earlier reports its figures earlier', () => {
    const db = tempDb();
    const { june, indicator } = reportedLate(db);
    addFigure(db, indicator.id, { value: 82, asOf: '2025-02-28', sessionId: june.id });
    expect(only(compareIndicators(db, { asOf: '2025-03-15' })).actual).toBeNull();
    db.prepare('UPDATE sessions SET date = ? WHERE id = ?').run('2025-03-10', june.id);
    expect(only(compareIndicators(db, { asOf: '2025-03-15' })).actualValue).toBe(82);
  });

  it('reads the same figures in the list as in the detail, however the sessions interleave', () => {
    const db = tempDb();
    const april = addSession(db, '2025-04-10');
    const september = addSession(db, '2025-09-10');
    const indicator = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
    addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31', baselineValue: 20, baselineDate: '2024-12-31' });
    // January to March reported in April; April to August only in September, with a revised March.
    ['2025-01-31', '2025-02-28', '2025-03-31'].forEach((asOf, i) => addFigure(db, indicator.id, { value: 30 + i, asOf, sessionId: april.id }));
    ['2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31'].forEach((asOf, i) =>
      addFigure(db, indicator.id, { value: 40 + i, asOf, sessionId: september.id }),
    );
    addFigure(db, indicator.id, { value: 33, asOf: '2025-03-31', sessionId: september.id });

    for (const [asOf, latest] of [['2025-08-31', 32], ['2025-09-10', 44], ['2025-12-31', 44]] as const) {
      const listed = only(compareIndicators(db, { asOf }));
      const detailed = only(getIndicatorDetail(db, indicator.id, { asOf }).comparisons);
      expect(listed.actualValue).toBe(latest);
      const { series: listedSeries, ...listedRest } = listed;
      const { series: detailedSeries, ...detailedRest } = detailed;
      expect(listedRest).toEqual(detailedRest);
      expect(detailedSeries.slice(-listedSeries.length)).toEqual(listedSeries);
    }
    // Before September the revised March figure is not known yet; after it, it stands for March.
    expect(only(compareIndicators(db, { asOf: '2025-08-31' })).series.map((p) => p.value)).toEqual([30, 31, 32]);
    const september10 = only(getIndicatorDetail(db, indicator.id, { asOf: '2025-09-10' }).comparisons).series;
    expect(september10.map((p) => p.value)).toEqual([30, 31, 32, 33, 40, 41, 42, 43, 44]);
  });

  it('holds whatever order the sessions were entered in', () => {
    const db = tempDb();
    // The June session entered first, so its id is the smaller one.
    const june = addSession(db, '2025-06-01');
    const march = addSession(db, '2025-03-01');
    const indicator = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
    addFigure(db, indicator.id, { value: 35, asOf: '2025-01-31', sessionId: march.id });
    addFigure(db, indicator.id, { value: 82, asOf: '2025-02-28', sessionId: june.id });
    expect(only(compareIndicators(db, { asOf: '2025-03-15' })).series.map((p) => p.value)).toEqual([35]);
    expect(only(compareIndicators(db, { asOf: '2025-06-01' })).series.map((p) => p.value)).toEqual([35, 82]);
  });

  it('lets a scope inherit the nationwide target until its own target has been set', () => {
    const db = tempDb();
    const { june, indicator } = reportedLate(db);
    addTarget(db, indicator.id, { value: 30, dueDate: '2025-12-31', scope: 'các tỉnh', sessionId: june.id });
    addFigure(db, indicator.id, { value: 15, asOf: '2025-02-28', scope: 'các tỉnh' });
    const before = only(compareIndicators(db, { asOf: '2025-03-15' }).filter((c) => c.scope === 'các tỉnh'));
    expect(before).toMatchObject({ targetValue: 80, target: { inheritedFromNationwide: true } });
    const after = only(compareIndicators(db, { asOf: '2025-06-01' }).filter((c) => c.scope === 'các tỉnh'));
    expect(after).toMatchObject({ targetValue: 30, target: { inheritedFromNationwide: false, sessionDate: '2025-06-01' } });
  });
});

describe('the targets and names kept between comparisons', () => {
  it('follow every write, through this connection or another', () => {
    const db = tempDb();
    const session = addSession(db, '2025-05-17', 2);
    const indicator = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
    addFigure(db, indicator.id, { value: 40, asOf: '2025-03-31', sessionId: session.id });
    expect(only(compareIndicators(db, { asOf: '2025-06-01' })).target).toBeNull();

    const target = addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31', sessionId: session.id });
    expect(only(compareIndicators(db, { asOf: '2025-06-01' })).target).toMatchObject({ id: target.id, sessionTitle: 'Phiên họp lần thứ 2' });

    const other = openDatabase(db.name, { mustExist: true });
    try {
      other.prepare('UPDATE sessions SET title = ? WHERE id = ?').run('Phiên họp thứ hai', session.id);
      other.prepare('UPDATE targets SET value = 70 WHERE id = ?').run(target.id);
    } finally {
      other.close();
    }
    const after = only(compareIndicators(db, { asOf: '2025-06-01' }));
    expect(after).toMatchObject({ targetValue: 70, target: { sessionTitle: 'Phiên họp thứ hai' }, actual: { sessionTitle: 'Phiên họp thứ hai' } });
  });

  it('are not kept from inside a transaction that is rolled back', () => {
    const db = tempDb();
    const indicator = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
    addFigure(db, indicator.id, { value: 40, asOf: '2025-03-31' });
    expect(only(compareIndicators(db, { asOf: '2025-06-01' })).target).toBeNull();
    const rolledBack = db.transaction(() => {
      addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31' });
      expect(only(compareIndicators(db, { asOf: '2025-06-01' })).targetValue).toBe(80);
      throw new Error('huỷ');
    });
    expect(() => rolledBack()).toThrow('huỷ');
    expect(only(compareIndicators(db, { asOf: '2025-06-01' })).target).toBeNull();
  });
});

describe('the series a comparison in the list carries', () => {
  const MONTH_ENDS = ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31'];

  /** Monthly figures of one indicator, each reported by the session `reporter` gives for its month. */
  function monthly(db: Db, reporter: (month: number) => number | null) {
    const indicator = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
    addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31' });
    MONTH_ENDS.forEach((asOf, month) => addFigure(db, indicator.id, { value: 30 + month, asOf, sessionId: reporter(month) }));
    return indicator;
  }

  /** Everything but the series itself agrees with the detail view, which has every figure. */
  function expectSameJudgement(db: Db, indicatorId: number, asOf: string) {
    const listed = only(compareIndicators(db, { asOf }));
    const detailed = only(getIndicatorDetail(db, indicatorId, { asOf }).comparisons);
    const { series: listedSeries, ...listedRest } = listed;
    const { series: detailedSeries, ...detailedRest } = detailed;
    expect(listedRest).toEqual(detailedRest);
    expect(detailedSeries.slice(-listedSeries.length)).toEqual(listedSeries);
    return listed;
  }

  it("is the forecast's figures and one before, back to the previous session's figure", () => {
    const db = tempDb();
    const sessions = [addSession(db, '2025-04-15'), addSession(db, '2025-07-15'), addSession(db, '2025-09-15')];
    const indicator = monthly(db, (month) => (sessions[Math.floor(month / 3)] as { id: number }).id);
    const c = expectSameJudgement(db, indicator.id, '2025-09-30');
    // August's session also gave July; the previous session's figure is June's, the forecast's June to August.
    expect(c.series.map((p) => p.asOf)).toEqual(['2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31']);
    expect(c.changeSincePrevious?.previous.asOf).toBe('2025-06-30');
    expect(c.forecast?.pointsUsed).toBe(3);
  });

  it("reaches further back when one session gave many of the latest figures", () => {
    const db = tempDb();
    const first = addSession(db, '2025-02-15');
    const second = addSession(db, '2025-09-15');
    const indicator = monthly(db, (month) => (month === 0 ? first.id : second.id));
    const c = expectSameJudgement(db, indicator.id, '2025-09-30');
    expect(c.series).toHaveLength(8);
    expect(c.changeSincePrevious?.previous.asOf).toBe('2025-01-31');
  });

  it('stops at the forecast and one before when one session gave every figure', () => {
    const db = tempDb();
    const session = addSession(db, '2025-09-15');
    const indicator = monthly(db, () => session.id);
    const c = expectSameJudgement(db, indicator.id, '2025-09-30');
    expect(c.series.map((p) => p.asOf)).toEqual(['2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31']);
    expect(c.changeSincePrevious).toBeNull();
  });

  it('reaches back to a figure no session reported, as to another session', () => {
    const db = tempDb();
    const session = addSession(db, '2025-09-15');
    const indicator = monthly(db, (month) => (month === 1 ? null : session.id));
    const c = expectSameJudgement(db, indicator.id, '2025-09-30');
    expect(c.series).toHaveLength(7);
    expect(c.changeSincePrevious?.previous.asOf).toBe('2025-02-28');
  });

  it('lists the series of many indicators, read a few indicators at a time, as the detail gives each', () => {
    const db = tempDb();
    const first = addSession(db, '2025-02-15');
    const second = addSession(db, '2025-09-15');
    // More indicators than one read takes, with gaps in their ids and some without figures.
    const indicators = Array.from({ length: 40 }, (_, i) => addIndicator(db, { name: `Chỉ tiêu số ${String(i + 1).padStart(2, '0')}` }));
    db.prepare('DELETE FROM indicators WHERE id IN (?, ?)').run(indicators[3]?.id, indicators[17]?.id);
    const kept = indicators.filter((_, i) => i !== 3 && i !== 17);
    kept.forEach((indicator, i) => {
      if (i % 7 === 6) return;
      addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31' });
      for (const scope of [null, 'Hà Nội', 'An Giang'].slice(0, 1 + (i % 3))) {
        MONTH_ENDS.forEach((asOf, month) =>
          addFigure(db, indicator.id, { value: 30 + month + i, asOf, scope, sessionId: month === 0 && i % 2 === 0 ? first.id : second.id }),
        );
      }
    });
    const listed = compareIndicators(db, { asOf: '2025-09-30' });
    const detailed = kept.flatMap((indicator) => getIndicatorDetail(db, indicator.id, { asOf: '2025-09-30' }).comparisons);
    expect(listed.map((c) => [c.indicatorId, c.scope])).toEqual(detailed.map((c) => [c.indicatorId, c.scope]));
    expect(listed.filter((c) => c.actual).length).toBe(66);
    listed.forEach((c, i) => {
      const { series: listedSeries, ...listedRest } = c;
      const { series: detailedSeries, ...detailedRest } = detailed[i] as IndicatorComparison;
      expect(listedRest).toEqual(detailedRest);
      expect(detailedSeries.slice(-listedSeries.length)).toEqual(listedSeries);
    });
  });

  it('tells each series apart when some reach further back and some do not', () => {
    const db = tempDb();
    const first = addSession(db, '2025-02-15');
    const second = addSession(db, '2025-09-15');
    const further = monthly(db, (month) => (month === 0 ? first.id : second.id));
    const stops = addIndicator(db, { name: 'Tỷ lệ thanh toán trực tuyến' });
    MONTH_ENDS.forEach((asOf, month) => addFigure(db, stops.id, { value: 50 + month, asOf, sessionId: second.id }));
    const [a, b] = compareIndicators(db, { asOf: '2025-09-30' });
    expect([a?.indicatorId, a?.series.length, a?.changeSincePrevious?.previous.asOf]).toEqual([further.id, 8, '2025-01-31']);
    expect([b?.indicatorId, b?.series.length, b?.changeSincePrevious]).toEqual([stops.id, 4, null]);
  });
});

describe('getIndicatorDetail', () => {
  it('gives every figure with its document and evidence, and every target with its source', () => {
    const db = tempDb();
    const { indicator, s3 } = onlineDossiers(db);
    const doc = insertDocument(db, 'tb-408-vpcp.txt', 'Thông báo kết luận 408/TB-VPCP', s3.id);
    addFigure(db, indicator.id, { value: 39.98, asOf: '2025-10-28', documentId: doc.id, evidence: 'tính đến 28/10/2025 đạt 39,98%' });

    const detail = getIndicatorDetail(db, indicator.id, { asOf: '2025-11-01' });
    expect(detail.name).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình');
    expect(detail.comparisons.map((c) => c.scopeLabel)).toEqual(['Cả nước', 'các tỉnh']);
    const latest = detail.comparisons[0]?.actual;
    expect(latest).toMatchObject({ value: 39.98, documentName: 'tb-408-vpcp.txt', evidence: 'tính đến 28/10/2025 đạt 39,98%' });
    expect(detail.comparisons[0]?.series).toHaveLength(3);
    expect(detail.targets).toEqual([expect.objectContaining({ value: 80, sessionTitle: 'Phiên họp lần thứ 2', sessionDate: '2025-05-17' })]);
    expect(() => getIndicatorDetail(db, 999)).toThrow('Không tìm thấy chỉ tiêu #999');
  });
});

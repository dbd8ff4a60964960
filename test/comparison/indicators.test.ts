import { describe, expect, it } from 'vitest';
import { compareIndicators, getIndicatorDetail } from '../../electron/comparison';
import { SERIES_SQL } from '../../electron/comparison/indicators';
import { setRatingThresholds } from '../../electron/comparison/thresholds';
import { insertDocument } from '../../electron/db/documents';
import type { Db } from '../../electron/db/open';
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
    const details = plan.map((row) => row.detail).join(' | ');
    expect(details).toBe('SEARCH observations USING INDEX observations_series (indicator_id=? AND scope=? AND kind=? AND as_of<?)');
  });
});

describe('the series a comparison in the list carries', () => {
  const MONTH_ENDS = ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31'];

  /** Monthly figures of one indicator, each reported by the session `reporter` gives for its month. */
  function monthly(db: Db, reporter: (month: number) => number) {
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

import { describe, expect, it } from 'vitest';
import { addScores, scoreIndicators, scoreTasks } from '../../scripts/extraction-scoring';

describe('the extraction scores', () => {
  it('matches indicators on value within 0.5% and unit meaning, one to one', () => {
    const labels = [
      { value: 39.51, unit: '%' },
      { value: 78.1, unit: 'tỷ USD' },
      { value: 3241, unit: 'thủ tục' },
      { value: 100, unit: '%' },
    ];
    const predicted = [
      { value: 39.5, unit: '%' },
      { value: 78.1, unit: 'tỷ đồng' },
      { value: 3241, unit: 'TTHC' },
      { value: 39.51, unit: '%' },
    ];
    expect(scoreIndicators(predicted, labels)).toMatchObject({ tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5 });
  });

  it('matches tasks on canonical lead and due date within a day', () => {
    const labels = [
      { lead: 'Bộ Khoa học và Công nghệ', deadline: { due: '2025-09-30' } },
      { lead: 'Các ngân hàng thương mại cổ phần', deadline: { due: null } },
      { lead: 'Bộ Công an', deadline: { due: '2026-03-31' } },
    ];
    const predicted = [
      { lead: 'Bộ KH&CN', deadline: { due: '2025-10-01' } },
      { lead: 'Các ngân hàng thương mại', deadline: { due: null } },
      { lead: 'Bộ Công an', deadline: { due: null } },
    ];
    const s = scoreTasks(predicted, labels);
    expect(s).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('adds scores over files by their counts', () => {
    const total = addScores([
      { tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1, f1: 0 },
      { tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 0 },
    ]);
    expect(total).toMatchObject({ tp: 4, fp: 1, fn: 1, precision: 0.8, recall: 0.8 });
  });
});

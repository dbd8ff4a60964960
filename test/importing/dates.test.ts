import { describe, expect, it } from 'vitest';
import { findDeadlines, findPeriods, periodEnd } from '../../electron/importing/extraction/dates';

const in2025 = { sessionDate: '2025-09-20', year: 2025 };

function only(text: string, context = in2025) {
  const found = findDeadlines(text, context).filter((d) => d.closes);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('deadline wordings (extraction.md table)', () => {
  it('a month ends on its last day', () => {
    expect(only('rà soát quy trình, hoàn thành trong tháng 11/2025')).toMatchObject({ kind: 'month', due: '2025-11-30', completion: true });
    expect(only('trình Chính phủ trong tháng 02/2028')).toMatchObject({ kind: 'month', due: '2028-02-29', completion: false });
  });

  it('a quarter in Roman or Arabic numerals ends with its third month', () => {
    expect(only('hoàn thành trong Quý II/2026')).toMatchObject({ kind: 'quarter', due: '2026-06-30' });
    expect(only('triển khai trong quý IV năm 2025')).toMatchObject({ kind: 'quarter', due: '2025-12-31' });
  });

  it('the named day is the deadline', () => {
    expect(only('hoàn thành trước ngày 05/02/2026')).toMatchObject({ kind: 'date', due: '2026-02-05' });
    expect(only('hoàn thành trước ngày 1/4/2026')).toMatchObject({ kind: 'date', due: '2026-04-01' });
    expect(only('báo cáo Thủ tướng trước 30/11/2025')).toMatchObject({ kind: 'date', due: '2025-11-30' });
    expect(only('hoàn thành trước ngày 10 tháng 3 năm 2026')).toMatchObject({ kind: 'date', due: '2026-03-10' });
  });

  it('takes the year from the session when the text leaves it out', () => {
    expect(only('tổ chức sơ kết ngày 15/10')).toMatchObject({ kind: 'date', due: '2025-10-15' });
    expect(only('hoàn thành trong tháng 12')).toMatchObject({ kind: 'month', due: '2025-12-31' });
    // Said in September, "tháng 1" means next January.
    expect(only('hoàn thành trong tháng 1')).toMatchObject({ kind: 'month', due: '2026-01-31' });
  });

  it('a year and a half year', () => {
    expect(only('đưa vào vận hành trong năm 2027')).toMatchObject({ kind: 'year', due: '2027-12-31' });
    expect(only('đạt mục tiêu vào cuối năm 2026')).toMatchObject({ kind: 'year', due: '2026-12-31' });
    expect(only('hoàn thành trong 6 tháng cuối năm 2025')).toMatchObject({ kind: 'half', due: '2025-12-31' });
    expect(only('hoàn thành trong 6 tháng đầu năm 2026')).toMatchObject({ kind: 'half', due: '2026-06-30' });
  });

  it('recurring work and undatable wordings have no due date', () => {
    expect(only('cập nhật dữ liệu lên cổng thông tin, nhiệm vụ thường xuyên')).toMatchObject({ kind: 'recurring', due: null });
    expect(only('đề xuất phương án mở rộng theo lộ trình')).toMatchObject({ kind: 'none', due: null, text: 'theo lộ trình' });
  });

  it('a start date and a document date are not deadlines', () => {
    expect(findDeadlines('vận hành thử từ tháng 10/2025', in2025)).toEqual([]);
    expect(findDeadlines('theo Quyết định số 1234/QĐ-TTg ngày 12/8/2025 của Thủ tướng', in2025)).toEqual([]);
    expect(findDeadlines('Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo', in2025)).toEqual([]);
    expect(findDeadlines('triển khai Chiến lược dữ liệu đến năm 2030', in2025)).toEqual([]);
  });

  it('"thường xuyên" as an adverb starts a clause; "chi thường xuyên" is spending', () => {
    expect(findDeadlines('Thường xuyên kiểm tra an toàn hệ thống', in2025)[0]).toMatchObject({ kind: 'recurring', closes: false });
    expect(findDeadlines('bố trí chi đầu tư và chi thường xuyên cho nhiệm vụ', in2025)).toEqual([]);
  });
});

describe('periods of figures and the date they stand at', () => {
  it('finds the period as worded, ignoring the period compared with', () => {
    expect(findPeriods('Chín tháng đầu năm 2025, doanh thu tăng 12% so với cùng kỳ năm 2024').map((p) => p.text)).toEqual(['Chín tháng đầu năm 2025']);
    expect(findPeriods('Quý III/2025 đạt 12,5%, tăng so với quý II/2025').map((p) => p.text)).toEqual(['Quý III/2025']);
  });

  it('turns a period into its last day, else the session date', () => {
    expect(periodEnd('6 tháng đầu năm 2025', '2025-07-20')).toBe('2025-06-30');
    expect(periodEnd('năm 2025', '2025-12-22')).toBe('2025-12-31');
    expect(periodEnd('quý I/2026', '2026-04-10')).toBe('2026-03-31');
    expect(periodEnd('tháng 4', '2025-05-17')).toBe('2025-04-30');
    expect(periodEnd('đến tháng 9/2025', '2025-10-01')).toBe('2025-09-30');
    expect(periodEnd('từ ngày 01/6/2025 đến ngày 15/7/2025', '2025-07-20')).toBe('2025-07-15');
    expect(periodEnd('lũy kế đến nay', '2025-05-17')).toBe('2025-05-17');
    expect(periodEnd(null, '2025-05-17')).toBe('2025-05-17');
    expect(periodEnd('giai đoạn 2021 - 2025', '2025-12-22')).toBe('2025-12-31');
  });
});

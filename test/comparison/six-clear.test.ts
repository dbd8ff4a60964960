import { describe, expect, it } from 'vitest';
import { checkSixClear, SIX_CLEAR_LABELS } from '../../electron/comparison';
import type { SixClearInput } from '../../electron/comparison/six-clear';
import { due, recurring, undated } from './fixtures';

const clear: SixClearInput = {
  leadAgencyId: 2,
  leadName: 'Bộ Công an',
  content: 'Xây dựng, trình ban hành Kiến trúc dữ liệu tổng thể quốc gia',
  output: null,
  deadline: { kind: 'month', due: '2025-08-31', text: 'trong tháng 8/2025' },
};

describe('checkSixClear', () => {
  it('passes a task with a lead, a deadline and a concrete deliverable', () => {
    expect(checkSixClear(clear)).toEqual({ missing: [], message: 'Nhiệm vụ đã đủ 6 rõ.' });
    expect(checkSixClear({ ...clear, deadline: recurring }).missing).toEqual([]);
  });

  it('flags who and responsibility when no one leads', () => {
    const check = checkSixClear({ ...clear, leadAgencyId: null, leadName: null });
    expect(check.missing).toEqual(['who', 'responsibility']);
    expect(check.message).toBe(
      'Chưa đủ 6 rõ: chưa rõ người (chưa có cơ quan chủ trì); chưa rõ trách nhiệm (không có cơ quan chịu trách nhiệm chính).',
    );
  });

  it('flags authority when the lead is a group of agencies', () => {
    expect(checkSixClear({ ...clear, leadAgencyId: 25, leadName: 'Các bộ, ngành, địa phương' }).missing).toEqual(['authority']);
    expect(checkSixClear({ ...clear, leadAgencyId: null, leadName: 'UBND các tỉnh, thành phố' }).missing).toEqual(['authority']);
    expect(checkSixClear({ ...clear, leadName: 'Bộ Văn hóa, Thể thao và Du lịch' }).missing).toEqual([]);
  });

  it('flags when without a deadline', () => {
    expect(checkSixClear({ ...clear, deadline: undated }).missing).toEqual(['when']);
  });

  it('flags output when neither the output nor the content names a deliverable', () => {
    const vague = { ...clear, content: 'Tập trung chỉ đạo quyết liệt, ưu tiên bố trí đầy đủ nguồn lực' };
    expect(checkSixClear(vague).missing).toEqual(['output']);
    expect(checkSixClear({ ...vague, output: 'Kế hoạch bố trí nguồn lực' }).missing).toEqual([]);
    expect(checkSixClear({ ...clear, content: 'Hoàn thiện CSDL quốc gia về đất đai' }).missing).toEqual([]);
  });

  it('flags what for empty or very short content', () => {
    expect(checkSixClear({ ...clear, content: '', output: 'Báo cáo' }).missing).toEqual(['what']);
    expect(checkSixClear({ ...clear, content: 'Triển khai', output: 'Báo cáo' }).message).toContain('chưa rõ việc (nội dung quá ngắn');
  });

  it('lists every point in the order of the rule', () => {
    const check = checkSixClear({ leadAgencyId: null, leadName: null, content: 'Đôn đốc', output: null, deadline: due('2025-12-31') });
    expect(check.missing).toEqual(['who', 'what', 'responsibility', 'output']);
    expect(Object.values(SIX_CLEAR_LABELS)).toEqual(['rõ người', 'rõ việc', 'rõ thời gian', 'rõ trách nhiệm', 'rõ thẩm quyền', 'rõ sản phẩm']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../electron/importing/extraction/extract';

describe('the session a text is about', () => {
  it('reads the title, number, date and chair of a notice', () => {
    const text = [
      'VĂN PHÒNG CHÍNH PHỦ',
      'Hà Nội, ngày 10 tháng 10 năm 2025',
      'THÔNG BÁO',
      'Ngày 24 tháng 9 năm 2025, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp lần thứ tư của Ban Chỉ đạo.',
    ].join('\n');
    expect(extractDocument(text, 'x.txt').session).toMatchObject({
      title: 'Phiên họp lần thứ tư của Ban Chỉ đạo',
      number: 4,
      date: '2025-09-24',
      chair: 'Thủ tướng Chính phủ Phạm Minh Chính',
    });
  });

  it('dates a press report without a year by the latest full date it mentions', () => {
    const text = 'Chiều nay (14/11), Thủ tướng Phạm Minh Chính chủ trì Phiên họp lần thứ 5. Theo Nghị quyết ngày 02/10/2025, ...';
    expect(extractDocument(text, 'x.txt').session).toMatchObject({ number: 5, date: '2025-11-14', chair: 'Thủ tướng Phạm Minh Chính' });
  });

  it('keeps a month-only date as a hint and the date unknown', () => {
    const text = ' date 2026-02 (Báo Điện tử) -\nThủ tướng chủ trì phiên họp lần thứ nhất năm 2026 của Ban Chỉ đạo.';
    expect(extractDocument(text, 'x.txt').session).toMatchObject({ number: 1, date: null, month: '2026-02', year: 2026 });
  });

  it('has no number for a conference', () => {
    const text = 'Ngày 22/12/2025, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Hội nghị tổng kết của Ban Chỉ đạo.';
    expect(extractDocument(text, 'x.txt').session).toMatchObject({ number: null, date: '2025-12-22' });
  });
});

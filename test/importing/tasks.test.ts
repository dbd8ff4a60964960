/**
 * The task rules of extraction.md, each on text written for the test. A conclusion
 * opens with "kết luận" so that the sentences after it are read as assigned work.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../electron/importing/extraction/extract';
import type { ExtractedTask } from '../../electron/importing/extraction/types';

const OPENING = 'Ngày 20/9/2025, Thủ tướng Chính phủ chủ trì phiên họp. Thủ tướng kết luận như sau:\n';

function tasks(body: string): ExtractedTask[] {
  return extractDocument(`${OPENING}${body}`, 'test.txt').tasks;
}

function leadsAndDue(body: string): [string, string | null][] {
  return tasks(body).map((t) => [t.lead, t.deadline.due]);
}

describe('who leads', () => {
  it('one task per lead agency, partners after "phối hợp"', () => {
    const found = tasks('Bộ Y tế, Bộ Công an chủ trì, phối hợp với Bộ Tư pháp hoàn thiện cơ sở dữ liệu tiêm chủng, hoàn thành trong tháng 11/2025.');
    expect(found.map((t) => t.lead)).toEqual(['Bộ Y tế', 'Bộ Công an']);
    for (const t of found) {
      expect(t.partners).toEqual(['Bộ Tư pháp']);
      expect(t.deadline).toEqual({ kind: 'month', due: '2025-11-30', text: 'hoàn thành trong tháng 11/2025' });
      expect(t.content).toBe('hoàn thiện cơ sở dữ liệu tiêm chủng');
    }
  });

  it('the agency named after "Thủ tướng giao" leads, not the Deputy Prime Minister', () => {
    const found = tasks('Thủ tướng giao Phó Thủ tướng Nguyễn Văn An trực tiếp chỉ đạo Bộ Tài chính khẩn trương trình phương án phân bổ vốn, hoàn thành trước ngày 10/10/2025.');
    expect(found.map((t) => [t.lead, t.deadline.due])).toEqual([['Bộ Tài chính', '2025-10-10']]);
  });

  it('reads short forms and groups as canonical names', () => {
    expect(leadsAndDue('Bộ KH&CN khẩn trương ban hành bộ tiêu chí đánh giá nền tảng số trong quý IV/2025.')).toEqual([
      ['Bộ Khoa học và Công nghệ', '2025-12-31'],
    ]);
    expect(leadsAndDue('UBND các tỉnh, thành phố chủ động bố trí kinh phí cho chuyển đổi số cấp xã.')).toEqual([
      ['Ủy ban nhân dân các tỉnh, thành phố', null],
    ]);
    expect(leadsAndDue('Người đứng đầu các bộ, ngành, địa phương trực tiếp chỉ đạo việc làm sạch dữ liệu.')).toEqual([
      ['Các bộ, ngành, địa phương', null],
    ]);
  });

  it('a predecessor keeps its own name', () => {
    expect(leadsAndDue('Bộ Thông tin và Truyền thông hoàn thiện quy chuẩn kỹ thuật về chữ ký số trong năm 2025.')).toEqual([
      ['Bộ Thông tin và Truyền thông', '2025-12-31'],
    ]);
  });
});

describe('how sentences divide into tasks', () => {
  it('splits one lead\'s sentence where its parts carry different deadlines', () => {
    const body = 'Bộ Nội vụ trình Thủ tướng Chính phủ đề án vị trí việc làm trong tháng 10/2025; xây dựng cơ sở dữ liệu cán bộ, hoàn thành trong quý I/2026.';
    expect(leadsAndDue(body)).toEqual([
      ['Bộ Nội vụ', '2025-10-31'],
      ['Bộ Nội vụ', '2026-03-31'],
    ]);
  });

  it('keeps one task when a closing deadline covers every part', () => {
    const body = 'Bộ Tư pháp rà soát văn bản quy phạm; đề xuất sửa đổi các điều kiện kinh doanh; hoàn thành trong tháng 12/2025.';
    expect(leadsAndDue(body)).toEqual([['Bộ Tư pháp', '2025-12-31']]);
  });

  it('a sentence with no subject carries on the lead before it', () => {
    const body = 'Bộ Xây dựng khẩn trương hoàn thiện bản đồ số quy hoạch đô thị.\nĐồng thời, tổ chức tập huấn cho các địa phương, hoàn thành trong tháng 12/2025.\nTiếp tục theo dõi, đôn đốc việc cập nhật dữ liệu.';
    expect(leadsAndDue(body)).toEqual([
      ['Bộ Xây dựng', null],
      ['Bộ Xây dựng', '2025-12-31'],
      ['Bộ Xây dựng', null],
    ]);
  });

  it('a subjectless sentence after joint leads carries on each of them', () => {
    const body = 'Bộ Quốc phòng, Bộ Công an chủ trì xây dựng phương án diễn tập an ninh mạng. Tăng cường giám sát hệ thống thông tin trọng yếu.';
    expect(leadsAndDue(body)).toEqual([
      ['Bộ Quốc phòng', null],
      ['Bộ Công an', null],
      ['Bộ Quốc phòng', null],
      ['Bộ Công an', null],
    ]);
  });

  it('a deadline in the next sentence about the same work belongs to the task before', () => {
    const body = 'Bộ Nội vụ ban hành hướng dẫn đánh giá cán bộ gắn với kết quả chuyển đổi số. Việc đánh giá phải khách quan, hoàn thành trước ngày 20/12/2025.';
    expect(leadsAndDue(body)).toEqual([['Bộ Nội vụ', '2025-12-20']]);
  });

  it('a list opened by an agency and a colon carries that agency', () => {
    const body = '1. Bộ Công an:\na) Hoàn thành kết nối dữ liệu cư trú với ngành thuế trong tháng 11/2025;\nb) Nâng cấp ứng dụng định danh điện tử, nhiệm vụ thường xuyên.';
    expect(tasks(body).map((t) => [t.lead, t.deadline.kind, t.deadline.due])).toEqual([
      ['Bộ Công an', 'month', '2025-11-30'],
      ['Bộ Công an', 'recurring', null],
    ]);
  });

  it('an undatable time gives no due date but keeps the wording', () => {
    const [task] = tasks('Bộ Tài chính đề xuất cơ chế thuê dịch vụ công nghệ thông tin tại kỳ họp sắp tới.');
    expect(task?.deadline).toEqual({ kind: 'none', due: null, text: 'tại kỳ họp sắp tới' });
  });

  it('"Từ tháng 8/2025" marks a start, not a deadline', () => {
    expect(leadsAndDue('Bộ Y tế triển khai đơn thuốc điện tử từ tháng 8/2025.')).toEqual([['Bộ Y tế', null]]);
  });
});

describe('what is not a task', () => {
  it('reports of work done and shortcomings', () => {
    const body = 'Bộ Công an đã hoàn thành kết nối 12 cơ sở dữ liệu. Nhiều bộ, ngành chưa bố trí đủ kinh phí. Các địa phương còn chậm số hóa hồ sơ.';
    expect(tasks(body)).toEqual([]);
  });

  it('passive or impersonal planned work names no agency', () => {
    expect(tasks('Việc cấp phiếu lý lịch tư pháp trực tuyến được thí điểm trong năm 2025.')).toEqual([]);
  });

  it('general exhortation and group openers', () => {
    const body = 'Thủ tướng nhấn mạnh, chúng ta phải tranh thủ từng ngày, từng giờ. Nhóm nhiệm vụ thứ hai, về thể chế, đây là đột phá của đột phá.';
    expect(tasks(body)).toEqual([]);
  });

  it('the closing formula of a notice', () => {
    expect(tasks('Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.')).toEqual([]);
  });

  it('sentences before the conclusion report, they do not assign', () => {
    const text = 'Bộ Tài chính triển khai hóa đơn điện tử cho 1,2 triệu hộ kinh doanh.\nPhát biểu kết luận, Thủ tướng giao Bộ Tài chính mở rộng hóa đơn điện tử trong năm 2026.';
    expect(extractDocument(text, 'x.txt').tasks.map((t) => t.deadline.due)).toEqual(['2026-12-31']);
  });
});

describe('evidence', () => {
  it('is a verbatim substring of the text', () => {
    const body = 'Bộ Tư pháp chủ trì rà soát thủ tục hành chính; Bộ Công an phối hợp cập nhật dữ liệu, hoàn thành trong tháng 12/2025.';
    const text = `${OPENING}${body}`;
    for (const t of extractDocument(text, 'x.txt').tasks) expect(text.includes(t.evidence)).toBe(true);
  });
});

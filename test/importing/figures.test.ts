/**
 * The figure rules of extraction.md, each on a sentence written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../electron/importing/extraction/extract';
import type { ExtractedFigure } from '../../electron/importing/extraction/types';

function figures(text: string): ExtractedFigure[] {
  return extractDocument(text, 'test.txt').indicators;
}

function values(text: string): number[] {
  return figures(text).map((f) => f.value);
}

describe('numbers read as figures', () => {
  it('reads Vietnamese number forms with their units', () => {
    const found = figures('Đến nay đã số hóa 2.417.306 hồ sơ hộ tịch, đạt 87,35%; doanh thu dịch vụ số đạt 12,4 tỷ USD, tương đương 315 nghìn tỷ đồng.');
    expect(found.map((f) => [f.value, f.unit])).toEqual([
      [2417306, 'hồ sơ hộ tịch'],
      [87.35, '%'],
      [12.4, 'tỷ USD'],
      [315, 'nghìn tỷ đồng'],
    ]);
  });

  it('reads a dot decimal before a scale word', () => {
    expect(figures('Lũy kế đến nay có 12.8 triệu giao dịch được thực hiện.')[0]).toMatchObject({ value: 12.8, unit: 'triệu giao dịch' });
  });

  it('gives a range its lower bound and value_max', () => {
    const [range] = figures('Doanh thu điện toán đám mây tăng trưởng khoảng 15-18% so với năm trước.');
    expect(range).toMatchObject({ value: 15, value_max: 18, unit: '%', kind: 'change', qualifier: 'approx', direction: 'up' });
  });

  it('reads a count of a whole and a rank', () => {
    expect(figures('Đã có 28/34 tỉnh, thành phố kết nối hệ thống giám sát.')[0]).toMatchObject({ value: 28, of: 34, kind: 'count_of' });
    expect(figures('Chỉ số dữ liệu mở năm 2025 xếp 52/140 quốc gia.')[0]).toMatchObject({ value: 52, of: 140, kind: 'rank', unit: '' });
    expect(figures('Tốc độ mạng cố định đã vào top 15 thế giới.')[0]).toMatchObject({ value: 15, kind: 'rank', qualifier: 'less_than' });
  });

  it('reads changes as written, with their direction', () => {
    const found = figures('Số vụ lừa đảo qua mạng giảm 35% so với cùng kỳ; số tài khoản định danh tăng 4,2 triệu tài khoản.');
    expect(found[0]).toMatchObject({ value: 35, kind: 'change', direction: 'down' });
    expect(found[1]).toMatchObject({ value: 4.2, kind: 'change', direction: 'up', unit: 'triệu tài khoản' });
    expect(figures('Kết nối băng rộng tăng gấp 03 lần so với năm 2022.')[0]).toMatchObject({ value: 3, unit: 'lần', kind: 'change' });
  });

  it('reads qualifiers', () => {
    const found = figures('Có khoảng 120 nghìn người dùng, hơn 900 điểm truy cập, dưới 5% lỗi kết nối và ít nhất 40 chuyên gia.');
    expect(found.map((f) => f.qualifier)).toEqual(['approx', 'more_than', 'less_than', 'more_than']);
    expect(figures('Giá trị giao dịch ước đạt 640 tỷ đồng.')[0]?.qualifier).toBe('approx');
    expect(figures('Dự kiến có 15 nền tảng số dùng chung được đưa vào vận hành.')[0]?.qualifier).toBe('exact');
  });

  it('keeps the scope and the period of a figure', () => {
    const found = figures('Trong 9 tháng đầu năm 2025, tỷ lệ thanh toán trực tuyến của các bộ đạt 61,2%, các tỉnh mới đạt 33,9%.');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ value: 61.2, period: '9 tháng đầu năm 2025' });
    expect(found[1]).toMatchObject({ value: 33.9, scope: 'các tỉnh', period: '9 tháng đầu năm 2025' });
  });

  it('counts documents issued by the Government', () => {
    expect(values('Năm 2025, Chính phủ đã ban hành 14 nghị định, 6 chỉ thị và 3 công điện về chuyển đổi số.')).toEqual([14, 6, 3]);
  });
});

describe('targets', () => {
  it('puts a target stated with actuals on each actual', () => {
    const found = figures('Tỷ lệ hồ sơ được số hóa còn thấp (mục tiêu năm 2025 là 90% nhưng mới đạt 58,4%, cấp xã mới đạt 31,6%).');
    expect(found.map((f) => [f.value, f.target])).toEqual([
      [58.4, 90],
      [31.6, 90],
    ]);
  });

  it('makes a goal without an actual a target entry', () => {
    const [goal] = figures('Phấn đấu năm 2026 đạt 95% dịch vụ công trực tuyến toàn trình.');
    expect(goal).toMatchObject({ value: 95, target: 95, kind: 'target' });
  });

  it('gives a range target its bounds', () => {
    const [goal] = figures('Thủ tướng yêu cầu các bộ phải phấn đấu cho tăng trưởng năng suất lao động từ 6,5-7% trong năm 2026.');
    expect(goal).toMatchObject({ kind: 'target', value: 6.5, value_max: 7, target: 6.5, target_max: 7 });
  });

  it('makes a figure in assigned work a target', () => {
    const text = 'Phát biểu kết luận, Thủ tướng giao Bộ Y tế sớm hoàn thành 45/60 cơ sở dữ liệu chuyên ngành, cắt giảm 25% thời gian khám chữa bệnh.';
    const found = figures(text);
    expect(found[0]).toMatchObject({ value: 45, of: 60, kind: 'target', target: 45 });
    expect(found[1]).toMatchObject({ value: 25, kind: 'target', target: 25 });
  });

  it('makes a planned allocation a target, a forecast keeps its kind', () => {
    expect(figures('Năm 2026 dự kiến bố trí khoảng 120 nghìn tỷ đồng cho hạ tầng số.')[0]).toMatchObject({ kind: 'target', value: 120 });
    expect(figures('Dự kiến sau sắp xếp, cả nước giảm 412 đơn vị sự nghiệp.')[0]).toMatchObject({ kind: 'change', direction: 'down' });
  });
});

describe('not figures', () => {
  it('sets aside dates, years and periods', () => {
    expect(values('Ngày 12/9/2025, trong 6 tháng đầu năm và giai đoạn 2021-2025, từ tháng 3/2025, quý IV/2025, năm 2024.')).toEqual([]);
    expect(values('Sáng nay (12/9), Ban Chỉ đạo họp phiên thường kỳ.')).toEqual([]);
  });

  it('sets aside document, resolution, session and item numbers', () => {
    expect(values('Thực hiện Nghị quyết 57, Quyết định số 06/QĐ-TTg, Thông báo 512/TB-VPCP và Kế hoạch số 02-KH/BCĐTW.')).toEqual([]);
    expect(values('Tại phiên họp lần thứ 5 và kỳ họp thứ 10, mục (3) và Trung tâm dữ liệu số 2 được bàn.')).toEqual([]);
    expect(values('Nâng cấp hệ thống lên mức độ 4 theo Đề án 06.')).toEqual([]);
  });

  it('sets aside counts about the meeting itself', () => {
    expect(values('Phiên họp kết nối trực tuyến tới 34 tỉnh, thành phố với 120 điểm cầu, có 3 Phó Thủ tướng dự.')).toEqual([]);
  });

  it('sets aside numbers inside names and slogans', () => {
    expect(values('Gói tín dụng 300 nghìn tỷ đồng cho nhà ở xã hội được giải ngân; khẩu hiệu "3 không" được phổ biến.')).toEqual([]);
    expect(values('Mô hình chính quyền địa phương 2 cấp vận hành với 5 nhóm nhiệm vụ, 3 đột phá và 6 mặt công tác.')).toEqual([]);
    // As the report of the 2nd session of 2025 misspells "đột phá".
    expect(values('Đẩy mạnh 3 đột phát chiến lược số gồm thể chế số, hạ tầng số, nhân lực số.')).toEqual([]);
  });

  it('reads only numerals', () => {
    expect(values('Số người dùng tăng gấp đôi so với năm trước.')).toEqual([]);
  });

  it('a later sentence or headline that repeats a figure adds no entry', () => {
    const text = 'Xuất khẩu phần mềm đạt 9,6 tỷ USD\nTrong năm 2025, xuất khẩu phần mềm đạt 9,6 tỷ USD, tăng 11%.\nGiá trị xuất khẩu phần mềm 9,6 tỷ USD góp phần quan trọng vào tăng trưởng.';
    expect(figures(text).map((f) => f.value)).toEqual([9.6, 11]);
  });

  it('a repeat that adds a target adds an entry', () => {
    const text = 'Tỷ lệ hồ sơ trực tuyến đạt 42,5%.\nMục tiêu năm 2025 là 70% nhưng tỷ lệ hồ sơ trực tuyến mới đạt 42,5%.';
    const found = figures(text);
    expect(found).toHaveLength(2);
    expect(found[1]).toMatchObject({ value: 42.5, target: 70 });
  });
});

describe('evidence', () => {
  it('is a verbatim substring of the NFC text', () => {
    const decomposed = 'Tỷ lệ giao dịch không dùng tiền mặt đạt 76,5%.'.normalize('NFD');
    const result = extractDocument(decomposed, 'nfd.txt');
    const text = decomposed.normalize('NFC');
    expect(result.indicators).toHaveLength(1);
    for (const f of result.indicators) expect(text.includes(f.evidence)).toBe(true);
  });
});

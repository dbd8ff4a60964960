import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTasksByAgency, getIndicatorDetail } from '../../electron/comparison';
import { requireSession } from '../../electron/db/sessions';
import { buildBriefingModel } from '../../electron/exporting/briefing-content';
import { buildConclusionModel } from '../../electron/exporting/conclusion-content';
import { deadlineClause, deadlineLabel } from '../../electron/exporting/deadline-wording';
import type { Block, DocumentModel, TableBlock } from '../../electron/exporting/document-model';
import { Outline } from '../../electron/exporting/document-model';
import { loadBriefingTemplate, loadConclusionTemplate } from '../../electron/exporting/templates';
import type { SampleDatabase } from './helpers';
import { sampleDatabase } from './helpers';

/** Each block as the line of text a reader sees. */
function lines(blocks: readonly Block[]): string[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return `${b.label} ${b.text}`;
      case 'paragraph':
        return b.runs.map((r) => r.text).join('');
      case 'listItem':
        return `${b.marker} ${b.runs.map((r) => r.text).join('')}`;
      case 'table':
        return `[bảng] ${b.caption ?? ''}`;
      case 'chart':
        return `[biểu đồ] ${b.caption}`;
    }
  });
}

function indicatorId(sample: SampleDatabase, name: string): number {
  const row = sample.db.prepare('SELECT id FROM indicators WHERE name = ?').get(name) as { id: number } | undefined;
  if (!row) throw new Error(`sample data lacks ${name}`);
  return row.id;
}

function between(all: string[], from: string, to: string | null): string[] {
  const start = all.indexOf(from);
  const end = to === null ? all.length : all.indexOf(to);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return all.slice(start + 1, end);
}

describe('the conclusion notice built from the sample data', () => {
  let sample: SampleDatabase;
  let model: DocumentModel;
  let body: string[];

  beforeAll(() => {
    sample = sampleDatabase();
    model = buildConclusionModel(sample.db, sample.third, loadConclusionTemplate());
    body = lines(model.body);
  });
  afterAll(() => sample.close());

  it('opens with the session: date, place, chair, how it was held, who attended, then "kết luận như sau:"', () => {
    expect(body[0]).toMatch(
      /^Ngày 20 tháng 7 năm 2025, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo đã chủ trì Phiên họp lần thứ ba của Ban Chỉ đạo, kết nối trực tuyến với các tỉnh, thành phố trực thuộc trung ương\. Tham dự phiên họp có/,
    );
    expect(body[1]).toMatch(/^Sau khi nghe .* Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo kết luận như sau:$/);
    expect(model.title.summary).toBe(
      'Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tại Phiên họp lần thứ ba của Ban Chỉ đạo',
    );
  });

  it('has the three sections, numbered, and ends the body with the closing line and "./."', () => {
    expect(body.filter((l) => /^[IVX]+\. /.test(l))).toEqual(['I. ĐÁNH GIÁ KẾT QUẢ', 'II. TỒN TẠI, HẠN CHẾ', 'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM']);
    expect(body.filter((l) => /^\d+\. /.test(l))).toEqual([
      '1. Nhiệm vụ, giải pháp chung',
      '2. Các nhiệm vụ đã giao chưa hoàn thành',
      '3. Nhiệm vụ cụ thể',
    ]);
    expect(body.at(-1)).toBe('Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.');
  });

  it('states results from indicators met or on track, with their figures', () => {
    const results = between(body, 'I. ĐÁNH GIÁ KẾT QUẢ', 'II. TỒN TẠI, HẠN CHẾ');
    const entries = results.filter((l) => l.startsWith('- '));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toMatch(/ đạt \d[\d.,]*%?.*mục tiêu/);
    expect(entries.at(-1)).toMatch(/\.$/);
  });

  it('states gaps with target, actual and shortfall, and overdue tasks counted by agency', () => {
    const gaps = between(body, 'II. TỒN TẠI, HẠN CHẾ', 'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM');
    expect(gaps).toContain(
      '- Tỷ lệ hồ sơ trực tuyến toàn trình: mục tiêu năm 2025 là 80% nhưng mới đạt 39,51%, các tỉnh mới đạt 15,21%, còn thiếu 40,49 điểm phần trăm.',
    );
    const counts = countTasksByAgency(sample.db, requireSession(sample.db, sample.third).date);
    expect(counts.totals.overdue).toBeGreaterThan(0);
    expect(gaps).toContain(
      `Đến nay còn ${counts.totals.overdue} nhiệm vụ chậm tiến độ thuộc trách nhiệm của ${counts.overdueAgencyCount} bộ, ngành, cụ thể:`,
    );
    const perAgency = gaps.filter((l) => /^- .+: \d+ nhiệm vụ[;.]$/.test(l));
    expect(perAgency).toHaveLength(counts.overdueAgencyCount);
  });

  it('assigns tasks grouped by lead agency, in the sentence form of a notice, with their deadlines', () => {
    const tasks = between(body, '3. Nhiệm vụ cụ thể', body.at(-1) ?? '').filter((l) => l.startsWith('- '));
    expect(tasks.length).toBeGreaterThan(5);
    expect(tasks).toContain(
      '- Bộ Công an chủ trì xây dựng, trình ban hành Kiến trúc dữ liệu tổng thể quốc gia, khung quản trị, quản lý dữ liệu và từ điển dữ liệu (sản phẩm: Kiến trúc dữ liệu tổng thể quốc gia), hoàn thành trong tháng 8/2025;',
    );
    expect(tasks.some((t) => /^- Bộ Xây dựng chủ trì, phối hợp với Bộ Khoa học và Công nghệ, .*, hoàn thành trong tháng 7\/2025;$/.test(t))).toBe(true);
    expect(tasks.some((t) => t.includes(', hoàn thành trong 6 tháng cuối năm 2025'))).toBe(true);
    // Each lead's tasks are together: once a lead's run ends, it does not come back.
    const leads = tasks.map((t) => /^- (.+?) (chủ trì|[a-zđ])/.exec(t)?.[1] ?? '');
    const runs = leads.filter((lead, i) => lead !== leads[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    expect(tasks.at(-1)).toMatch(/\.$/);
  });

  it('lists, on request, the document and sentence every cited figure came from', () => {
    expect(model.appendices).toEqual([]);
    const withSources = buildConclusionModel(sample.db, sample.third, loadConclusionTemplate(), { appendix: true });
    const [appendix] = withSources.appendices;
    expect(appendix?.label).toBe('Phụ lục');
    const table = appendix?.blocks[0] as TableBlock;
    expect(table.columns.map((c) => c.header)).toEqual(['STT', 'Số liệu', 'Văn bản, phiên họp', 'Câu trích']);
    const row = table.rows.find((r) => 'cells' in r && r.cells[1] === 'Tỷ lệ hồ sơ trực tuyến toàn trình (các tỉnh): 15,21%');
    expect(row && 'cells' in row ? row.cells[2] : '').toMatch(/Phiên họp lần thứ ba/);
    expect(row && 'cells' in row ? row.cells[3] : '').toContain('15,21%');
  });

  it('numbers and dates an issued notice with the leading zeros of the decree', () => {
    const issued = buildConclusionModel(sample.db, sample.third, loadConclusionTemplate(), { issue: { number: 5, date: '2026-02-05' } });
    expect(issued.draft).toBe(false);
    expect(issued.header.numberLine).toBe('Số: 05/TB-VPCP');
    expect(issued.header.placeDate).toBe('Hà Nội, ngày 05 tháng 02 năm 2026');
    const later = buildConclusionModel(sample.db, sample.third, loadConclusionTemplate(), { issue: { number: 408, date: '2025-08-08' } });
    expect(later.header.numberLine).toBe('Số: 408/TB-VPCP');
    expect(later.header.placeDate).toBe('Hà Nội, ngày 08 tháng 8 năm 2025');
    expect(model.draft).toBe(true);
    expect(model.header.numberLine).toBe('Số:      /TB-VPCP');
    expect(model.header.placeDate).toBe('Hà Nội, ngày      tháng      năm 2025');
  });
});

describe('the briefing report built from the sample data', () => {
  let sample: SampleDatabase;
  let model: DocumentModel;
  let body: string[];

  beforeAll(() => {
    sample = sampleDatabase();
    model = buildBriefingModel(sample.db, sample.fourth, loadBriefingTemplate());
    body = lines(model.body);
  });
  afterAll(() => sample.close());

  it('has its four sections and ends with "./."', () => {
    expect(body.filter((l) => /^[IVX]+\. /.test(l))).toEqual([
      'I. TÌNH HÌNH THỰC HIỆN',
      'II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO',
      'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(body.at(-1)).toMatch(/\.\/\.$/);
    expect(model.title.summary).toMatch(/phục vụ Phiên họp lần thứ tư của Ban Chỉ đạo$/);
  });

  it('tables each indicator against its target: scope, target, result, attainment, gap, rating, change', () => {
    const table = model.body.find((b): b is TableBlock => b.kind === 'table' && b.caption?.startsWith('Bảng 1.') === true);
    expect(table?.columns.map((c) => c.header)).toEqual([
      'Chỉ tiêu',
      'Phạm vi',
      'Mục tiêu',
      'Kết quả',
      'Tỷ lệ đạt',
      'Chênh lệch',
      'Đánh giá',
      'Thay đổi so với phiên trước',
    ]);
    expect(table?.columns.filter((c) => c.align === 'right').map((c) => c.header)).toEqual([
      'Mục tiêu',
      'Kết quả',
      'Tỷ lệ đạt',
      'Chênh lệch',
      'Thay đổi so với phiên trước',
    ]);
    const row = table?.rows.find((r) => 'cells' in r && r.cells[0] === 'Tỷ lệ hồ sơ trực tuyến toàn trình' && r.cells[1] === 'Cả nước');
    expect(row && 'cells' in row ? row.cells.slice(2, 7) : []).toEqual([
      '80%',
      '39,51% (6 tháng đầu năm 2025)',
      '49,4%',
      '40,49 điểm phần trăm',
      'Chậm/Không đạt',
    ]);
  });

  it('carries the charts as ECharts options: attainment against targets, and a series across sessions with every figure', () => {
    const charts = model.body.filter((b) => b.kind === 'chart');
    expect(charts[0]?.caption).toBe('Biểu đồ 1. Mức đạt của các chỉ tiêu so với mục tiêu');
    for (const chart of charts) expect(Array.isArray(chart.option.series)).toBe(true);
    // The history needs a series with two figures known by the session: the fifth has one with three.
    const later = buildBriefingModel(sample.db, sample.fifth, loadBriefingTemplate()).body.filter((b) => b.kind === 'chart');
    expect(later.map((c) => c.caption)).toEqual([
      'Biểu đồ 1. Mức đạt của các chỉ tiêu so với mục tiêu',
      'Biểu đồ 2. Diễn biến chỉ tiêu Tỷ lệ hồ sơ trực tuyến toàn trình qua các phiên họp',
    ]);
    const history = later[1]?.option.series as Array<{ name: string; data: unknown[] }>;
    const detail = getIndicatorDetail(sample.db, indicatorId(sample, 'Tỷ lệ hồ sơ trực tuyến toàn trình'), { sessionId: sample.fifth });
    const nationwide = detail.comparisons.find((c) => c.scope === null);
    expect(history.find((s) => s.name === 'Kết quả')?.data).toHaveLength(nationwide?.series.length ?? -1);
  });

  it('counts tasks by agency and status, and lists overdue work and work due before the next session', () => {
    const tasks = between(body, 'II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO', 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN');
    expect(tasks).toEqual(
      expect.arrayContaining([
        '1. Kết quả thực hiện theo cơ quan chủ trì',
        '[bảng] Bảng 2. Số nhiệm vụ theo cơ quan chủ trì và tình trạng thực hiện',
        '2. Nhiệm vụ quá hạn chưa hoàn thành',
        '3. Nhiệm vụ đến hạn trước phiên họp tiếp theo',
        expect.stringMatching(/^Có \d+ nhiệm vụ đến hạn hoàn thành đến ngày 15\/11\/2025:$/),
      ]),
    );
    const counts = countTasksByAgency(sample.db, '2025-09-24');
    const byAgency = model.body.find((b): b is TableBlock => b.kind === 'table' && b.caption?.startsWith('Bảng 2.') === true);
    const total = byAgency?.rows.at(-1);
    expect(total && 'cells' in total ? total.cells.slice(1, 3) : []).toEqual([
      'Tổng cộng',
      String(Object.values(counts.totals).reduce((a, b) => a + b, 0)),
    ]);
    expect(total && 'cells' in total ? total.bold : false).toBe(true);
  });

  it('moves the full list of figures to an appendix', () => {
    expect(model.appendices[0]?.label).toBe('Phụ lục I');
    expect(body).toContain('Số liệu của tất cả các chỉ tiêu theo từng phạm vi tại Phụ lục I.');
  });
});

describe('deadline wording', () => {
  it('words each kind of deadline as the notices do', () => {
    expect(deadlineClause({ kind: 'month', due: '2025-08-31', text: null })).toBe(', hoàn thành trong tháng 8/2025');
    expect(deadlineClause({ kind: 'quarter', due: '2026-03-31', text: null })).toBe(', hoàn thành trong Quý I/2026');
    expect(deadlineClause({ kind: 'half', due: '2025-12-31', text: null })).toBe(', hoàn thành trong 6 tháng cuối năm 2025');
    expect(deadlineClause({ kind: 'year', due: '2026-12-31', text: null })).toBe(', hoàn thành trong năm 2026');
    expect(deadlineClause({ kind: 'date', due: '2026-01-15', text: null })).toBe(', hoàn thành trước ngày 15/01/2026');
    expect(deadlineClause({ kind: 'recurring', due: null, text: null })).toBe(', nhiệm vụ thường xuyên');
    expect(deadlineClause({ kind: 'none', due: null, text: 'theo lộ trình' })).toBe(', theo lộ trình');
    expect(deadlineClause({ kind: 'none', due: null, text: null })).toBe('');
    expect(deadlineLabel({ kind: 'quarter', due: '2025-09-30', text: null })).toBe('Quý III/2025');
    expect(deadlineLabel({ kind: 'recurring', due: null, text: null })).toBe('Thường xuyên');
  });

  it('numbers headings I., 1., a) with the Vietnamese letters (đ after d, no f)', () => {
    const outline = new Outline();
    expect(outline.heading(1, 'A').label).toBe('I.');
    expect(outline.heading(2, 'B').label).toBe('1.');
    const points = Array.from({ length: 6 }, () => outline.heading(3, 'C').label);
    expect(points).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)']);
    expect(outline.heading(1, 'D').label).toBe('II.');
    expect(outline.heading(2, 'E').label).toBe('1.');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentModel, exportDocument } from '../../electron/exporting';
import type { SampleDatabase } from './helpers';
import { docxParts, sampleDatabase, xmlText } from './helpers';

/** The attributes of the first element with this tag, as a map. */
function attributes(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}(\\s[^>]*)?/?>`).exec(xml);
  if (!element) throw new Error(`no <${tag}> in the XML`);
  return Object.fromEntries([...(element[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** The XML of one style of styles.xml. */
function style(styles: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles);
  if (!match) throw new Error(`no style ${id}`);
  return match[0];
}

describe('Word export: the layout of Decree 30/2020/NĐ-CP read back from the .docx', () => {
  let sample: SampleDatabase;
  let conclusion: Record<string, string>;
  let briefing: Record<string, string>;

  beforeAll(async () => {
    sample = sampleDatabase();
    conclusion = docxParts(await exportDocument(sample.db, { sessionId: sample.third, kind: 'conclusion', format: 'docx' }));
    briefing = docxParts(await exportDocument(sample.db, { sessionId: sample.fourth, kind: 'briefing', format: 'docx' }));
  });
  afterAll(() => sample.close());

  it('sets A4 portrait with the margins of the template and page 1 apart (titlePg)', () => {
    for (const parts of [conclusion, briefing]) {
      const doc = parts['word/document.xml'] ?? '';
      expect(attributes(doc, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
      expect(attributes(doc, 'w:pgMar')).toMatchObject({
        'w:top': '1134',
        'w:bottom': '1134',
        'w:left': '1701',
        'w:right': '850',
        'w:header': '567',
      });
      expect(doc).toContain('<w:titlePg/>');
    }
  });

  it('names Times New Roman for all text, 14 pt body justified with a 1.27 cm first-line indent and 6 pt after', () => {
    const styles = conclusion['word/styles.xml'] ?? '';
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
    expect(attributes(defaults, 'w:rFonts')).toMatchObject({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:cs': 'Times New Roman',
      'w:eastAsia': 'Times New Roman',
    });
    expect(attributes(defaults, 'w:sz')).toEqual({ 'w:val': '28' });
    const body = style(styles, 'Body');
    expect(attributes(body, 'w:jc')).toEqual({ 'w:val': 'both' });
    expect(attributes(body, 'w:ind')).toEqual({ 'w:firstLine': '720' });
    expect(attributes(body, 'w:spacing')).toMatchObject({ 'w:after': '120', 'w:line': '240', 'w:lineRule': 'auto' });
    // No other font is named anywhere in the document.
    const fonts = new Set([...(conclusion['word/document.xml'] ?? '').matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts].every((f) => f === 'Times New Roman')).toBe(true);
  });

  it('numbers pages 2 onwards with a centred PAGE field in the header, 14 pt; page 1 carries only the draft box', () => {
    const doc = conclusion['word/document.xml'] ?? '';
    const rels = conclusion['word/_rels/document.xml.rels'] ?? '';
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference [^>]*w:type="${type}"[^>]*r:id="(rId\\d+)"|<w:headerReference [^>]*r:id="(rId\\d+)"[^>]*w:type="${type}"`).exec(doc);
      const rid = id?.[1] ?? id?.[2];
      return new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    };
    const numbered = conclusion[`word/${target('default')}`] ?? '';
    expect(numbered).toMatch(/PAGE/);
    expect(attributes(numbered, 'w:jc')).toEqual({ 'w:val': 'center' });
    expect(attributes(numbered, 'w:sz')).toEqual({ 'w:val': '28' });
    const first = conclusion[`word/${target('first')}`] ?? '';
    expect(first).not.toMatch(/PAGE/);
    expect(xmlText(first)).toContain('DỰ THẢO');
  });

  it('writes the header block: agency, national name and motto, the blank number of a draft, the italic place and date', () => {
    const doc = conclusion['word/document.xml'] ?? '';
    const text = xmlText(doc);
    expect(text).toContain('VĂN PHÒNG CHÍNH PHỦ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số:      /TB-VPCP');
    expect(doc).toMatch(/<w:i\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">Hà Nội, ngày {6}tháng {6}năm 2025</);
    // The header table is borderless.
    const firstTable = /<w:tbl>.*?<\/w:tbl>/s.exec(doc)?.[0] ?? '';
    expect(firstTable).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo');
  });

  it('ends the body with "./." and closes with recipients and the signer', () => {
    const text = xmlText(conclusion['word/document.xml'] ?? '');
    expect(text).toContain('Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.');
    const lines = text.split('\n');
    const recipients = lines.indexOf('Nơi nhận:');
    expect(recipients).toBeGreaterThan(0);
    expect(lines[recipients - 1]).toBe('');
    expect(lines.slice(0, recipients).filter((l) => l.trim()).at(-1)).toMatch(/\.\/\.$/);
    expect(lines).toContain('- Thủ tướng, các Phó Thủ tướng Chính phủ;');
    expect(lines).toContain('- Lưu: VT, KGVX (2).');
    expect(lines).toContain('BỘ TRƯỞNG, CHỦ NHIỆM');
    expect(lines).toContain('Trần Văn Sơn');
  });

  it('gives data tables fixed columns summing to the text width, a repeated bold header row and right-aligned numbers', () => {
    const doc = briefing['word/document.xml'] ?? '';
    const margins = attributes(doc, 'w:pgMar');
    const textWidth = 11906 - Number(margins['w:left']) - Number(margins['w:right']);
    const tables = [...doc.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1] ?? '').filter((t) => t.includes('<w:tblHeader/>'));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(Math.abs(grid.reduce((a, b) => a + b, 0) - textWidth)).toBeLessThanOrEqual(1);
    }
    const styles = briefing['word/styles.xml'] ?? '';
    expect(style(styles, 'TableHeader')).toContain('<w:b/>');
    expect(attributes(style(styles, 'TableNumber'), 'w:jc')).toEqual({ 'w:val': 'right' });
    // The indicator table: its headers, and "39,51%" in a right-aligned cell.
    const indicator = tables.find((t) => t.includes('Thay đổi so với phiên trước')) ?? '';
    for (const header of ['Chỉ tiêu', 'Phạm vi', 'Mục tiêu', 'Kết quả', 'Tỷ lệ đạt', 'Chênh lệch', 'Đánh giá']) {
      expect(xmlText(indicator)).toContain(header);
    }
    expect(indicator).toMatch(/<w:pStyle w:val="TableNumber"\/><\/w:pPr><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">39,51%/);
  });

  it('lays out the briefing in its four sections, with the charts as pictures and the long tables in appendices', () => {
    const text = xmlText(briefing['word/document.xml'] ?? '');
    for (const heading of [
      'I. TÌNH HÌNH THỰC HIỆN',
      'II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO',
      'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Phụ lục I',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Số:      /BC-VPCP');
    expect(text).toMatch(/Văn phòng Chính phủ kính báo cáo .*\.\/\./);
    // One picture per chart of the model.
    const charts = buildDocumentModel(sample.db, { sessionId: sample.fourth, kind: 'briefing' }).body.filter((b) => b.kind === 'chart');
    const pictures = Object.keys(briefing).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    expect(charts.length).toBeGreaterThanOrEqual(1);
    expect(pictures).toHaveLength(charts.length);
    expect(briefing['word/document.xml']).toContain('<pic:pic');
    // Each picture names a relationship of the document whose target is in the package.
    const relationships = briefing['word/_rels/document.xml.rels'] ?? '';
    const embeds = [...(briefing['word/document.xml'] ?? '').matchAll(/<a:blip r:embed="([^"]+)"/g)].map((m) => m[1]);
    expect(embeds).toHaveLength(charts.length);
    for (const id of embeds) {
      const target = new RegExp(`<Relationship Id="${id}" Type="[^"]+/image" Target="([^"]+)"/>`).exec(relationships)?.[1];
      expect(target && briefing[`word/${target}`]).toBeTruthy();
    }
  });
});

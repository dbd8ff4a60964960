import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentModel, exportDocument } from '../../electron/exporting';
import type { DocumentModel } from '../../electron/exporting/document-model';
import { listItem, paragraph } from '../../electron/exporting/document-model';
import { defaultFontCandidates, findFontSet } from '../../electron/exporting/font-files';
import { renderPdf } from '../../electron/exporting/pdf-renderer';
import type { SampleDatabase } from './helpers';
import { pdfFonts, pdfInfo, pdfPages, pdfText, sampleDatabase, save } from './helpers';

describe('PDF export: read back with poppler', () => {
  let sample: SampleDatabase;
  let conclusion: string;
  let briefing: string;

  beforeAll(async () => {
    sample = sampleDatabase();
    conclusion = save(sample.dir, 'conclusion.pdf', await exportDocument(sample.db, { sessionId: sample.third, kind: 'conclusion', format: 'pdf' }));
    briefing = save(sample.dir, 'briefing.pdf', await exportDocument(sample.db, { sessionId: sample.fourth, kind: 'briefing', format: 'pdf' }));
  });
  afterAll(() => sample.close());

  it('prints on A4 portrait, 595.28 × 841.89 pt, on every page', () => {
    for (const file of [conclusion, briefing]) {
      expect(pdfInfo(file)['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
      expect(pdfPages(file)).toBeGreaterThan(1);
    }
  });

  it('embeds every font, all of one serif family with its four faces', () => {
    for (const file of [conclusion, briefing]) {
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThanOrEqual(3);
      expect(fonts.every((f) => f.embedded)).toBe(true);
      const families = new Set(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '').replace(/[-,].*$/, '')));
      expect(families.size).toBe(1);
      expect([...families][0]).toMatch(/TimesNewRoman|LiberationSerif|Tinos|NotoSerif/);
    }
  });

  it('carries the Vietnamese text with its diacritics, and the figures in Vietnamese form', () => {
    const text = pdfText(conclusion).normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Tỷ lệ hồ sơ trực tuyến toàn trình: mục tiêu năm 2025 là 80% nhưng mới đạt 39,51%, các tỉnh mới đạt 15,21%');
    expect(text).toContain('thực hiện./.');
    const report = pdfText(briefing).normalize('NFC').replace(/\s+/g, ' ');
    expect(report).toContain('Tỷ lệ hồ sơ trực tuyến toàn trình');
    expect(report).toContain('39,51%');
    expect(report).toContain('Nơi nhận:');
  });

  it('numbers the pages from 2, centred at the top, and leaves page 1 unnumbered', () => {
    for (const file of [conclusion, briefing]) {
      const pages = pdfPages(file);
      const firstLine = (page: number) => pdfText(file, page, true).split('\n').find((l) => l.trim() !== '') ?? '';
      expect(firstLine(1).trim()).toBe('DỰ THẢO');
      for (let page = 2; page <= pages; page++) {
        const line = firstLine(page);
        expect(line.trim()).toBe(String(page));
        // Centred: as much room on either side of the number, within a few characters.
        const left = line.length - line.trimStart().length;
        expect(left).toBeGreaterThan(20);
      }
    }
  });

  it('draws charts as vectors, not pictures', () => {
    const bytes = fs.readFileSync(briefing).toString('latin1');
    expect(bytes).not.toMatch(/\/Subtype\s*\/Image/);
    expect(pdfText(briefing).normalize('NFC')).toContain('Mức đạt so với mục tiêu');
  });
});

describe('PDF text', () => {
  const model = (runs: string[]): DocumentModel => {
    return {
      fileTitle: 'Kiểm tra',
      layout: {
        margins: { top: 20, bottom: 20, left: 30, right: 15 },
        headerDistance: 10,
        firstLineIndent: 12.7,
        paragraphSpacing: 6,
        lineSpacing: 1,
        headerLeftShare: 0.4,
        signatureLeftShare: 0.5,
        signatureSpace: 25,
        fontSizes: {
          body: 14, parentAgency: 13, agency: 13, nation: 13, motto: 14, number: 13, placeDate: 14, documentType: 14, summary: 14,
          table: 12, smallTable: 11, caption: 13, recipientsHeading: 12, recipients: 11, signature: 14, pageNumber: 14, draft: 13,
        },
      },
      draft: false,
      draftLabel: 'DỰ THẢO',
      header: { parentAgency: 'Chính phủ', agency: 'Văn phòng Chính phủ', nation: 'Cộng hòa xã hội chủ nghĩa Việt Nam', motto: 'Độc lập - Tự do - Hạnh phúc', numberLine: 'Số: 05/TB-VPCP', placeDate: 'Hà Nội, ngày 05 tháng 02 năm 2026' },
      title: { documentType: 'THÔNG BÁO', summary: 'Kiểm tra' },
      body: [paragraph(...runs), listItem('Một dòng./.')],
      recipients: { heading: 'Nơi nhận:', lines: ['- Lưu: VT, KGVX (2).'] },
      signature: { authority: null, title: null, name: 'Người ký' },
      appendices: [],
    };
  };

  it('draws decomposed input composed (NFC), so tone marks sit on their letters', async () => {
    const decomposed = 'Tiếng Việt có dấu: ỷ ệ ậ ặ ợ ự đ Đ ơ ư'.normalize('NFD');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-nfc-'));
    try {
      const file = save(dir, 'nfc.pdf', await renderPdf(model([decomposed])));
      expect(pdfText(file)).toContain('Tiếng Việt có dấu: ỷ ệ ậ ặ ợ ự đ Đ ơ ư'.normalize('NFC'));
      expect(pdfText(file)).toContain('Số: 05/TB-VPCP');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to the bundled Noto Serif, which covers Vietnamese, where the system has no Times New Roman twin', async () => {
    const noto = defaultFontCandidates().filter((c) => c.family === 'Noto Serif');
    const missing = {
      family: 'Times New Roman',
      files: { regular: '/nonexistent/times.ttf', bold: '/nonexistent/timesbd.ttf', italic: '/nonexistent/timesi.ttf', boldItalic: '/nonexistent/timesbi.ttf' },
    };
    const fonts = findFontSet([missing, ...noto]);
    expect(fonts.family).toBe('Noto Serif');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-noto-'));
    try {
      const file = save(dir, 'noto.pdf', await renderPdf(model(['Ước đạt 78,1 tỷ USD, tăng 20,5% so với cùng kỳ.']), fonts));
      expect(pdfFonts(file).every((f) => f.embedded && f.name.includes('NotoSerif'))).toBe(true);
      expect(pdfText(file)).toContain('Ước đạt 78,1 tỷ USD, tăng 20,5% so với cùng kỳ.');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps one model for both formats: the PDF of a built model has the summary the Word file has', async () => {
    const sample = sampleDatabase();
    try {
      const built = buildDocumentModel(sample.db, { sessionId: sample.third, kind: 'conclusion' });
      const file = save(sample.dir, 'model.pdf', await renderPdf(built));
      expect(pdfText(file).normalize('NFC').replace(/\s+/g, ' ')).toContain(built.title.summary);
    } finally {
      sample.close();
    }
  });
});

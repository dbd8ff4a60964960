import { describe, expect, it } from 'vitest';
import { readDocument } from '../../electron/importing/readers/read-document';
import { makeDocx, makeEncryptedOfficeFile, makePdf, makeZip } from './helpers/fixtures';

const PARAGRAPHS = [
  'Phiên họp lần thứ sáu của Ban Chỉ đạo được tổ chức ngày 12/01/2026 dưới sự chủ trì của Thủ tướng Chính phủ.',
  'Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 đạt 52,8%, trong đó cấp tỉnh đạt 41,3% và cấp xã đạt 27,6%, tăng rõ rệt so với cùng kỳ năm trước nhờ việc vận hành chính quyền hai cấp.',
  'Bộ Công an chủ trì, phối hợp với Bộ Tư pháp hoàn thành kết nối dữ liệu hộ tịch, hoàn thành trong Quý I/2026.',
];

describe('Word documents (.docx)', () => {
  it('reads the paragraphs of a real .docx', async () => {
    const read = await readDocument(await makeDocx(PARAGRAPHS), 'ket-luan.docx');
    expect(read.format).toBe('docx');
    for (const p of PARAGRAPHS) expect(read.text).toContain(p);
  });

  it('refuses a truncated .docx', async () => {
    const docx = await makeDocx(PARAGRAPHS);
    const cut = docx.subarray(0, Math.floor(docx.length / 2));
    await expect(readDocument(cut, 'ket-luan.docx')).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readDocument(cut, 'ket-luan.docx')).rejects.toThrow(/bị hỏng hoặc chưa được tải về đầy đủ/u);
  });

  it('refuses a password-protected .docx (an encrypted compound file, not a zip)', async () => {
    await expect(readDocument(makeEncryptedOfficeFile(), 'mat-khau.docx')).rejects.toMatchObject({ code: 'encrypted' });
    await expect(readDocument(makeEncryptedOfficeFile(), 'mat-khau.docx')).rejects.toThrow(/mật khẩu/u);
  });

  it('refuses a zip bomb that declares its true size', async () => {
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(1024), declaredSize: 300 * 1024 * 1024 },
    ]);
    await expect(readDocument(bomb, 'bom.docx')).rejects.toMatchObject({ code: 'zip_bomb' });
  });

  it('refuses a zip bomb that lies about its size', async () => {
    const bomb = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024), declaredSize: 4096 }]);
    await expect(readDocument(bomb, 'bom.docx')).rejects.toMatchObject({ code: 'zip_bomb' });
    await expect(readDocument(bomb, 'bom.docx')).rejects.toThrow(/zip bomb/u);
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = makeZip([{ name: 'readme.txt', data: Buffer.from('xin chào') }]);
    await expect(readDocument(zip, 'nen.docx')).rejects.toMatchObject({ code: 'wrong_extension' });
  });
});

describe('PDF documents', () => {
  it('reads the Vietnamese text layer and joins wrapped lines back into sentences', async () => {
    const read = await readDocument(await makePdf(PARAGRAPHS), 'bao-cao.pdf');
    expect(read.format).toBe('pdf');
    expect(read.text).toContain('Tỷ lệ hồ sơ trực tuyến toàn trình năm 2025 đạt 52,8%');
    expect(read.text.replace(/\s+/gu, ' ')).toContain(PARAGRAPHS[1]);
  });

  it('refuses a scan without a text layer', async () => {
    await expect(readDocument(await makePdf([], { textLayer: false }), 'scan.pdf')).rejects.toMatchObject({ code: 'scanned_pdf' });
    await expect(readDocument(await makePdf([], { textLayer: false }), 'scan.pdf')).rejects.toThrow(/ảnh quét, không có lớp chữ/u);
  });

  it('refuses a truncated PDF', async () => {
    const pdf = await makePdf(PARAGRAPHS);
    await expect(readDocument(pdf.subarray(0, Math.floor(pdf.length * 0.6)), 'cut.pdf')).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('content that does not match the extension', () => {
  it('names the real type', async () => {
    const pdf = await makePdf(PARAGRAPHS);
    await expect(readDocument(pdf, 'nham.docx')).rejects.toMatchObject({ code: 'wrong_extension' });
    await expect(readDocument(pdf, 'nham.docx')).rejects.toThrow(/tệp PDF/u);
    const docx = await makeDocx(PARAGRAPHS);
    await expect(readDocument(docx, 'nham.pdf')).rejects.toThrow(/tệp Word/u);
    await expect(readDocument(Buffer.from('Văn bản thường', 'utf8'), 'nham.pdf')).rejects.toMatchObject({ code: 'wrong_extension' });
  });

  it('refuses an empty document', async () => {
    await expect(readDocument(Buffer.alloc(0), 'rong.docx')).rejects.toMatchObject({ code: 'empty' });
    await expect(readDocument(Buffer.alloc(0), 'rong.pdf')).rejects.toMatchObject({ code: 'empty' });
  });
});

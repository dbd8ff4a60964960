import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../electron/importing/errors';
import { detectLegacy, tcvn3TextToUnicode, vniTextToUnicode } from '../../electron/importing/readers/legacy-vietnamese';
import { readDocument, readDocumentFile } from '../../electron/importing/readers/read-document';
import { readTextFile } from '../../electron/importing/readers/text-reader';
import { tempDir } from '../helpers/temp';
import { makeDocx } from './helpers/fixtures';

const SENTENCE = 'Bộ Công an hoàn thành kết nối dữ liệu, đạt 95% trong tháng 10/2025.';
/** The same sentence as typed with the TCVN3 (.VnTime) fonts, read as Latin-1. */
const SENTENCE_TCVN3 = 'Bé C«ng an hoµn thµnh kÕt nèi d÷ liÖu, ®¹t 95% trong th¸ng 10/2025.';
/** The same sentence as typed with VNI-Windows, read as Windows-1252. */
const SENTENCE_VNI = 'Boä Coâng an hoaøn thaønh keát noái döõ lieäu, ñaït 95% trong thaùng 10/2025.';

/** Windows-1258 keeps the letters with hats and horns whole and writes tone marks as combining characters. */
function encodeWindows1258(text: string): Buffer {
  const decomposed = [...text.normalize('NFC')]
    .map((ch) => {
      const parts = ch.normalize('NFD');
      const tone = parts.match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? '';
      return `${parts.replace(tone, '').normalize('NFC')}${tone}`;
    })
    .join('');
  return iconv.encode(decomposed, 'windows-1258');
}

function expectImportError(run: () => unknown, code: string): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe(code);
    return error as ImportError;
  }
  throw new Error(`expected an ImportError ${code}`);
}

describe('plain text encodings', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(readTextFile(Buffer.from(SENTENCE, 'utf8'), 'a.txt')).toEqual({ text: SENTENCE, encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]);
    expect(readTextFile(bom, 'a.txt').text).toBe(SENTENCE);
  });

  it('normalises decomposed text to NFC', () => {
    expect(readTextFile(Buffer.from(SENTENCE.normalize('NFD'), 'utf8'), 'a.txt').text).toBe(SENTENCE);
  });

  it('reads UTF-16 little and big endian with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    expect(readTextFile(le, 'a.txt')).toEqual({ text: SENTENCE, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SENTENCE, 'utf-16be')]);
    expect(readTextFile(be, 'a.txt')).toEqual({ text: SENTENCE, encoding: 'utf-16be' });
  });

  it('reads Windows-1258', () => {
    const bytes = encodeWindows1258(SENTENCE);
    expect(bytes.includes(Buffer.from('?'))).toBe(false);
    expect(readTextFile(bytes, 'a.txt')).toEqual({ text: SENTENCE, encoding: 'windows-1258' });
  });

  it('converts legacy TCVN3 (ABC) bytes to Unicode', () => {
    expect(readTextFile(Buffer.from(SENTENCE_TCVN3, 'latin1'), 'a.txt')).toEqual({ text: SENTENCE, encoding: 'tcvn3' });
  });

  it('converts legacy VNI-Windows bytes to Unicode', () => {
    expect(readTextFile(iconv.encode(SENTENCE_VNI, 'windows-1252'), 'a.txt')).toEqual({ text: SENTENCE, encoding: 'vni' });
  });

  it('converts legacy typing that was saved as UTF-8', () => {
    expect(readTextFile(Buffer.from(SENTENCE_TCVN3, 'utf8'), 'a.txt')).toEqual({ text: SENTENCE, encoding: 'tcvn3' });
    expect(readTextFile(Buffer.from(SENTENCE_VNI, 'utf8'), 'a.txt')).toEqual({ text: SENTENCE, encoding: 'vni' });
  });

  it('tells legacy text from Unicode and English', () => {
    expect(detectLegacy(SENTENCE_TCVN3)).toBe('tcvn3');
    expect(detectLegacy(SENTENCE_VNI)).toBe('vni');
    expect(detectLegacy(SENTENCE)).toBeNull();
    expect(detectLegacy('The committee met on Monday to review the plan.')).toBeNull();
    expect(tcvn3TextToUnicode('CéNG HßA X· HéI')).toBe('CỘNG HÒA XÃ HỘI');
    expect(vniTextToUnicode('ngöôøi ñaêng kyù')).toBe('người đăng ký');
  });
});

describe('bad text files', () => {
  it('refuses an empty file', () => {
    expect(expectImportError(() => readTextFile(Buffer.alloc(0), 'rong.txt'), 'empty').message).toContain('rỗng');
    expectImportError(() => readTextFile(Buffer.from('   \n\n', 'utf8'), 'trang.txt'), 'empty');
  });

  it('refuses a binary file renamed .txt, naming what it is', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    expect(expectImportError(() => readTextFile(png, 'anh.txt'), 'binary_text').message).toContain('tệp ảnh');
    const docx = await makeDocx(['Nội dung']);
    expect(expectImportError(() => readTextFile(docx, 'vanban.txt'), 'binary_text').message).toContain('Word');
    const noise = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256));
    expectImportError(() => readTextFile(noise, 'rac.txt'), 'binary_text');
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const file = path.join(tempDir(), 'qua-lon.txt');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 51 * 1024 * 1024);
    await expect(readDocumentFile(file)).rejects.toMatchObject({ code: 'too_large' });
    await expect(readDocumentFile(file)).rejects.toThrow(/vượt giới hạn 50 MB/u);
  });

  it('refuses an unknown file type and a missing file', async () => {
    await expect(readDocument(Buffer.from('x'), 'bang.odt')).rejects.toMatchObject({ code: 'unsupported_type' });
    await expect(readDocument(Buffer.from('x'), 'cu.doc')).rejects.toThrow(/\.docx/u);
    await expect(readDocumentFile(path.join(tempDir(), 'khong-co.txt'))).rejects.toMatchObject({ code: 'not_found' });
  });
});

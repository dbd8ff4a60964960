/**
 * Plain text files in the encodings Vietnamese offices produce: UTF-8 with or without
 * BOM, UTF-16 (Notepad's "Unicode"), Windows-1258, and legacy TCVN3 (ABC) or VNI typing,
 * which is converted to Unicode. A binary file renamed .txt is refused with its real type.
 */
import iconv from 'iconv-lite';
import { nfc } from '../../domain/vietnamese';
import { ImportError } from '../errors';
import type { LegacyEncoding } from './legacy-vietnamese';
import { detectLegacy, tcvn3BytesToUnicode, tcvn3TextToUnicode, vietnameseScore, vniTextToUnicode } from './legacy-vietnamese';
import { formatMegabytes, MAX_FILE_BYTES } from './limits';
import { FORMAT_NAMES, sniffFormat } from './sniff';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | LegacyEncoding;

export interface TextReadResult {
  text: string;
  encoding: TextEncoding;
}

export const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI-Windows',
};

/** UTF-16 without a byte order mark: every other byte is zero in Latin text. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.length - skip), encoding);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A decoded text with many control characters is a binary file whatever its name. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 100_000);
  if (sample.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f || code === 0xfffd) controls += 1;
  }
  return controls > Math.max(8, sample.length * 0.01);
}

/** Legacy typing read as Unicode ("ViÖt Nam" saved as UTF-8) is converted too. */
function fixLegacyUnicode(text: string, encoding: TextEncoding): TextReadResult {
  const legacy = detectLegacy(text);
  if (legacy === 'tcvn3') return { text: tcvn3TextToUnicode(text), encoding: 'tcvn3' };
  if (legacy === 'vni') return { text: vniTextToUnicode(text), encoding: 'vni' };
  return { text, encoding };
}

/** Control bytes other than tab and line breaks: text files have almost none. */
function hasControlBytes(bytes: Uint8Array): boolean {
  let count = 0;
  const sample = Math.min(bytes.length, 100_000);
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) count += 1;
  }
  return count > Math.max(8, sample * 0.01);
}

/** Bytes that are not UTF-8: whichever single-byte reading looks most like Vietnamese. */
function decodeSingleByte(bytes: Uint8Array): TextReadResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const candidates: TextReadResult[] = [
    { text: nfc(iconv.decode(buffer, 'windows-1258')), encoding: 'windows-1258' },
    { text: tcvn3BytesToUnicode(bytes), encoding: 'tcvn3' },
    { text: vniTextToUnicode(iconv.decode(buffer, 'windows-1252')), encoding: 'vni' },
  ];
  let best = candidates[0]!;
  let bestScore = vietnameseScore(best.text).ratio;
  for (const candidate of candidates.slice(1)) {
    const score = vietnameseScore(candidate.text).ratio;
    if (score > bestScore + 0.05) {
      best = candidate;
      bestScore = score;
    }
  }
  const words = vietnameseScore(best.text).words;
  if (words >= 20 && bestScore < 0.5) {
    throw new ImportError(
      'legacy_encoding',
      'Không nhận ra bảng mã của tệp văn bản (không phải Unicode, TCVN3 hay VNI). Hãy mở tệp bằng Word hoặc Notepad và lưu lại với bảng mã UTF-8.',
    );
  }
  return best;
}

function notText(fileName: string): ImportError {
  return new ImportError(
    'binary_text',
    `Tệp "${fileName}" không phải tệp văn bản thuần (chứa dữ liệu nhị phân). Hãy mở tệp gốc và lưu lại dưới dạng .txt, .docx hoặc .pdf.`,
  );
}

/** Reads a .txt file's bytes into NFC text. */
export function readTextFile(bytes: Uint8Array, fileName: string): TextReadResult {
  if (bytes.length === 0) throw new ImportError('empty', `Tệp "${fileName}" rỗng, không có nội dung để nhập.`);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportError(
      'too_large',
      `Tệp "${fileName}" dung lượng ${formatMegabytes(bytes.length)}, vượt giới hạn ${formatMegabytes(MAX_FILE_BYTES)} cho một tệp văn bản.`,
    );
  }
  let result: TextReadResult;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    result = fixLegacyUnicode(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = fixLegacyUnicode(decodeUtf16(bytes, 'utf-16le', 2), 'utf-16le');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = fixLegacyUnicode(decodeUtf16(bytes, 'utf-16be', 2), 'utf-16be');
  } else {
    const format = sniffFormat(bytes);
    if (format !== 'unknown') {
      throw new ImportError(
        'binary_text',
        `Tệp "${fileName}" có đuôi .txt nhưng thực chất là ${FORMAT_NAMES[format]}. Hãy chọn đúng tệp gốc hoặc đổi lại đuôi tệp cho đúng.`,
      );
    }
    const utf16 = guessUtf16(bytes);
    const utf8 = utf16 ? null : strictUtf8(bytes);
    if (utf16) result = fixLegacyUnicode(decodeUtf16(bytes, utf16, 0), utf16);
    else if (utf8 != null) result = fixLegacyUnicode(utf8, 'utf-8');
    else if (hasControlBytes(bytes)) throw notText(fileName);
    else result = decodeSingleByte(bytes);
  }
  if (looksBinary(result.text)) throw notText(fileName);
  const text = nfc(result.text.replace(/\r\n?/gu, '\n'));
  if (text.trim() === '') throw new ImportError('empty', `Tệp "${fileName}" không có chữ nào để nhập.`);
  return { text, encoding: result.encoding };
}

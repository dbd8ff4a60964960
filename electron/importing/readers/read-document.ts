/**
 * One entry point for session documents: picks the reader by extension after checking
 * that the content matches it, and returns NFC text. The file variant checks the size
 * on disk before reading anything.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { nfc } from '../../domain/vietnamese';
import { ImportError } from '../errors';
import { readDocxFile } from './docx-reader';
import { formatMegabytes, MAX_FILE_BYTES, MAX_TEXT_CHARS } from './limits';
import { readPdfFile } from './pdf-reader';
import { FORMAT_NAMES, sniffFormat } from './sniff';
import type { TextEncoding } from './text-reader';
import { readTextFile } from './text-reader';

export type DocumentFormat = 'txt' | 'docx' | 'pdf';

export interface DocumentReadResult {
  text: string;
  format: DocumentFormat;
  /** For .txt: the encoding the text was read in (legacy ones are converted). */
  encoding?: TextEncoding;
}

const EXTENSIONS: Record<string, DocumentFormat> = { '.txt': 'txt', '.text': 'txt', '.docx': 'docx', '.pdf': 'pdf' };

const EXPECTED_SNIFF: Record<DocumentFormat, readonly string[]> = {
  txt: ['unknown'],
  docx: ['docx', 'zip', 'ole'],
  pdf: ['pdf'],
};

function tooLarge(fileName: string, bytes: number): ImportError {
  return new ImportError(
    'too_large',
    `Tệp "${fileName}" dung lượng ${formatMegabytes(bytes)}, vượt giới hạn ${formatMegabytes(MAX_FILE_BYTES)}. Hãy tách tệp hoặc chỉ giữ phần nội dung phiên họp.`,
  );
}

function formatOf(fileName: string): DocumentFormat {
  const extension = path.extname(fileName).toLowerCase();
  const format = EXTENSIONS[extension];
  if (format) return format;
  if (extension === '.doc') {
    throw new ImportError('unsupported_type', `Tệp "${fileName}" là định dạng Word 97-2003 (.doc). Hãy mở bằng Word và lưu lại dưới dạng .docx.`);
  }
  if (extension === '.xlsx' || extension === '.xls') {
    throw new ImportError('unsupported_type', `Tệp "${fileName}" là bảng tính: hãy dùng chức năng "Nhập bảng chỉ tiêu từ Excel".`);
  }
  throw new ImportError(
    'unsupported_type',
    `Không đọc được tệp "${fileName}": chỉ nhận văn bản .txt, .docx hoặc .pdf${extension ? ` (tệp có đuôi ${extension})` : ''}.`,
  );
}

/** Reads a session document from its bytes; the file name decides the reader. */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<DocumentReadResult> {
  const format = formatOf(fileName);
  if (bytes.length === 0) throw new ImportError('empty', `Tệp "${fileName}" rỗng, không có nội dung để nhập.`);
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(fileName, bytes.length);
  const sniffed = sniffFormat(bytes);
  if (format !== 'txt' && !EXPECTED_SNIFF[format].includes(sniffed)) {
    const real = sniffed === 'unknown' ? 'không phải tệp ' + format.toUpperCase() : `là ${FORMAT_NAMES[sniffed]}`;
    throw new ImportError(
      'wrong_extension',
      `Tệp "${fileName}" có đuôi .${format} nhưng nội dung ${real}. Hãy kiểm tra lại tệp hoặc đổi đuôi cho đúng.`,
    );
  }
  let result: DocumentReadResult;
  if (format === 'txt') {
    const read = readTextFile(bytes, fileName);
    result = { text: read.text, format, encoding: read.encoding };
  } else if (format === 'docx') {
    result = { text: await readDocxFile(bytes, fileName), format };
  } else {
    result = { text: await readPdfFile(bytes, fileName), format };
  }
  const text = nfc(result.text);
  if (text.length > MAX_TEXT_CHARS) throw tooLarge(fileName, bytes.length);
  if (text.trim() === '') throw new ImportError('no_text', `Tệp "${fileName}" không có chữ nào để nhập.`);
  return { ...result, text };
}

/** Reads a file's bytes for import, refusing an oversized file before loading it. */
export async function readFileBytes(filePath: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const fileName = path.basename(filePath);
  let size: number;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new ImportError('not_found', `Không tìm thấy tệp "${filePath}".`);
  }
  if (size > MAX_FILE_BYTES) throw tooLarge(fileName, size);
  return { fileName, bytes: await fs.readFile(filePath) };
}

/** Reads a document from disk, refusing an oversized file before loading it. */
export async function readDocumentFile(filePath: string): Promise<DocumentReadResult & { fileName: string }> {
  formatOf(path.basename(filePath));
  const { fileName, bytes } = await readFileBytes(filePath);
  return { ...(await readDocument(bytes, fileName)), fileName };
}

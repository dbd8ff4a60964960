/**
 * PDF documents via unpdf (PDF.js). Lines that PDF.js breaks where the page wraps are
 * joined back into paragraphs, so that sentences are whole again. A scan without a
 * text layer, a password and a truncated download each get their own message.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { ImportError } from '../errors';

/** Fewer letters than this per page means the pages are pictures of text. */
const MIN_LETTERS_PER_PAGE = 40;

function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, bytes.length - 2048), Math.min(bytes.length, 2048));
  return tail.toString('latin1').includes('%%EOF');
}

/** Joins a page's wrapped lines: a line that runs to the margin without closing punctuation goes on. */
export function reflowLines(page: string): string {
  const lines = page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return '';
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.8)] ?? 0;
  const out: string[] = [lines[0]!];
  for (const line of lines.slice(1)) {
    const previous = out[out.length - 1]!;
    const closed = /[.:;!?…"”]$/u.test(previous);
    const runsToMargin = previous.length >= typical * 0.75;
    const continues = /^[\p{Ll}\d(,]/u.test(line);
    if (!closed && (runsToMargin || continues)) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
  }
  return out.join('\n');
}

export async function readPdfFile(bytes: Uint8Array, fileName: string): Promise<string> {
  const truncated = new ImportError(
    'corrupt',
    `Tệp "${fileName}" bị hỏng hoặc chưa được tải về đầy đủ (thiếu phần kết thúc của tệp PDF).`,
  );
  if (!hasEndMarker(bytes)) throw truncated;
  let pages: string[];
  try {
    // PDF.js keeps the buffer it is given: hand it a copy so the caller's bytes stay intact.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    ({ text: pages } = await extractText(pdf, { mergePages: false }));
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ImportError('encrypted', `Tệp "${fileName}" được bảo vệ bằng mật khẩu. Hãy gỡ mật khẩu rồi nhập lại.`);
    }
    throw truncated;
  }
  const text = pages.map(reflowLines).join('\n');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < Math.max(1, pages.length) * MIN_LETTERS_PER_PAGE) {
    throw new ImportError(
      'scanned_pdf',
      `Tệp "${fileName}" là tệp PDF dạng ảnh quét, không có lớp chữ. Hãy dùng bản PDF xuất từ Word hoặc nhận dạng chữ (OCR) trước khi nhập.`,
    );
  }
  return text;
}

/**
 * Word documents (.docx) via mammoth's raw text, after the package has been checked.
 * A password-protected .docx is not a zip at all but an encrypted OLE container.
 * mammoth (6.5 MiB resident once loaded) is loaded with the first Word file read.
 */
import { ImportError } from '../errors';
import { isEncryptedOfficeFile, sniffFormat } from './sniff';
import { inspectZip } from './zip-guard';

export async function readDocxFile(bytes: Uint8Array, fileName: string): Promise<string> {
  if (sniffFormat(bytes) === 'ole') {
    if (isEncryptedOfficeFile(bytes)) {
      throw new ImportError(
        'encrypted',
        `Tệp "${fileName}" được bảo vệ bằng mật khẩu. Hãy mở tệp bằng Word, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi nhập lại.`,
      );
    }
    throw new ImportError(
      'wrong_extension',
      `Tệp "${fileName}" là tệp Word 97-2003 (.doc) mang đuôi .docx. Hãy mở bằng Word và lưu lại dưới dạng .docx.`,
    );
  }
  const entries = inspectZip(bytes, fileName, '.docx');
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ImportError('wrong_extension', `Tệp "${fileName}" có đuôi .docx nhưng không phải văn bản Word.`);
  }
  const { default: mammoth } = await import('mammoth');
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) }));
  } catch {
    throw new ImportError('corrupt', `Tệp "${fileName}" bị hỏng, Word không đọc được nội dung. Hãy mở tệp bằng Word để kiểm tra rồi lưu lại.`);
  }
  return value.replace(/\n{2,}/gu, '\n');
}

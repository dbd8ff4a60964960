/**
 * What a file really is, from its first bytes: staff rename files, and a Word file
 * saved as .txt must be refused with a message that says what it is.
 */

export type SniffedFormat = 'zip' | 'docx' | 'xlsx' | 'pdf' | 'ole' | 'rtf' | 'image' | 'executable' | 'unknown';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function containsAscii(bytes: Uint8Array, needle: string, limit: number): boolean {
  const hay = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).toString('latin1');
  return hay.includes(needle);
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(bytes, 'word/', 64 * 1024)) return 'docx';
    if (containsAscii(bytes, 'xl/', 64 * 1024)) return 'xlsx';
    return 'zip';
  }
  if (containsAscii(bytes.subarray(0, 1024), '%PDF-', 1024)) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
  ) {
    return 'image';
  }
  if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'executable';
  return 'unknown';
}

/** A CFB (OLE) file holding an encrypted Office package: what a password-protected .docx is. */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  const marker = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(marker);
}

/** How to name a sniffed format in a message to the user. */
export const FORMAT_NAMES: Record<SniffedFormat, string> = {
  zip: 'tệp nén ZIP',
  docx: 'tệp Word (.docx)',
  xlsx: 'tệp Excel (.xlsx)',
  pdf: 'tệp PDF',
  ole: 'tệp Office đời cũ (.doc/.xls) hoặc tệp Office có mật khẩu',
  rtf: 'tệp RTF',
  image: 'tệp ảnh',
  executable: 'tệp chương trình',
  unknown: 'tệp không rõ định dạng',
};

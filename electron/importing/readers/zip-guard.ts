/**
 * Checks a .docx or .xlsx package before a library unpacks it: a truncated download
 * has no central directory, and a zip bomb unpacks to gigabytes from a few kilobytes.
 * Sizes declared in the directory are not trusted: every entry is inflated with an
 * output cap, so a package that lies about its sizes is caught as well.
 */
import zlib from 'node:zlib';
import { ZIP_METHOD, ZIP_SIGNATURE } from '../../zip-format';
import { ImportError } from '../errors';
import { MAX_COMPRESSION_RATIO, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from './limits';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const { endOfCentralDirectory: EOCD, zip64Locator: ZIP64_LOCATOR, zip64EndOfCentralDirectory: ZIP64_EOCD, centralHeader: CENTRAL, localHeader: LOCAL } = ZIP_SIGNATURE;
const MASK32 = 0xffffffff;

function corrupt(fileName: string, kind: string): ImportError {
  return new ImportError(
    'corrupt',
    `Tệp "${fileName}" bị hỏng hoặc chưa được tải về đầy đủ (không đọc được cấu trúc tệp ${kind}). Hãy mở tệp bằng ${kind === '.xlsx' ? 'Excel' : 'Word'} để kiểm tra rồi lưu lại.`,
  );
}

function bomb(fileName: string): ImportError {
  return new ImportError(
    'zip_bomb',
    `Tệp "${fileName}" khi giải nén lớn bất thường (nghi là tệp độc hại "zip bomb"), không thể nhập.`,
  );
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 65_557);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Reads the central directory; throws an ImportError for a truncated or hostile package. */
export function inspectZip(bytes: Uint8Array, fileName: string, kind: '.docx' | '.xlsx'): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const eocd = buf.length >= 22 ? findEndOfCentralDirectory(buf) : -1;
  if (eocd < 0) throw corrupt(fileName, kind);
  let count = buf.readUInt16LE(eocd + 10);
  let directoryOffset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || directoryOffset === MASK32) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const record = Number(buf.readBigUInt64LE(eocd - 12));
    if (record + 56 > buf.length || buf.readUInt32LE(record) !== ZIP64_EOCD) throw corrupt(fileName, kind);
    count = Number(buf.readBigUInt64LE(record + 32));
    directoryOffset = Number(buf.readBigUInt64LE(record + 48));
  }
  if (count > MAX_ZIP_ENTRIES) throw bomb(fileName);
  const entries: ZipEntry[] = [];
  let pos = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== CENTRAL) throw corrupt(fileName, kind);
    const nameLength = buf.readUInt16LE(pos + 28);
    const extraLength = buf.readUInt16LE(pos + 30);
    const commentLength = buf.readUInt16LE(pos + 32);
    const entry: ZipEntry = {
      name: buf.toString('utf8', pos + 46, pos + 46 + nameLength),
      method: buf.readUInt16LE(pos + 10),
      compressedSize: buf.readUInt32LE(pos + 20),
      size: buf.readUInt32LE(pos + 24),
      localOffset: buf.readUInt32LE(pos + 42),
    };
    readZip64Extra(buf, pos + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    pos += 46 + nameLength + extraLength + commentLength;
  }
  let declared = 0;
  for (const entry of entries) {
    declared += entry.size;
    if (declared > MAX_UNPACKED_BYTES) throw bomb(fileName);
    if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * MAX_COMPRESSION_RATIO) throw bomb(fileName);
  }
  for (const entry of entries) verifyEntry(buf, entry, fileName, kind);
  return entries;
}

/** Sizes over 4 GB live in the ZIP64 extra field. */
function readZip64Extra(buf: Buffer, start: number, length: number, entry: ZipEntry): void {
  let pos = start;
  while (pos + 4 <= start + length) {
    const id = buf.readUInt16LE(pos);
    const size = buf.readUInt16LE(pos + 2);
    if (id === 0x0001) {
      let field = pos + 4;
      if (entry.size === MASK32 && field + 8 <= pos + 4 + size) {
        entry.size = Number(buf.readBigUInt64LE(field));
        field += 8;
      }
      if (entry.compressedSize === MASK32 && field + 8 <= pos + 4 + size) {
        entry.compressedSize = Number(buf.readBigUInt64LE(field));
        field += 8;
      }
      if (entry.localOffset === MASK32 && field + 8 <= pos + 4 + size) entry.localOffset = Number(buf.readBigUInt64LE(field));
    }
    pos += 4 + size;
  }
}

/** Inflates an entry with its declared size as the cap: larger output means the package lies. */
function verifyEntry(buf: Buffer, entry: ZipEntry, fileName: string, kind: '.docx' | '.xlsx'): void {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw corrupt(fileName, kind);
  const dataStart = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > buf.length) throw corrupt(fileName, kind);
  const data = buf.subarray(dataStart, dataEnd);
  if (entry.method === ZIP_METHOD.stored) {
    if (entry.compressedSize !== entry.size) throw corrupt(fileName, kind);
    return;
  }
  if (entry.method !== ZIP_METHOD.deflated) throw corrupt(fileName, kind);
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size + 1) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(fileName);
    throw corrupt(fileName, kind);
  }
  if (out.length !== entry.size) throw corrupt(fileName, kind);
}

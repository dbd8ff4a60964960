/**
 * Builders of test files: real .docx, .pdf and .xlsx made by the same libraries staff
 * files come from, and hand-made zip packages for the hostile cases.
 */
import zlib from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';

export const FONT = 'node_modules/@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf';

export async function makeDocx(paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] });
  return Packer.toBuffer(doc);
}

/** A PDF with a Vietnamese text layer (Noto Serif embedded), wrapped at the page margin. */
export function makePdf(paragraphs: readonly string[], options: { textLayer?: boolean } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 72 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    if (options.textLayer === false) {
      // A scan: the page is a picture, drawn here as shapes, with no text at all.
      doc.rect(72, 72, 400, 600).fill('#dddddd');
    } else {
      doc.font(FONT).fontSize(12);
      for (const p of paragraphs) doc.text(p, { align: 'justify' }).moveDown();
    }
    doc.end();
  });
}

export interface ZipEntrySpec {
  name: string;
  /** Content before compression. */
  data: Buffer;
  /** The size written in the directory; a zip bomb lies here. */
  declaredSize?: number;
}

/** A deflated zip built by hand, so tests can make it lie about its sizes. */
export function makeZip(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = zlib.deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = zlib.crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The start of a compound (OLE) file holding an encrypted package: what Word saves with a password. */
export function makeEncryptedOfficeFile(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096);
  Buffer.from('EncryptionInfo', 'utf16le').copy(body, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(body, 1200);
  return Buffer.concat([header, body]);
}

export type SheetRow = (string | number | Date | null)[];

/** A workbook with the given header and rows on the sheet "Chỉ tiêu". */
export async function makeWorkbook(header: readonly string[], rows: readonly SheetRow[], percentColumns: readonly number[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Chỉ tiêu');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  for (const col of percentColumns) sheet.getColumn(col).numFmt = '0.00%';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

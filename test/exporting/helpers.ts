/**
 * What the export tests share: the bundled sample data in a real SQLite file, the
 * exported files written to a temp folder, and readers that open them again the way a
 * user's tools would (the .docx's XML, poppler's pdfinfo, pdffonts and pdftotext).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Db } from '../../electron/db/open';
import { openDatabase } from '../../electron/db/open';
import { loadSampleData } from '../../electron/db/sample';
import { findSessionByNumber } from '../../electron/db/sessions';

export interface SampleDatabase {
  db: Db;
  dir: string;
  file: string;
  /** The 3rd session of 2025: the one whose notice says "mới đạt 39,51%, các tỉnh mới đạt 15,21%". */
  third: number;
  /** The 4th session of 2025. */
  fourth: number;
  /** The 5th session of 2025, the first whose figures include a series reported at three sessions. */
  fifth: number;
  close(): void;
}

/** The sample data in a fresh file; close() removes the folder. */
export function sampleDatabase(): SampleDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exporting-'));
  const file = path.join(dir, 'sample.db');
  const db = openDatabase(file);
  loadSampleData(db);
  const id = (n: number) => {
    const session = findSessionByNumber(db, n, 2025);
    if (!session) throw new Error(`sample data lacks session ${n}`);
    return session.id;
  };
  return {
    db,
    dir,
    file,
    third: id(3),
    fourth: id(4),
    fifth: id(5),
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The parts of a .docx as text, by path inside the package. */
export function docxParts(bytes: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of a .docx part with the XML tags removed, paragraphs on their own lines. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

export function pdfPages(file: string): number {
  return Number(pdfInfo(file).Pages);
}

/** pdffonts' table: one row per font with its name, type, and whether it is embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name, type words..., encoding, emb, sub, uni, object, id: emb is the fifth from the end.
    return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
  });
}

/** The text of the whole PDF, or of one page, as pdftotext reads it. */
export function pdfText(file: string, page?: number, layout = false): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, ...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
}

/** Writes bytes into the folder and returns the path. */
export function save(dir: string, name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

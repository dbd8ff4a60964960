import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../electron/db/documents';
import { openDatabase } from '../../electron/db/open';
import { readIndicatorWorkbook } from '../../electron/importing/readers/xlsx-reader';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';
import { makeDocx } from './helpers/fixtures';

const TEXT = [
  'Ngày 20/9/2025, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp lần thứ tư của Ban Chỉ đạo.',
  'Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 51,6%. Thủ tướng kết luận như sau:',
  'Bộ Nội vụ hoàn thiện cơ sở dữ liệu cán bộ, công chức, hoàn thành trong tháng 12/2025.',
].join('\n');

function writeText(dir: string, name = 'phien-hop.txt'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, TEXT, 'utf8');
  return file;
}

function documentCount(dbFile: string): number {
  const db = openDatabase(dbFile, { mustExist: true });
  try {
    return listDocuments(db).length;
  } finally {
    db.close();
  }
}

describe('cli extract', () => {
  it('prints the extraction as JSON and writes nothing', async () => {
    const dir = tempDir();
    const run = await cli(['extract', writeText(dir), '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      source: 'phien-hop.txt',
      session: { number: 4, date: '2025-09-20', chair: 'Thủ tướng Chính phủ Phạm Minh Chính' },
      indicators: [{ value: 51.6, unit: '%', kind: 'level', qualifier: 'exact' }],
      tasks: [{ lead: 'Bộ Nội vụ', deadline: { kind: 'month', due: '2025-12-31' } }],
    });
    expect(fs.readdirSync(dir)).toEqual(['phien-hop.txt']);
  });

  it('reads a .docx and prints a summary without --json', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'phien-hop.docx');
    fs.writeFileSync(file, await makeDocx(TEXT.split('\n')));
    const run = await cli(['extract', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Bộ Nội vụ (31/12/2025)');
    expect(run.stdout).toContain('51,6 %');
  });

  it('fails with one line in Vietnamese for a file it cannot read', async () => {
    const file = path.join(tempDir(), 'rong.txt');
    fs.writeFileSync(file, '');
    const run = await cli(['extract', file, '--json']);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('rỗng');
  });
});

describe('cli import', () => {
  it('without --yes and without a terminal saves nothing and says so', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'app.db');
    const run = await cli(['import', writeText(dir), '--db', dbFile], false);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('phien-hop.txt: new session of 2025-09-20');
    expect(run.stderr).toContain('Nothing saved');
    expect(documentCount(dbFile)).toBe(0);
  });

  it('saves after confirmation, and the same document twice adds nothing', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'app.db');
    const first = await cli(['import', writeText(dir), '--db', dbFile], true);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Saved: 1 documents, 1 sessions');
    const second = await cli(['import', writeText(dir, 'ban-sao.txt'), '--db', dbFile, '--yes', '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ documents: 0, skippedDocuments: 1, observations: 0, tasks: 0 });
    expect(documentCount(dbFile)).toBe(1);
  });

  it('saves the readable files and fails for the others', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'app.db');
    const bad = path.join(dir, 'anh.txt');
    fs.writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    const run = await cli(['import', writeText(dir), bad, '--db', dbFile, '--yes']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('anh.txt');
    expect(documentCount(dbFile)).toBe(1);
  });
});

describe('cli spreadsheets', () => {
  it('writes the template, and imports a filled spreadsheet', async () => {
    const dir = tempDir();
    const template = path.join(dir, 'mau.xlsx');
    expect((await cli(['xlsx-template', '--out', template])).code).toBe(0);
    await expect(readIndicatorWorkbook(fs.readFileSync(template), 'mau.xlsx')).rejects.toMatchObject({ code: 'no_text' });

    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    workbook.getWorksheet('Chỉ tiêu')!.addRow(['Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '', 'năm 2025', '', 52.3, 80, '31/12/2025', '', 'Báo cáo năm']);
    await workbook.xlsx.writeFile(template);
    const dbFile = path.join(dir, 'app.db');
    const run = await cli(['import-xlsx', template, '--db', dbFile, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ documents: 1, indicators: 1, observations: 1, targets: 1 });
  });
});

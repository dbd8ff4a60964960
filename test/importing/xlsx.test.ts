import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listIndicators, listObservations, listTargets } from '../../electron/db/indicators';
import { openDatabase } from '../../electron/db/open';
import { INDICATOR_COLUMNS, writeIndicatorTemplate } from '../../electron/importing/readers/xlsx-layout';
import { readIndicatorWorkbook } from '../../electron/importing/readers/xlsx-reader';
import { importXlsx } from '../../electron/importing/xlsx-import';
import { tempDir } from '../helpers/temp';
import { makeWorkbook } from './helpers/fixtures';

const HEADER = INDICATOR_COLUMNS.map((c) => c.header);

describe('the indicator spreadsheet', () => {
  it('writes an empty template in the documented layout', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeIndicatorTemplate()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Chỉ tiêu');
    expect(sheet).toBeDefined();
    expect((sheet!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(sheet!.actualRowCount).toBe(1);
    expect(workbook.getWorksheet('Hướng dẫn')?.actualRowCount).toBeGreaterThan(HEADER.length);
    expect(sheet!.getCell('I2').dataValidation.formulae).toEqual(['"Cao hơn tốt hơn,Thấp hơn tốt hơn"']);
  });

  it('reads rows typed the Vietnamese way, with dates, percent cells and defaults', async () => {
    // Columns are found by their header, whatever their order.
    const bytes = await makeWorkbook(
      [...HEADER].reverse(),
      [
        ['Báo cáo 9 tháng', 'Cao hơn tốt hơn', new Date(Date.UTC(2025, 11, 31)), '80', '46,7', '30/09/2025', '9 tháng đầu năm 2025', 'Cả nước', '%', 'Tỷ lệ hồ sơ trực tuyến toàn trình'],
        [null, 'Thấp hơn tốt hơn', null, null, 12, null, 'năm 2025', 'các tỉnh', 'ngày', 'Thời gian giải quyết hồ sơ đất đai'],
      ],
    );
    const rows = await readIndicatorWorkbook(bytes, 'bang.xlsx');
    expect(rows).toEqual([
      {
        row: 2,
        name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
        unit: '%',
        scope: null,
        period: '9 tháng đầu năm 2025',
        asOf: '2025-09-30',
        value: 46.7,
        target: 80,
        targetDue: '2025-12-31',
        direction: 'higher_is_better',
        source: 'Báo cáo 9 tháng',
      },
      {
        row: 3,
        name: 'Thời gian giải quyết hồ sơ đất đai',
        unit: 'ngày',
        scope: 'các tỉnh',
        period: 'năm 2025',
        asOf: '2025-12-31',
        value: 12,
        target: null,
        targetDue: null,
        direction: 'lower_is_better',
        source: null,
      },
    ]);
  });

  it('reads a cell formatted as percent as a percentage', async () => {
    const bytes = await makeWorkbook(HEADER, [['Tỷ lệ thanh toán không dùng tiền mặt', '', '', '', new Date(Date.UTC(2025, 5, 30)), 0.625, null, null, '', '']], [6]);
    expect((await readIndicatorWorkbook(bytes, 'a.xlsx'))[0]).toMatchObject({ value: 62.5, unit: '%' });
  });

  it('refuses the whole sheet, naming the rows to fix', async () => {
    const bytes = await makeWorkbook(HEADER, [
      ['Số nền tảng số dùng chung', 'nền tảng', '', '', '31/12/2025', 'mười hai', null, null, '', ''],
      ['', '', '', '', '', 5, null, null, '', ''],
      ['Số cơ sở dữ liệu quốc gia', 'CSDL', '', '', '', null, 12, null, 'Tăng dần', ''],
    ]);
    const error = (await readIndicatorWorkbook(bytes, 'loi.xlsx').catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ code: 'spreadsheet_layout' });
    expect(error.message).toContain('dòng 2: giá trị "mười hai" không phải là số');
    expect(error.message).toContain('dòng 3: thiếu tên chỉ tiêu');
    expect(error.message).toContain('dòng 4: có Mục tiêu nhưng thiếu Hạn mục tiêu');
  });

  it('refuses a workbook in another layout, a truncated one and an empty file', async () => {
    const other = await makeWorkbook(['Tên', 'Số'], [['a', 1]]);
    await expect(readIndicatorWorkbook(other, 'khac.xlsx')).rejects.toThrow(/không đúng mẫu bảng chỉ tiêu/u);
    const good = await makeWorkbook(HEADER, [['Tỷ lệ', '%', '', '', '31/12/2025', 5, null, null, '', '']]);
    await expect(readIndicatorWorkbook(good.subarray(0, good.length - 200), 'cut.xlsx')).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readIndicatorWorkbook(Buffer.alloc(0), 'rong.xlsx')).rejects.toMatchObject({ code: 'empty' });
  });

  it('imports figures and targets once, with their row as evidence', async () => {
    const db = openDatabase(path.join(tempDir(), 'xlsx.db'));
    try {
      const bytes = await makeWorkbook(HEADER, [
        ['Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '', '6 tháng đầu năm 2025', '', 39.51, 80, '31/12/2025', '', ''],
        ['Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 'các tỉnh', '6 tháng đầu năm 2025', '', 15.21, null, null, '', 'Báo cáo Bộ KH&CN'],
      ]);
      const first = await importXlsx(db, bytes, 'bang.xlsx');
      expect(first).toMatchObject({ documents: 1, indicators: 1, observations: 2, targets: 1, skippedDocuments: 0 });
      const [indicator] = listIndicators(db);
      const observations = listObservations(db, indicator!.id);
      expect(observations.map((o) => [o.value, o.asOf, o.scope, o.evidence])).toEqual([
        [39.51, '2025-06-30', null, 'bang.xlsx, dòng 2'],
        [15.21, '2025-06-30', 'các tỉnh', 'Báo cáo Bộ KH&CN'],
      ]);
      expect(listTargets(db, indicator!.id).map((t) => [t.value, t.dueDate])).toEqual([[80, '2025-12-31']]);
      const again = await importXlsx(db, bytes, 'bang.xlsx');
      expect(again).toMatchObject({ documents: 0, skippedDocuments: 1, observations: 0 });
      expect(listObservations(db, indicator!.id)).toHaveLength(2);
    } finally {
      db.close();
    }
  });

  it('imports a sheet of many figures whole, a row repeated in the sheet once', async () => {
    const db = openDatabase(path.join(tempDir(), 'xlsx-many.db'));
    try {
      const provinces = Array.from({ length: 34 }, (_, i) => `Tỉnh thứ ${i + 1}`);
      const row = (scope: string, i: number) => ['Tỷ lệ dân số có chữ ký số', '%', scope, 'năm 2025', '31/12/2025', 20 + i / 4, null, null, '', ''];
      const bytes = await makeWorkbook(HEADER, [...provinces.map(row), row('Tỉnh thứ 7', 99)]);
      expect(await importXlsx(db, bytes, 'tinh.xlsx')).toMatchObject({ observations: 34, skippedDuplicates: 1 });
      const [indicator] = listIndicators(db);
      const saved = listObservations(db, indicator!.id).sort((a, b) => a.id - b.id);
      expect(saved.map((o) => [o.scope, o.value])).toEqual(provinces.map((scope, i) => [scope, 20 + i / 4]));
      expect(saved.map((o) => o.evidence)).toEqual(provinces.map((_, i) => `tinh.xlsx, dòng ${i + 2}`));
    } finally {
      db.close();
    }
  });
});

/**
 * Reads indicator figures and targets from a workbook in the documented layout
 * (xlsx-layout.ts). Every row is checked; a workbook with any bad row is refused as
 * a whole, with the rows to fix named, so nothing is imported half.
 *
 * ExcelJS is loaded when a workbook is first read (or the template written,
 * xlsx-layout.ts): loaded with the app it held 28 MiB resident in every process, the
 * command line's and the bench's too, most of which never open a spreadsheet.
 */
import type ExcelJS from 'exceljs';
import type { IsoDate } from '../../domain/model';
import { foldVietnamese, nfc } from '../../domain/vietnamese';
import { ImportError } from '../errors';
import { isoDate, periodEnd } from '../extraction/dates';
import { parseNumberToken } from '../extraction/numbers';
import { formatMegabytes, MAX_FILE_BYTES } from './limits';
import { isEncryptedOfficeFile, sniffFormat } from './sniff';
import type { IndicatorColumn } from './xlsx-layout';
import type { SheetRowView } from '../../domain/views';
import { INDICATOR_COLUMNS, SHEET_NAME } from './xlsx-layout';
import { inspectZip } from './zip-guard';

/** A row of the spreadsheet as read; the same shape the import screen shows. */
export type IndicatorSheetRow = SheetRowView;

/** Problems shown at most, so the message stays readable. */
const MAX_PROBLEMS = 8;

function layoutError(message: string): ImportError {
  return new ImportError('spreadsheet_layout', message);
}

function cellValue(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if ('result' in v) return v.result;
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return v.text;
  }
  return value;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cellValue(cell);
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return nfc(String(value)).trim();
}

/** A number as Excel stores it or as staff type it ("39,51", "39,51%", "1.259.499"). */
function cellNumber(cell: ExcelJS.Cell): { value: number | null; percent: boolean; invalid: boolean } {
  const value = cellValue(cell);
  if (value == null || value === '') return { value: null, percent: false, invalid: false };
  if (typeof value === 'number') {
    const percent = /%/u.test(cell.numFmt ?? '');
    return { value: percent ? Math.round(value * 100 * 1e9) / 1e9 : value, percent, invalid: false };
  }
  const text = String(value).trim().replace(/\s/gu, '');
  const percent = text.endsWith('%');
  const parsed = parseNumberToken(text.replace(/%$/u, ''));
  return { value: parsed, percent, invalid: parsed == null };
}

/** A date cell, or text as dd/mm/yyyy or yyyy-mm-dd. */
function cellDate(cell: ExcelJS.Cell): { value: IsoDate | null; invalid: boolean } {
  const value = cellValue(cell);
  if (value == null || value === '') return { value: null, invalid: false };
  if (value instanceof Date) {
    return { value: isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()), invalid: false };
  }
  const text = String(value).trim();
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  const date = vi ? isoDate(Number(vi[3]), Number(vi[2]), Number(vi[1])) : iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
  return { value: date, invalid: date == null };
}

/** The end date of a period that names its year ("6 tháng đầu năm 2025"); null when it does not. */
function periodEndDate(period: string): IsoDate | null {
  const year = /(\d{4})/u.exec(period)?.[1];
  return year ? periodEnd(period, `${year}-12-31`) : null;
}

function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Map<IndicatorColumn, number> } | null {
  const wanted = new Map(INDICATOR_COLUMNS.map((c) => [foldVietnamese(c.header), c.key]));
  for (let r = 1; r <= Math.min(10, sheet.rowCount); r++) {
    const columns = new Map<IndicatorColumn, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const key = wanted.get(foldVietnamese(cellText(cell)).replace(/\s+/gu, ' '));
      if (key && !columns.has(key)) columns.set(key, col);
    });
    if (columns.has('name') && (columns.has('value') || columns.has('target'))) return { row: r, columns };
  }
  return null;
}

async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new ImportError('empty', `Tệp "${fileName}" rỗng, không có nội dung để nhập.`);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportError('too_large', `Tệp "${fileName}" dung lượng ${formatMegabytes(bytes.length)}, vượt giới hạn ${formatMegabytes(MAX_FILE_BYTES)}.`);
  }
  const format = sniffFormat(bytes);
  if (format === 'ole') {
    throw isEncryptedOfficeFile(bytes)
      ? new ImportError('encrypted', `Tệp "${fileName}" được bảo vệ bằng mật khẩu. Hãy gỡ mật khẩu trong Excel rồi nhập lại.`)
      : new ImportError('unsupported_type', `Tệp "${fileName}" là bảng tính Excel 97-2003 (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`);
  }
  if (format !== 'xlsx' && format !== 'zip') {
    throw new ImportError('wrong_extension', `Tệp "${fileName}" không phải bảng tính Excel (.xlsx).`);
  }
  const entries = inspectZip(bytes, fileName, '.xlsx');
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new ImportError('wrong_extension', `Tệp "${fileName}" không phải bảng tính Excel (.xlsx).`);
  }
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportError('corrupt', `Tệp "${fileName}" bị hỏng, Excel không đọc được nội dung. Hãy mở tệp bằng Excel để kiểm tra rồi lưu lại.`);
  }
  return workbook;
}

/** Reads the rows of the indicator sheet; throws an ImportError listing the rows to fix. */
export async function readIndicatorWorkbook(bytes: Uint8Array, fileName: string): Promise<IndicatorSheetRow[]> {
  const workbook = await loadWorkbook(bytes, fileName);
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  const header = sheet ? findHeader(sheet) : null;
  if (!sheet || !header) {
    throw layoutError(
      `Tệp "${fileName}" không đúng mẫu bảng chỉ tiêu: cần dòng tiêu đề với các cột ${INDICATOR_COLUMNS.map((c) => `"${c.header}"`).join(', ')}. Hãy dùng tệp mẫu của ứng dụng.`,
    );
  }
  const rows: IndicatorSheetRow[] = [];
  const problems: string[] = [];
  const at = (row: ExcelJS.Row, key: IndicatorColumn) => {
    const col = header.columns.get(key);
    return col ? row.getCell(col) : null;
  };
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const text = (key: IndicatorColumn) => {
      const cell = at(row, key);
      return cell ? cellText(cell) : '';
    };
    const name = text('name');
    const valueCell = at(row, 'value');
    const targetCell = at(row, 'target');
    const value = valueCell ? cellNumber(valueCell) : { value: null, percent: false, invalid: false };
    const target = targetCell ? cellNumber(targetCell) : { value: null, percent: false, invalid: false };
    const allEmpty = INDICATOR_COLUMNS.every((c) => text(c.key) === '');
    if (allEmpty) continue;
    const rowProblems: string[] = [];
    if (!name) rowProblems.push('thiếu tên chỉ tiêu');
    if (value.invalid) rowProblems.push(`giá trị "${text('value')}" không phải là số`);
    if (target.invalid) rowProblems.push(`mục tiêu "${text('target')}" không phải là số`);
    if (value.value == null && target.value == null && !value.invalid && !target.invalid) rowProblems.push('cần có Giá trị hoặc Mục tiêu');
    const period = text('period') || null;
    const asOfCell = at(row, 'asOf');
    const asOfRead = asOfCell ? cellDate(asOfCell) : { value: null, invalid: false };
    if (asOfRead.invalid) rowProblems.push(`ngày số liệu "${text('asOf')}" không đúng dạng ngày/tháng/năm`);
    const asOf = asOfRead.value ?? (period ? periodEndDate(period) : null);
    if (value.value != null && asOf == null && !asOfRead.invalid) rowProblems.push('thiếu Ngày số liệu (hoặc Kỳ số liệu có ghi năm)');
    const dueCell = at(row, 'targetDue');
    const dueRead = dueCell ? cellDate(dueCell) : { value: null, invalid: false };
    if (dueRead.invalid) rowProblems.push(`hạn mục tiêu "${text('targetDue')}" không đúng dạng ngày/tháng/năm`);
    if (target.value != null && dueRead.value == null && !dueRead.invalid) rowProblems.push('có Mục tiêu nhưng thiếu Hạn mục tiêu');
    const directionText = foldVietnamese(text('direction'));
    if (directionText && !/^(cao|thap) hon tot hon$/u.test(directionText)) {
      rowProblems.push(`chiều "${text('direction')}" phải là "Cao hơn tốt hơn" hoặc "Thấp hơn tốt hơn"`);
    }
    if (rowProblems.length > 0) {
      problems.push(`dòng ${r}: ${rowProblems.join(', ')}`);
      continue;
    }
    const scope = text('scope');
    rows.push({
      row: r,
      name,
      unit: text('unit') || (value.percent || target.percent ? '%' : ''),
      scope: scope === '' || foldVietnamese(scope) === 'ca nuoc' ? null : scope,
      period,
      asOf,
      value: value.value,
      target: target.value,
      targetDue: dueRead.value,
      direction: directionText.startsWith('thap') ? 'lower_is_better' : 'higher_is_better',
      source: text('source') || null,
    });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS).join('; ');
    const more = problems.length > MAX_PROBLEMS ? ` và ${problems.length - MAX_PROBLEMS} dòng khác` : '';
    throw layoutError(`Bảng chỉ tiêu trong tệp "${fileName}" có dòng chưa hợp lệ, chưa nhập gì: ${shown}${more}.`);
  }
  if (rows.length === 0) throw new ImportError('no_text', `Bảng chỉ tiêu trong tệp "${fileName}" chưa có dòng số liệu nào.`);
  return rows;
}

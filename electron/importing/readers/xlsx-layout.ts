/**
 * The documented spreadsheet layout for indicator figures and targets: one row per
 * figure, columns found by their header (in any order) on the sheet "Chỉ tiêu".
 *
 * | Chỉ tiêu | Đơn vị | Phạm vi | Kỳ số liệu | Ngày số liệu | Giá trị | Mục tiêu | Hạn mục tiêu | Chiều | Nguồn |
 *
 * - Chỉ tiêu: the indicator's name (required).
 * - Đơn vị: "%", "hồ sơ", "tỷ đồng" ...; a cell formatted as percent in Excel counts as "%".
 * - Phạm vi: empty or "Cả nước" = nationwide; else "các tỉnh", "các bộ", an agency.
 * - Kỳ số liệu: the period as worded ("6 tháng đầu năm 2025").
 * - Ngày số liệu: the date the value stands at; when empty it is read from Kỳ số liệu.
 * - Giá trị: the actual; Mục tiêu: the target; each row needs at least one of them.
 * - Hạn mục tiêu: the date the target is due (required with Mục tiêu).
 * - Chiều: "Cao hơn tốt hơn" (default) or "Thấp hơn tốt hơn".
 * - Nguồn: where the figure comes from; kept as its evidence.
 */

export type IndicatorColumn =
  | 'name'
  | 'unit'
  | 'scope'
  | 'period'
  | 'asOf'
  | 'value'
  | 'target'
  | 'targetDue'
  | 'direction'
  | 'source';

export interface ColumnSpec {
  key: IndicatorColumn;
  header: string;
  width: number;
  help: string;
}

export const INDICATOR_COLUMNS: readonly ColumnSpec[] = [
  { key: 'name', header: 'Chỉ tiêu', width: 48, help: 'Tên chỉ tiêu (bắt buộc), ví dụ: Tỷ lệ hồ sơ trực tuyến toàn trình.' },
  { key: 'unit', header: 'Đơn vị', width: 14, help: 'Đơn vị tính: %, hồ sơ, tỷ đồng... Ô định dạng phần trăm trong Excel được hiểu là %.' },
  { key: 'scope', header: 'Phạm vi', width: 20, help: 'Để trống hoặc "Cả nước" nếu là số liệu cả nước; hoặc "các tỉnh", "các bộ", tên một cơ quan.' },
  { key: 'period', header: 'Kỳ số liệu', width: 24, help: 'Kỳ số liệu như văn bản ghi, ví dụ: 6 tháng đầu năm 2025.' },
  { key: 'asOf', header: 'Ngày số liệu', width: 14, help: 'Ngày chốt số liệu (ngày/tháng/năm). Để trống thì lấy ngày cuối của kỳ số liệu.' },
  { key: 'value', header: 'Giá trị', width: 12, help: 'Kết quả thực hiện (số). Mỗi dòng cần Giá trị hoặc Mục tiêu.' },
  { key: 'target', header: 'Mục tiêu', width: 12, help: 'Giá trị mục tiêu (số).' },
  { key: 'targetDue', header: 'Hạn mục tiêu', width: 14, help: 'Ngày phải đạt mục tiêu (bắt buộc khi có Mục tiêu).' },
  { key: 'direction', header: 'Chiều', width: 18, help: '"Cao hơn tốt hơn" (mặc định) hoặc "Thấp hơn tốt hơn".' },
  { key: 'source', header: 'Nguồn', width: 40, help: 'Nguồn số liệu (văn bản, báo cáo), được lưu làm căn cứ.' },
];

export const SHEET_NAME = 'Chỉ tiêu';
export const DIRECTION_LABELS = { higher_is_better: 'Cao hơn tốt hơn', lower_is_better: 'Thấp hơn tốt hơn' } as const;

/** Rows of the template with input help: enough for a session's indicator table. */
const TEMPLATE_ROWS = 500;

/** An empty workbook in the layout, with a help sheet; returns the .xlsx bytes. */
export async function writeIndicatorTemplate(): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Chuẩn bị phiên họp Ban Chỉ đạo';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = INDICATOR_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  INDICATOR_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).note = c.help;
  });
  for (const key of ['asOf', 'targetDue'] as const) sheet.getColumn(key).numFmt = 'dd/mm/yyyy';
  const directionColumn = INDICATOR_COLUMNS.findIndex((c) => c.key === 'direction') + 1;
  for (let row = 2; row <= TEMPLATE_ROWS + 1; row++) {
    sheet.getCell(row, directionColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${DIRECTION_LABELS.higher_is_better},${DIRECTION_LABELS.lower_is_better}"`],
      showErrorMessage: true,
      errorTitle: 'Chiều không hợp lệ',
      error: 'Chọn "Cao hơn tốt hơn" hoặc "Thấp hơn tốt hơn".',
    };
  }
  const help = workbook.addWorksheet('Hướng dẫn');
  help.columns = [
    { header: 'Cột', key: 'header', width: 18 },
    { header: 'Cách nhập', key: 'help', width: 100 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of INDICATOR_COLUMNS) help.addRow({ header: c.header, help: c.help });
  help.addRow({});
  help.addRow({ header: 'Lưu ý', help: 'Số thập phân dùng dấu phẩy (39,51); mỗi dòng là một số liệu hoặc một mục tiêu của một chỉ tiêu.' });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

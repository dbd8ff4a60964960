/**
 * Data tables in the PDF: fixed column widths over the text width, a bold header row
 * repeated at the top of every page the table runs onto, numbers right-aligned. Each
 * cell is broken into lines once; the same lines give the row height and are drawn.
 */
import type { TableBlock, TableRow } from './document-model';
import { CELL_PADDING } from './page-geometry';
import type { PdfFlow } from './pdf-flow';
import type { Line, LineAlign } from './pdf-text';

/** Word and LibreOffice count the 0.5-pt border into each row's height. */
const BORDER_WIDTH = 0.5;

interface LaidCell {
  lines: Line[];
  x: number;
  width: number;
  align: LineAlign;
}

interface LaidRow {
  cells: LaidCell[];
  height: number;
}

function columnGeometry(table: TableBlock, left: number, width: number): Array<{ x: number; width: number }> {
  const sum = table.columns.reduce((a, c) => a + c.weight, 0);
  let x = left;
  return table.columns.map((c) => {
    const w = (width * c.weight) / sum;
    const col = { x, width: w };
    x += w;
    return col;
  });
}

function layRow(
  flow: PdfFlow,
  size: number,
  texts: ReadonlyArray<{ text: string; x: number; width: number; align: LineAlign }>,
  bold: boolean,
): LaidRow {
  const lineHeight = flow.text.lineHeight(size);
  const cells = texts.map((t) => ({
    lines: flow.text.wrap([{ text: t.text, bold }], size, t.width - 2 * CELL_PADDING.horizontal),
    x: t.x,
    width: t.width,
    align: t.align,
  }));
  const lines = Math.max(1, ...cells.map((c) => c.lines.length));
  return { cells, height: lines * lineHeight + 2 * CELL_PADDING.vertical + BORDER_WIDTH };
}

function drawRow(flow: PdfFlow, size: number, row: LaidRow, left: number, width: number, verticalCenter: boolean): void {
  const lineHeight = flow.text.lineHeight(size);
  const top = flow.y;
  for (const cell of row.cells) {
    const textHeight = cell.lines.length * lineHeight;
    const offset = verticalCenter ? (row.height - 2 * CELL_PADDING.vertical - textHeight) / 2 : 0;
    flow.drawLines(cell.lines, cell.x + CELL_PADDING.horizontal, top + CELL_PADDING.vertical + offset, cell.width - 2 * CELL_PADDING.horizontal, {
      size,
      align: cell.align,
    });
  }
  const bottom = top + row.height;
  flow.line(left, top, left + width, top);
  flow.line(left, bottom, left + width, bottom);
  flow.line(left, top, left, bottom);
  for (const cell of row.cells) flow.line(cell.x + cell.width, top, cell.x + cell.width, bottom);
  flow.y = bottom;
}

function layBodyRow(flow: PdfFlow, size: number, table: TableBlock, row: TableRow, columns: Array<{ x: number; width: number }>): LaidRow {
  return layRow(
    flow,
    size,
    table.columns.map((c, i) => ({ text: row.cells[i] ?? '', x: columns[i]?.x ?? 0, width: columns[i]?.width ?? 0, align: c.align })),
    row.bold ?? false,
  );
}

function tableSize(flow: PdfFlow, table: TableBlock): number {
  return table.small ? flow.layout.fontSizes.smallTable : flow.layout.fontSizes.table;
}

function layHeader(flow: PdfFlow, table: TableBlock, columns: Array<{ x: number; width: number }>): LaidRow {
  return layRow(
    flow,
    tableSize(flow, table),
    table.columns.map((c, i) => ({ text: c.header, x: columns[i]?.x ?? 0, width: columns[i]?.width ?? 0, align: 'center' as const })),
    true,
  );
}

function captionStyle(flow: PdfFlow) {
  const { layout } = flow;
  return { size: layout.fontSizes.caption, align: 'center' as const, spacing: layout.lineSpacing, before: layout.paragraphSpacing, after: layout.paragraphSpacing };
}

/**
 * What must fit at the foot of a page for the table to start there: its caption, its
 * header row and its first row. A heading before the table keeps this much with it.
 */
export function tableLeadHeight(flow: PdfFlow, table: TableBlock): number {
  const columns = columnGeometry(table, flow.left, flow.width);
  const first = table.rows[0];
  const caption = table.caption ? flow.measure([{ text: table.caption, bold: true }], captionStyle(flow)) + 2 * flow.layout.paragraphSpacing : 0;
  const firstRow = first ? layBodyRow(flow, tableSize(flow, table), table, first, columns).height : 0;
  return caption + layHeader(flow, table, columns).height + firstRow;
}

/** Draws a table in the running text, breaking between rows and repeating the header row. */
export function drawTable(flow: PdfFlow, table: TableBlock): void {
  const { layout } = flow;
  const columns = columnGeometry(table, flow.left, flow.width);
  const size = tableSize(flow, table);
  const header = layHeader(flow, table, columns);
  const rows = table.rows.map((row) => layBodyRow(flow, size, table, row, columns));
  const caption = table.caption ? [{ text: table.caption, bold: true }] : null;
  // The caption, the header row and the first row stay together.
  flow.ensure((caption ? flow.measure(caption, captionStyle(flow)) + 2 * layout.paragraphSpacing : 0) + header.height + (rows[0]?.height ?? 0));
  if (caption) flow.paragraph(caption, captionStyle(flow));
  drawRow(flow, size, header, flow.left, flow.width, true);
  for (const row of rows) {
    if (flow.y + row.height > flow.bottom) {
      flow.newPage();
      drawRow(flow, size, header, flow.left, flow.width, true);
    }
    drawRow(flow, size, row, flow.left, flow.width, false);
  }
  // The gap of the paragraph Word keeps after every table.
  flow.y += layout.paragraphSpacing;
}

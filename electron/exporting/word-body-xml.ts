/**
 * WordprocessingML for the body blocks, which grow with the data: paragraphs, headings,
 * list items, data tables, charts (word-pictures.ts). docx's object tree costs about
 * 40 µs per element to compile (one 2,000-row table took 0.9 s), so these blocks are
 * written straight to XML that names the styles of word-styles.ts; word-renderer.ts
 * splices it into docx's package.
 */
import type { Appendix, Block, ChartBlock, PageLayout, TableBlock, TextRun } from './document-model';
import { CELL_PADDING, distribute, halfPoints, mmToTwips, textWidthMm } from './page-geometry';
import { STYLE } from './word-styles';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids, which is why they are matched.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
// eslint-disable-next-line no-control-regex -- the same characters, with the three that need escaping.
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** XML text content, NFC, without the control characters XML 1.0 forbids. */
export function escapeXmlText(text: string): string {
  const nfc = text.normalize('NFC');
  // Most cells need nothing: one test instead of two replacements each.
  if (!NEEDS_ESCAPE.test(nfc)) return nfc;
  return nfc.replace(/[&<>]/g, (c) => XML_ESCAPES[c] ?? c).replace(FORBIDDEN_IN_XML, '');
}

function runXml(run: TextRun & { size?: number }): string {
  const size = run.size ? `<w:sz w:val="${halfPoints(run.size)}"/><w:szCs w:val="${halfPoints(run.size)}"/>` : '';
  const props = `${run.bold ? '<w:b/>' : ''}${run.italic ? '<w:i/>' : ''}${size}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXmlText(run.text)}</w:t></w:r>`;
}

export function paragraphXml(style: string, runs: ReadonlyArray<TextRun & { size?: number }>, extraProps = ''): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extraProps}</w:pPr>${runs.map(runXml).join('')}</w:p>`;
}

/** Twips of the text area: the data tables fill it exactly, so Word and LibreOffice agree. */
export function textWidthTwips(layout: PageLayout): number {
  return mmToTwips(textWidthMm(layout));
}

const CELL_MARGINS = `<w:tblCellMar><w:top w:w="${CELL_PADDING.vertical * 20}" w:type="dxa"/><w:left w:w="${CELL_PADDING.horizontal * 20}" w:type="dxa"/><w:bottom w:w="${CELL_PADDING.vertical * 20}" w:type="dxa"/><w:right w:w="${CELL_PADDING.horizontal * 20}" w:type="dxa"/></w:tblCellMar>`;

const GRID_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
  .join('')}</w:tblBorders>`;

function cellXml(width: number, paragraph: string, extraProps = ''): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${extraProps}</w:tcPr>${paragraph}</w:tc>`;
}

/**
 * The rows of a table. The opening of each column's cell (width, style) is built once
 * per table and the cells only add their text, which keeps a 2,000-row table quick.
 */
function rowsXml(table: TableBlock, widths: readonly number[], size: number | undefined): string {
  const sizeProps = size ? `<w:sz w:val="${halfPoints(size)}"/><w:szCs w:val="${halfPoints(size)}"/>` : '';
  const runOpen = (bold: boolean) => {
    const props = `${bold ? '<w:b/>' : ''}${sizeProps}`;
    return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">`;
  };
  const plainRun = runOpen(false);
  const boldRun = runOpen(true);
  const cellOpen = table.columns.map(
    (column, i) =>
      `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 0}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${STYLE.tableText[column.align]}"/></w:pPr>`,
  );
  const cellClose = '</w:t></w:r></w:p></w:tc>';
  const parts: string[] = [];
  for (const row of table.rows) {
    parts.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    const run = row.bold ? boldRun : plainRun;
    cellOpen.forEach((open, i) => parts.push(open, run, escapeXmlText(row.cells[i] ?? ''), cellClose));
    parts.push('</w:tr>');
  }
  return parts.join('');
}

function tableXml(table: TableBlock, layout: PageLayout): string {
  const total = textWidthTwips(layout);
  const widths = distribute(
    total,
    table.columns.map((c) => c.weight),
  );
  const caption = table.caption ? paragraphXml(STYLE.tableCaption, [{ text: table.caption }]) : '';
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const props = `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${GRID_BORDERS}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}<w:tblLook w:val="0000"/></w:tblPr>`;
  // The header row repeats on every page (tblHeader) and never splits.
  const size = table.small ? layout.fontSizes.smallTable : undefined;
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${table.columns
    .map((column, i) => cellXml(widths[i] ?? 0, paragraphXml(STYLE.tableHeader, [{ text: column.header, size }]), '<w:vAlign w:val="center"/>'))
    .join('')}</w:tr>`;
  const rows = rowsXml(table, widths, size);
  return `${caption}<w:tbl>${props}${grid}${header}${rows}</w:tbl>${tableSpacer(layout)}`;
}

/**
 * Word needs a paragraph after a table (or it merges two tables, or cannot end the
 * body); this one is exactly the paragraph spacing high, the gap the PDF leaves too.
 */
function tableSpacer(layout: PageLayout): string {
  const line = Math.round(layout.paragraphSpacing * 20);
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="${line}" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>`;
}

/** The XML of a chart: its caption and picture, numbered by the Word file being written. */
export type ChartXml = (chart: ChartBlock) => string;

function blockXml(block: Block, layout: PageLayout, chartXml: ChartXml): string {
  switch (block.kind) {
    case 'heading':
      return paragraphXml(STYLE.heading[block.level - 1] ?? STYLE.body, [{ text: `${block.label} ${block.text}` }]);
    case 'paragraph':
      return paragraphXml(STYLE.body, block.runs);
    case 'listItem':
      return paragraphXml(STYLE.body, [{ text: `${block.marker} ` }, ...block.runs]);
    case 'table':
      return tableXml(block, layout);
    case 'chart':
      return chartXml(block);
  }
}

/** The XML of body blocks, in order. */
export function blocksXml(blocks: readonly Block[], layout: PageLayout, chartXml: ChartXml): string {
  return blocks.map((block) => blockXml(block, layout, chartXml)).join('');
}

/** The centred heading of an appendix, on a page of its own: label, title and note. */
export function appendixHeadXml(appendix: Appendix): string {
  const lines = [
    paragraphXml(STYLE.centered, [{ text: appendix.label, bold: true }], '<w:pageBreakBefore/>'),
    paragraphXml(STYLE.centered, [{ text: appendix.title, bold: true }]),
  ];
  if (appendix.note) lines.push(paragraphXml(STYLE.centered, [{ text: appendix.note, italic: true }]));
  lines.push(`<w:p><w:pPr><w:pStyle w:val="${STYLE.centered}"/></w:pPr></w:p>`);
  return lines.join('');
}

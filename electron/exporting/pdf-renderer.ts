/**
 * Renders the document model to the PDF printed for the meeting: the same layout as the
 * Word file (A4, the decree's margins, header and signature tables, page numbers from
 * page 2), every font embedded and covering Vietnamese, charts drawn as vectors.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { chartSvgForPdf } from './chart-rendering';
import type { Appendix, Block, ChartBlock, DocumentModel, TextRun } from './document-model';
import type { FontFace, FontSet } from './font-files';
import { loadFontSet } from './font-files';
import { A4, AGENCY_RULE_SHARE, DRAFT_BOX_WIDTH, RULE_GAP, SUMMARY_RULE_SHARE, mmToPt } from './page-geometry';
import type { ParagraphStyle } from './pdf-flow';
import { PdfFlow } from './pdf-flow';
import { drawTable, tableLeadHeight } from './pdf-table';
import { PdfText } from './pdf-text';

function bodyStyle(flow: PdfFlow): ParagraphStyle {
  const { layout } = flow;
  return {
    size: layout.fontSizes.body,
    align: 'justify',
    indent: mmToPt(layout.firstLineIndent),
    spacing: layout.lineSpacing,
    after: layout.paragraphSpacing,
  };
}

/** Centred lines in a column of the header or signature table; returns the height used. */
function columnLines(flow: PdfFlow, runs: TextRun[], size: number, x: number, y: number, width: number, spacing = flow.layout.lineSpacing): number {
  const lines = flow.text.wrap(runs, size, width);
  return flow.drawLines(lines, x, y, width, { size, align: 'center', spacing });
}

function drawHeader(flow: PdfFlow, model: DocumentModel): void {
  const { header, layout } = model;
  const sizes = layout.fontSizes;
  const leftWidth = flow.width * layout.headerLeftShare;
  const rightX = flow.left + leftWidth;
  const rightWidth = flow.width - leftWidth;
  const top = flow.y;

  let y = top;
  if (header.parentAgency) y += columnLines(flow, [{ text: header.parentAgency }], sizes.parentAgency, flow.left, y, leftWidth);
  y += columnLines(flow, [{ text: header.agency, bold: true }], sizes.agency, flow.left, y, leftWidth);
  const agencyRule = leftWidth * AGENCY_RULE_SHARE;
  flow.line(flow.left + (leftWidth - agencyRule) / 2, y + RULE_GAP, flow.left + (leftWidth + agencyRule) / 2, y + RULE_GAP);
  const leftBottom = y + RULE_GAP;

  let r = top + columnLines(flow, [{ text: header.nation, bold: true }], sizes.nation, rightX, top, rightWidth);
  const motto = [{ text: header.motto, bold: true }];
  r += columnLines(flow, motto, sizes.motto, rightX, r, rightWidth);
  // The motto's rule is exactly as long as the motto, as Word's underline draws it.
  const mottoWidth = Math.min(flow.text.width(motto, sizes.motto), rightWidth);
  const underline = r - flow.text.lineHeight(sizes.motto, layout.lineSpacing) + sizes.motto * 1.02;
  flow.line(rightX + (rightWidth - mottoWidth) / 2, underline, rightX + (rightWidth + mottoWidth) / 2, underline);

  const second = Math.max(leftBottom, r) + layout.paragraphSpacing;
  const numberHeight = columnLines(flow, [{ text: header.numberLine }], sizes.number, flow.left, second, leftWidth);
  const dateHeight = columnLines(flow, [{ text: header.placeDate, italic: true }], sizes.placeDate, rightX, second, rightWidth);
  flow.y = second + Math.max(numberHeight, dateHeight);
}

function drawTitle(flow: PdfFlow, model: DocumentModel): void {
  const { title, layout } = model;
  const sizes = layout.fontSizes;
  const centered = (size: number): ParagraphStyle => ({ size, align: 'center', spacing: layout.lineSpacing });
  flow.y += 3 * layout.paragraphSpacing;
  flow.paragraph([{ text: title.documentType, bold: true }], centered(sizes.documentType));
  flow.paragraph([{ text: title.summary, bold: true }], centered(sizes.summary));
  const rule = flow.width * SUMMARY_RULE_SHARE;
  flow.line(flow.left + (flow.width - rule) / 2, flow.y + RULE_GAP, flow.left + (flow.width + rule) / 2, flow.y + RULE_GAP);
  flow.y += RULE_GAP + 2 * layout.paragraphSpacing;
}

function drawChart(flow: PdfFlow, chart: ChartBlock): void {
  const caption = chartCaption(flow, chart);
  const width = mmToPt(chart.width);
  const height = mmToPt(chart.height);
  flow.ensure(leadHeight(flow, chart));
  flow.paragraph(caption.runs, caption.style);
  const faces: Record<string, FontFace> = { '00': 'regular', '10': 'bold', '01': 'italic', '11': 'boldItalic' };
  SVGtoPDF(flow.doc, chartSvgForPdf(chart), flow.left + (flow.width - width) / 2, flow.y, {
    width,
    height,
    fontCallback: (_family, isBold, isItalic) => faces[`${isBold ? 1 : 0}${isItalic ? 1 : 0}`] ?? 'regular',
  });
  flow.y += height;
}

function chartCaption(flow: PdfFlow, chart: ChartBlock): { runs: TextRun[]; style: ParagraphStyle } {
  const { layout } = flow;
  return {
    runs: [{ text: chart.caption, bold: true }],
    style: { size: layout.fontSizes.caption, align: 'center', spacing: layout.lineSpacing, before: layout.paragraphSpacing, after: layout.paragraphSpacing },
  };
}

/** The least of a block that must follow a heading on the same page. */
function leadHeight(flow: PdfFlow, block: Block | undefined): number {
  const body = bodyStyle(flow);
  switch (block?.kind) {
    case 'table':
      return tableLeadHeight(flow, block);
    case 'chart': {
      const caption = chartCaption(flow, block);
      return flow.measure(caption.runs, caption.style) + 2 * flow.layout.paragraphSpacing + mmToPt(block.height);
    }
    default:
      return flow.text.lineHeight(body.size, body.spacing);
  }
}

function drawBlocks(flow: PdfFlow, blocks: readonly Block[]): void {
  const body = bodyStyle(flow);
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading': {
        const runs = [{ text: `${block.label} ${block.text}`, bold: true, italic: block.level === 3 }];
        // A heading never ends a page: it keeps with it the start of what follows.
        flow.ensure(flow.measure(runs, body) + leadHeight(flow, blocks[index + 1]));
        flow.paragraph(runs, body);
        break;
      }
      case 'paragraph':
        flow.paragraph(block.runs, body);
        break;
      case 'listItem':
        flow.paragraph([{ text: `${block.marker} ` }, ...block.runs], body);
        break;
      case 'table':
        drawTable(flow, block);
        break;
      case 'chart':
        drawChart(flow, block);
        break;
    }
  });
}

/** Recipients on the left, the signer on the right; the block is never split across pages. */
function drawSignature(flow: PdfFlow, model: DocumentModel): void {
  const { layout, recipients, signature } = model;
  const sizes = layout.fontSizes;
  const leftWidth = flow.width * layout.signatureLeftShare;
  const rightX = flow.left + leftWidth;
  const rightWidth = flow.width - leftWidth;
  const leftStyle = (size: number): ParagraphStyle => ({ size, align: 'left' });
  const heading = flow.text.wrap([{ text: recipients.heading, bold: true, italic: true }], sizes.recipientsHeading, leftWidth);
  const lines = recipients.lines.map((line) => flow.text.wrap([{ text: line }], sizes.recipients, leftWidth));
  const leftHeight =
    heading.length * flow.text.lineHeight(sizes.recipientsHeading, layout.lineSpacing) +
    lines.reduce((sum, l) => sum + l.length * flow.text.lineHeight(sizes.recipients), 0);
  const signerRuns = [signature.authority, signature.title].filter((t): t is string => Boolean(t)).map((t) => [{ text: t, bold: true }]);
  const nameRuns = [{ text: signature.name, bold: true }];
  const signerHeight =
    signerRuns.reduce((sum, runs) => sum + flow.text.wrap(runs, sizes.signature, rightWidth).length, 0) *
      flow.text.lineHeight(sizes.signature, layout.lineSpacing) +
    mmToPt(layout.signatureSpace) +
    flow.text.lineHeight(sizes.signature, layout.lineSpacing);

  flow.y += flow.text.lineHeight(sizes.body, layout.lineSpacing);
  flow.ensure(Math.max(leftHeight, signerHeight));
  const top = flow.y;
  let y = top + flow.drawLines(heading, flow.left, top, leftWidth, { ...leftStyle(sizes.recipientsHeading), spacing: layout.lineSpacing });
  for (const l of lines) y += flow.drawLines(l, flow.left, y, leftWidth, leftStyle(sizes.recipients));

  let r = top;
  for (const runs of signerRuns) r += columnLines(flow, runs, sizes.signature, rightX, r, rightWidth);
  r += mmToPt(layout.signatureSpace);
  r += columnLines(flow, nameRuns, sizes.signature, rightX, r, rightWidth);
  flow.y = Math.max(y, r);
}

function drawAppendix(flow: PdfFlow, appendix: Appendix): void {
  const { layout } = flow;
  const centered: ParagraphStyle = { size: layout.fontSizes.body, align: 'center', spacing: layout.lineSpacing };
  flow.newPage();
  flow.paragraph([{ text: appendix.label, bold: true }], centered);
  flow.paragraph([{ text: appendix.title, bold: true }], centered);
  if (appendix.note) flow.paragraph([{ text: appendix.note, italic: true }], centered);
  flow.y += flow.text.lineHeight(layout.fontSizes.body, layout.lineSpacing);
  drawBlocks(flow, appendix.blocks);
}

/** The boxed "DỰ THẢO" in the top margin of page 1, at the right edge of the text. */
function drawDraftBox(flow: PdfFlow, model: DocumentModel): void {
  const size = model.layout.fontSizes.draft;
  const width = mmToPt(DRAFT_BOX_WIDTH);
  const x = flow.left + flow.width - width;
  const top = mmToPt(model.layout.headerDistance);
  const height = flow.text.lineHeight(size);
  const lines = flow.text.wrap([{ text: model.draftLabel, bold: true }], size, width);
  flow.drawLines(lines, x, top, width, { size, align: 'center' });
  const pad = 1;
  flow.line(x - pad, top - pad, x + width + pad, top - pad);
  flow.line(x - pad, top + height + pad, x + width + pad, top + height + pad);
  flow.line(x - pad, top - pad, x - pad, top + height + pad);
  flow.line(x + width + pad, top - pad, x + width + pad, top + height + pad);
}

/** Page numbers centred in the top margin of pages 2 to n, drawn once the pages exist. */
function drawPageNumbers(flow: PdfFlow): void {
  const { doc, layout } = flow;
  const size = layout.fontSizes.pageNumber;
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const lines = flow.text.wrap([{ text: String(i - range.start + 1) }], size, flow.width);
    flow.drawLines(lines, flow.left, mmToPt(layout.headerDistance), flow.width, { size, align: 'center' });
    flow.finishPage();
  }
}

/** The PDF of the model, set in the machine's preferred font unless another is given. */
export function renderPdf(model: DocumentModel, fonts: FontSet = loadFontSet()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [A4.widthPt, A4.heightPt],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    bufferPages: true,
    autoFirstPage: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: model.fileTitle.normalize('NFC'), Author: model.header.agency.normalize('NFC') },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const flow = new PdfFlow(doc, new PdfText(doc, fonts), model.layout);
  if (model.draft) drawDraftBox(flow, model);
  drawHeader(flow, model);
  drawTitle(flow, model);
  drawBlocks(flow, model.body);
  drawSignature(flow, model);
  for (const appendix of model.appendices) drawAppendix(flow, appendix);
  flow.finishPage();
  drawPageNumbers(flow);
  doc.end();
  return done;
}

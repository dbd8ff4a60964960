/**
 * Renders the document model to a Word file (.docx) with the `docx` package: A4 with
 * the decree's margins, Times New Roman, the header and signature tables, the draft box,
 * page numbers in a header from page 2 (titlePg) and charts as PNG pictures.
 * The body and the appendices, which scale with the data, are written by
 * word-body-xml.ts (charts by word-pictures.ts) and spliced in where docx wrote a marker
 * paragraph, so a 2,000-task session stays fast; zip-package.ts packs the result.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { DocumentModel, PageLayout } from './document-model';
import {
  A4,
  AGENCY_RULE_SHARE,
  DRAFT_BOX_WIDTH,
  RULE_GAP,
  SUMMARY_RULE_SHARE,
  distribute,
  halfPoints,
  mmToTwips,
} from './page-geometry';
import { appendixHeadXml, blocksXml, textWidthTwips } from './word-body-xml';
import { WordPictures } from './word-pictures';
import { lineTwips, wordStyles } from './word-styles';
import { zipPackage } from './zip-package';

type Child = Paragraph | Table;

/** Marker text docx writes where spliced XML goes; plain ASCII so it survives escaping. */
const markerText = (index: number) => `SPLICE-BODY-XML-${index}-END`;

/** Collects the spliced fragments while the docx tree is built. */
class Splicer {
  readonly fragments: string[] = [];

  marker(xml: string): Paragraph {
    this.fragments.push(xml);
    return new Paragraph({ children: [new TextRun(markerText(this.fragments.length - 1))] });
  }

  /** Puts each fragment in place of the whole paragraph holding its marker, in document order. */
  apply(documentXml: string): string {
    const parts: string[] = [];
    let from = 0;
    this.fragments.forEach((fragment, i) => {
      const at = documentXml.indexOf(markerText(i), from);
      const start = documentXml.lastIndexOf('<w:p>', at);
      const end = documentXml.indexOf('</w:p>', at);
      if (at < 0 || start < from || end < 0) {
        throw new Error(`Lỗi tạo tệp Word: không tìm thấy chỗ ghép đoạn nội dung số ${i + 1}`);
      }
      parts.push(documentXml.slice(from, start), fragment);
      from = end + '</w:p>'.length;
    });
    parts.push(documentXml.slice(from));
    return parts.join('');
  }
}

const NO_BORDERS = TableBorders.NONE;
const RULE_GAP_TWIPS = RULE_GAP * 20;

function centered(runs: TextRun[], spacing: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, ...spacing }, indent: { firstLine: 0 }, children: runs });
}

/**
 * A solid rule: the bottom border of an empty paragraph 4 pt high, centred by equal
 * indents. A bottom border sits below the paragraph in Word and LibreOffice alike.
 */
function rule(columnTwips: number, lengthTwips: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - lengthTwips) / 2));
  return new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: 0, after, line: RULE_GAP_TWIPS, lineRule: LineRuleType.EXACT },
    children: [],
  });
}

/**
 * Page 1's own header (titlePg) holds no page number; on a draft it holds the boxed
 * "DỰ THẢO" at the right edge, which keeps the mark in the top margin in Word and LibreOffice alike.
 */
function firstPageHeader(model: DocumentModel): Header {
  if (!model.draft) return new Header({ children: [new Paragraph({ children: [] })] });
  const { layout } = model;
  const box = mmToTwips(DRAFT_BOX_WIDTH);
  const border = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
  return new Header({
    children: [
      new Paragraph({
        border: { top: border, bottom: border, left: border, right: border },
        alignment: AlignmentType.CENTER,
        indent: { left: textWidthTwips(layout) - box, firstLine: 0 },
        children: [new TextRun({ text: model.draftLabel, bold: true, size: halfPoints(layout.fontSizes.draft) })],
      }),
    ],
  });
}

function borderlessTable(widths: number[], rows: TableRow[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows,
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });
}

function headerTable(model: DocumentModel): Table {
  const { header, layout } = model;
  const sizes = layout.fontSizes;
  const [left, right] = distribute(textWidthTwips(layout), [layout.headerLeftShare, 1 - layout.headerLeftShare]) as [
    number,
    number,
  ];
  const agency: Paragraph[] = [];
  if (header.parentAgency) {
    agency.push(centered([new TextRun({ text: header.parentAgency, size: halfPoints(sizes.parentAgency) })]));
  }
  agency.push(centered([new TextRun({ text: header.agency, bold: true, size: halfPoints(sizes.agency) })]));
  agency.push(rule(left, left * AGENCY_RULE_SHARE));
  const nation = [
    centered([new TextRun({ text: header.nation, bold: true, size: halfPoints(sizes.nation) })]),
    // Underlined, the rule under the motto is exactly as long as the line.
    centered([new TextRun({ text: header.motto, bold: true, size: halfPoints(sizes.motto), underline: {} })]),
  ];
  const secondRow = { before: Math.round(layout.paragraphSpacing * 20) };
  return borderlessTable(
    [left, right],
    [
      new TableRow({ cantSplit: true, children: [cell(left, agency), cell(right, nation)] }),
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [centered([new TextRun({ text: header.numberLine, size: halfPoints(sizes.number) })], secondRow)]),
          cell(right, [centered([new TextRun({ text: header.placeDate, italics: true, size: halfPoints(sizes.placeDate) })], secondRow)]),
        ],
      }),
    ],
  );
}

function titleBlock(model: DocumentModel): Paragraph[] {
  const { title, layout } = model;
  const sizes = layout.fontSizes;
  const gap = Math.round(layout.paragraphSpacing * 20);
  return [
    centered([new TextRun({ text: title.documentType, bold: true, size: halfPoints(sizes.documentType) })], {
      before: gap * 3,
    }),
    centered([new TextRun({ text: title.summary, bold: true, size: halfPoints(sizes.summary) })]),
    rule(textWidthTwips(layout), textWidthTwips(layout) * SUMMARY_RULE_SHARE, gap * 2),
  ];
}

function signatureTable(model: DocumentModel): Table {
  const { layout, recipients, signature } = model;
  const sizes = layout.fontSizes;
  const [left, right] = distribute(textWidthTwips(layout), [layout.signatureLeftShare, 1 - layout.signatureLeftShare]) as [
    number,
    number,
  ];
  const leftCell = [
    new Paragraph({
      indent: { firstLine: 0 },
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text: recipients.heading, bold: true, italics: true, size: halfPoints(sizes.recipientsHeading) })],
    }),
    ...recipients.lines.map(
      (line) =>
        new Paragraph({
          indent: { firstLine: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          children: [new TextRun({ text: line, size: halfPoints(sizes.recipients) })],
        }),
    ),
  ];
  const signer = (text: string) => centered([new TextRun({ text, bold: true, size: halfPoints(sizes.signature) })]);
  const rightCell: Paragraph[] = [];
  if (signature.authority) rightCell.push(signer(signature.authority));
  if (signature.title) rightCell.push(signer(signature.title));
  rightCell.push(
    centered([new TextRun({ text: signature.name, bold: true, size: halfPoints(sizes.signature) })], {
      before: mmToTwips(layout.signatureSpace),
    }),
  );
  return borderlessTable([left, right], [new TableRow({ cantSplit: true, children: [cell(left, leftCell), cell(right, rightCell)] })]);
}

function pageNumberHeader(layout: PageLayout): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(layout.fontSizes.pageNumber) })],
      }),
    ],
  });
}

/**
 * Widow and orphan control for every paragraph, as the PDF applies it. Word leaves it off
 * when no style states it and LibreOffice turns it on, so it is stated in the document
 * defaults; docx's style options have no field for it.
 */
function withWidowControl(stylesXml: string): string {
  return stylesXml.replace('<w:pPrDefault><w:pPr>', '<w:pPrDefault><w:pPr><w:widowControl/>');
}

/** The Word file of the model. */
export async function renderWord(model: DocumentModel): Promise<Buffer> {
  const { layout } = model;
  const pictures = new WordPictures();
  const chartXml = pictures.chartXml.bind(pictures);
  const splicer = new Splicer();
  const children: Child[] = [headerTable(model), ...titleBlock(model), splicer.marker(blocksXml(model.body, layout, chartXml))];
  children.push(
    new Paragraph({ spacing: { before: 0, after: 0, line: lineTwips(layout), lineRule: LineRuleType.AUTO }, children: [] }),
    signatureTable(model),
  );
  for (const appendix of model.appendices) {
    children.push(splicer.marker(appendixHeadXml(appendix) + blocksXml(appendix.blocks, layout, chartXml)));
  }
  const document = new Document({
    title: model.fileTitle,
    creator: model.header.agency,
    styles: wordStyles(layout),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.widthTwips, height: A4.heightTwips },
            margin: {
              top: mmToTwips(layout.margins.top),
              bottom: mmToTwips(layout.margins.bottom),
              left: mmToTwips(layout.margins.left),
              right: mmToTwips(layout.margins.right),
              header: mmToTwips(layout.headerDistance),
              footer: mmToTwips(layout.headerDistance),
            },
          },
        },
        headers: { default: pageNumberHeader(layout), first: firstPageHeader(model) },
        children,
      },
    ],
  });
  const files = unzipSync(await Packer.toBuffer(document));
  const edits: Record<string, (xml: string) => string> = {
    'word/document.xml': (xml) => splicer.apply(xml),
    'word/styles.xml': withWidowControl,
    'word/_rels/document.xml.rels': (xml) => pictures.relationshipsXml(xml),
  };
  for (const [name, edit] of Object.entries(edits)) {
    const xml = files[name];
    if (!xml) throw new Error(`Lỗi tạo tệp Word: thiếu ${name}`);
    files[name] = strToU8(edit(strFromU8(xml)));
  }
  // The pictures were drawn on resvg's threads while the text was written.
  const parts = Object.entries(files).map(([name, data]) => ({ name, data, deflate: true }));
  return zipPackage([...parts, ...(await pictures.parts())]);
}

/**
 * The one model both exports are rendered from: the Word file staff edit and the PDF
 * printed for the meeting must say the same thing in the same layout (document-format.md).
 * Content builders fill it from the database; the Word and PDF renderers only draw it.
 */

/** Page and type settings, in the units of the decree: millimetres and points. */
export interface PageLayout {
  margins: { top: number; bottom: number; left: number; right: number };
  /** Distance from the top edge of the paper to the page-number line. */
  headerDistance: number;
  /** First-line indent of body paragraphs. */
  firstLineIndent: number;
  /** Space after each body paragraph, in points. */
  paragraphSpacing: number;
  /** Line spacing as a multiple of single spacing. */
  lineSpacing: number;
  /** Share of the text width given to the left column of the header and the signature tables. */
  headerLeftShare: number;
  signatureLeftShare: number;
  /** Room left for the signature and seal, in millimetres. */
  signatureSpace: number;
  fontSizes: FontSizes;
}

/** Type sizes in points; each has the range the decree allows in the template schema. */
export interface FontSizes {
  body: number;
  parentAgency: number;
  agency: number;
  nation: number;
  motto: number;
  number: number;
  placeDate: number;
  documentType: number;
  summary: number;
  table: number;
  /** Tables of many columns, such as the indicator table. */
  smallTable: number;
  caption: number;
  recipientsHeading: number;
  recipients: number;
  signature: number;
  pageNumber: number;
  draft: number;
}

/** A piece of text with one style; paragraphs are lists of runs. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** The block at the top of page 1: issuing agency on the left, national name on the right. Text as printed. */
export interface HeaderBlock {
  /** The agency the issuer belongs to, printed above it (capitals, not bold). */
  parentAgency: string | null;
  agency: string;
  nation: string;
  motto: string;
  /** "Số: 408/TB-VPCP", or "Số:      /TB-VPCP" on a draft. */
  numberLine: string;
  /** "Hà Nội, ngày 08 tháng 8 năm 2025", with blanks on a draft. */
  placeDate: string;
}

export interface TitleBlock {
  /** THÔNG BÁO or BÁO CÁO. */
  documentType: string;
  /** The summary line (trích yếu) under the document type. */
  summary: string;
}

export interface HeadingBlock {
  kind: 'heading';
  /** 1: "I." section, 2: "1." item, 3: "a)" point. */
  level: 1 | 2 | 3;
  label: string;
  text: string;
}

/** A body paragraph: justified, with the first-line indent. */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
}

/** A list entry written "- text" (or "+ text" one level down), indented like a paragraph. */
export interface ListItemBlock {
  kind: 'listItem';
  marker: '-' | '+';
  runs: TextRun[];
}

export interface TableColumn {
  header: string;
  /** Relative width; the renderers scale the weights to the text width. */
  weight: number;
  /** Numbers go right. */
  align: 'left' | 'center' | 'right';
}

/** A row of cells; a bold row is a total. */
export interface TableRow {
  cells: string[];
  bold?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** Bold, centred line above the table ("Bảng 1. ..."). */
  caption: string | null;
  columns: TableColumn[];
  rows: TableRow[];
  /** Set in the smaller table size, for tables of many columns. */
  small?: boolean;
}

/**
 * A chart carried as its ECharts option, so Word and PDF draw the same picture; the
 * SVG is rendered once per block (chart-rendering.ts).
 */
export interface ChartBlock {
  kind: 'chart';
  caption: string;
  option: Record<string, unknown>;
  /** Size on the page in millimetres. */
  width: number;
  height: number;
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock | ChartBlock;

export interface Recipients {
  heading: string;
  /** Each line as printed: "- ...;" and the last "- Lưu: VT, KGVX (2)." */
  lines: string[];
}

export interface Signature {
  /** "KT. BỘ TRƯỞNG, CHỦ NHIỆM"; null when the head signs in their own name. */
  authority: string | null;
  /** "PHÓ CHỦ NHIỆM"; null when the authority line says it all. */
  title: string | null;
  name: string;
}

/** A long table or list moved after the signature, on pages of its own. */
export interface Appendix {
  /** "Phụ lục I". */
  label: string;
  title: string;
  /** The italic line under the title: what the appendix accompanies. */
  note: string | null;
  blocks: Block[];
}

export interface DocumentModel {
  /** Used as the title of the Word and PDF files' properties. */
  fileTitle: string;
  layout: PageLayout;
  /** A draft carries the boxed "DỰ THẢO" mark and leaves number and date blank. */
  draft: boolean;
  draftLabel: string;
  header: HeaderBlock;
  title: TitleBlock;
  body: Block[];
  recipients: Recipients;
  signature: Signature;
  appendices: Appendix[];
}

/** Hands out the labels of the three heading levels: I., II.; 1., 2.; a), b). */
export class Outline {
  private counts = [0, 0, 0];

  heading(level: 1 | 2 | 3, text: string): HeadingBlock {
    const index = level - 1;
    this.counts[index] = (this.counts[index] ?? 0) + 1;
    for (let deeper = index + 1; deeper < this.counts.length; deeper++) this.counts[deeper] = 0;
    const n = this.counts[index] ?? 1;
    const label = level === 1 ? `${romanNumeral(n)}.` : level === 2 ? `${n}.` : `${letterLabel(n)})`;
    return { kind: 'heading', level, label, text };
  }
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Vietnamese point letters skip f, j, w and z, which the alphabet does not have. */
const POINT_LETTERS = 'abcdđeghiklmnopqrstuvxy';

function letterLabel(n: number): string {
  return POINT_LETTERS[(n - 1) % POINT_LETTERS.length] ?? 'a';
}

export function paragraph(...runs: Array<TextRun | string>): ParagraphBlock {
  return { kind: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)) };
}

export function listItem(...runs: Array<TextRun | string>): ListItemBlock {
  return { kind: 'listItem', marker: '-', runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)) };
}

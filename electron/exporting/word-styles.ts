/**
 * The Word file's styles: Times New Roman everywhere, the body paragraph of the decree
 * (justified, first-line indent, space after), headings and table text. Paragraphs in
 * document.xml name these styles instead of repeating properties, which keeps a
 * 2,000-row table small and fast to write.
 */
import type { IStylesOptions } from 'docx';
import { AlignmentType, LineRuleType } from 'docx';
import type { PageLayout } from './document-model';
import { halfPoints, mmToTwips } from './page-geometry';

const WORD_FONT = 'Times New Roman';

/** Style ids that word-body-xml.ts writes into paragraphs. */
export const STYLE = {
  body: 'Body',
  heading: ['Heading1', 'Heading2', 'Heading3'],
  centered: 'Centered',
  tableCaption: 'TableCaption',
  tableHeader: 'TableHeader',
  tableText: { left: 'TableText', center: 'TableCenter', right: 'TableNumber' },
} as const;

/** Word's line spacing in 240ths of a line ("auto" rule). */
export function lineTwips(layout: PageLayout): number {
  return Math.round(240 * layout.lineSpacing);
}

export function wordStyles(layout: PageLayout): IStylesOptions {
  const sizes = layout.fontSizes;
  const line = lineTwips(layout);
  const after = Math.round(layout.paragraphSpacing * 20);
  const bodyParagraph = {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwips(layout.firstLineIndent) },
    spacing: { before: 0, after, line, lineRule: LineRuleType.AUTO },
  };
  const heading = (id: string, name: string, italics: boolean) => ({
    id,
    name,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { font: WORD_FONT, size: halfPoints(sizes.body), bold: true, italics, color: '000000' },
    paragraph: { ...bodyParagraph, keepNext: true, keepLines: true },
  });
  const tableParagraph = { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0 } };
  const tableText = (id: string, name: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) => ({
    id,
    name,
    basedOn: 'Normal',
    run: { size: halfPoints(sizes.table) },
    paragraph: { ...tableParagraph, alignment },
  });
  return {
    default: {
      document: {
        run: { font: WORD_FONT, size: halfPoints(sizes.body), color: '000000' },
        paragraph: { spacing: { before: 0, after: 0, line, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      { id: STYLE.body, name: 'Body Text VN', basedOn: 'Normal', quickFormat: true, paragraph: bodyParagraph },
      heading(STYLE.heading[0], 'heading 1', false),
      heading(STYLE.heading[1], 'heading 2', false),
      heading(STYLE.heading[2], 'heading 3', true),
      {
        id: STYLE.centered,
        name: 'Centered VN',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableCaption,
        name: 'Table Caption VN',
        basedOn: 'Normal',
        next: STYLE.tableText.left,
        run: { bold: true, size: halfPoints(sizes.caption) },
        paragraph: {
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: after, after, line, lineRule: LineRuleType.AUTO },
        },
      },
      {
        ...tableText(STYLE.tableHeader, 'Table Header VN', AlignmentType.CENTER),
        run: { size: halfPoints(sizes.table), bold: true },
      },
      tableText(STYLE.tableText.left, 'Table Text VN', AlignmentType.LEFT),
      tableText(STYLE.tableText.center, 'Table Center VN', AlignmentType.CENTER),
      tableText(STYLE.tableText.right, 'Table Number VN', AlignmentType.RIGHT),
    ],
  };
}

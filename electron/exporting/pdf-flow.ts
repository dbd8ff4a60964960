/**
 * The PDF's running cursor: where on which page the next line goes, page breaks, and
 * the rules and borders of a page, queued and written with its text in one go.
 */
import type { PageLayout, TextRun } from './document-model';
import { A4, mmToPt } from './page-geometry';
import type { Line, LineAlign, PdfText } from './pdf-text';
import { pdfNumber } from './pdf-text';

export interface ParagraphStyle {
  size: number;
  align: LineAlign;
  /** Indent of the first line, in points. */
  indent?: number;
  /** Line spacing multiple; single unless stated. */
  spacing?: number;
  before?: number;
  after?: number;
}

export class PdfFlow {
  readonly left: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  y: number;
  private strokes: string[] = [];

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly text: PdfText,
    readonly layout: PageLayout,
  ) {
    this.left = mmToPt(layout.margins.left);
    this.width = A4.widthPt - this.left - mmToPt(layout.margins.right);
    this.top = mmToPt(layout.margins.top);
    this.bottom = A4.heightPt - mmToPt(layout.margins.bottom);
    this.y = this.top;
  }

  /** Writes what is queued for the current page. */
  finishPage(): void {
    this.text.flush();
    if (this.strokes.length > 0) {
      this.doc.addContent(`q 0 G 0.5 w\n${this.strokes.join('\n')}\nS Q`);
      this.strokes = [];
    }
  }

  newPage(): void {
    this.finishPage();
    this.doc.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` more points fit on this one (a page's top always takes it). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  /** A straight 0.5-pt line, in pdfkit's top-left coordinates. */
  line(x1: number, y1: number, x2: number, y2: number): void {
    this.strokes.push(`${pdfNumber(x1)} ${pdfNumber(y1)} m ${pdfNumber(x2)} ${pdfNumber(y2)} l`);
  }

  /** One line of a paragraph: the first carries the indent, a justified paragraph's last stays ragged. */
  private put(line: Line, index: number, count: number, x: number, y: number, width: number, style: ParagraphStyle): void {
    const indent = index === 0 ? (style.indent ?? 0) : 0;
    const align = style.align === 'justify' && index === count - 1 ? 'left' : style.align;
    this.text.drawLine(line, x + indent, y, style.size, width - indent, align, style.spacing);
  }

  /** Lines of one paragraph at (x, y) without page breaks: for table cells and the header block. */
  drawLines(lines: readonly Line[], x: number, y: number, width: number, style: ParagraphStyle): number {
    const height = this.text.lineHeight(style.size, style.spacing);
    lines.forEach((line, i) => this.put(line, i, lines.length, x, y + i * height, width, style));
    return lines.length * height;
  }

  /**
   * A paragraph in the running text, broken across pages with widow and orphan control
   * as Word applies it: never its first line alone at the foot of a page, nor its last
   * line alone at the top of the next.
   */
  paragraph(runs: readonly TextRun[], style: ParagraphStyle): void {
    const lines = this.text.wrap(runs, style.size, this.width, style.indent ?? 0);
    const height = this.text.lineHeight(style.size, style.spacing);
    if (this.y > this.top) this.y += style.before ?? 0;
    let next = 0;
    while (next < lines.length) {
      const left = lines.length - next;
      let fit = Math.floor((this.bottom - this.y + 0.01) / height);
      if (fit < left) {
        if (left - fit === 1) fit--;
        if (next === 0 && fit === 1) fit = 0;
      }
      if (fit <= 0 && this.y > this.top) {
        this.newPage();
        continue;
      }
      const take = Math.max(1, Math.min(fit, left));
      for (let i = next; i < next + take; i++) {
        this.put(lines[i] as Line, i, lines.length, this.left, this.y, this.width, style);
        this.y += height;
      }
      next += take;
      if (next < lines.length) this.newPage();
    }
    this.y += style.after ?? 0;
  }

  /** Height the paragraph would take, for keeping a heading with what follows it. */
  measure(runs: readonly TextRun[], style: ParagraphStyle): number {
    return this.text.wrap(runs, style.size, this.width, style.indent ?? 0).length * this.text.lineHeight(style.size, style.spacing);
  }
}

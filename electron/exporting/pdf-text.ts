/**
 * Text for the PDF: line breaking and drawing with pdfkit's embedded fonts, without
 * pdfkit's own text layout. pdfkit lays a text out again on every call and wraps each
 * fragment in save/transform/restore (about 12 µs a fragment, 0.4 s for a 2,000-row
 * table), so here every word is encoded once per document, every paragraph or cell is
 * broken into lines once (the same lines give its height and are drawn), and a page's
 * text goes into its content stream as one BT…ET block.
 *
 * Glyphs come straight from the font's character map, without kerning or ligatures:
 * Word sets Times New Roman that way by default, so lines break where Word breaks
 * them, and no OpenType shaping runs (it took a third of the time of a 2,000-task PDF).
 */
import type { TextRun } from './document-model';
import type { FontFace, FontSet } from './font-files';
import { FONT_FACES } from './font-files';

/**
 * The parts of pdfkit's EmbeddedFont (pdfkit 0.20, not in its typings) used here, as
 * pdfkit's own `encode` uses them: the parsed font (fontkit), the document's subset of
 * it, and the widths and ToUnicode map written when the font is embedded.
 */
interface EmbeddedFont {
  id: string;
  ascender: number;
  descender: number;
  lineGap: number;
  /** Font units to 1/1000 of the font size. */
  scale: number;
  font: { glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number } };
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

/** A word encoded once: its width in 1/1000 of the font size and its glyphs for a PDF string. */
interface EncodedWord {
  width: number;
  /** The two-byte glyph codes, escaped for the inside of a literal string "(...)". */
  bytes: string;
}

interface Face {
  font: EmbeddedFont;
  words: Map<string, EncodedWord>;
  space: EncodedWord;
}

interface Piece {
  face: Face;
  text: string;
  word: EncodedWord;
  /** Spaces set before the piece on its line. */
  spaces: number;
}

/** One line of a paragraph or cell, measured at its font size. */
export interface Line {
  pieces: Piece[];
  /** Natural width in points, spaces included. */
  width: number;
  /** Number of spaces, over which a justified line spreads its slack. */
  gaps: number;
}

export type LineAlign = 'left' | 'center' | 'right' | 'justify';

function faceOf(run: Pick<TextRun, 'bold' | 'italic'>): FontFace {
  if (run.bold) return run.italic ? 'boldItalic' : 'bold';
  return run.italic ? 'italic' : 'regular';
}

/** A number for a content stream: two decimals are a hundredth of a point. */
export function pdfNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Glyph codes for a PDF literal string, two bytes each: half the size of a hex
 * string, so half the content stream to compress. Parentheses and the backslash are
 * escaped, and CR and LF, which a reader would otherwise normalise.
 */
function literalBytes(codes: readonly number[]): string {
  let out = '';
  for (const code of codes) {
    for (const byte of [code >> 8, code & 0xff]) {
      if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
      else if (byte === 0x0a) out += '\\n';
      else if (byte === 0x0d) out += '\\r';
      else out += String.fromCharCode(byte);
    }
  }
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

export class PdfText {
  private readonly faces: Record<FontFace, Face>;
  private readonly ascender: number;
  private readonly lineFactor: number;
  private ops: string[] = [];
  private used = new Set<Face>();
  /** The font set by the last Tf of the queued block, so consecutive lines do not repeat it. */
  private current: { face: Face; size: number } | null = null;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    fonts: FontSet,
  ) {
    const faces = {} as Record<FontFace, Face>;
    // Each document parses the files again: fontkit caches a glyph with the characters it
    // was first met for, and a glyph first met as part of an accented one ("e" in "ế") has
    // none, so a parsed font shared between documents loses letters from the text layer.
    for (const face of FONT_FACES) {
      doc.registerFont(face, fonts.data[face]);
      doc.font(face);
      const font = (doc as unknown as { _font: EmbeddedFont })._font;
      const entry: Face = { font, words: new Map(), space: { width: 0, bytes: '' } };
      entry.space = this.encode(entry, ' ');
      faces[face] = entry;
    }
    this.faces = faces;
    const regular = faces.regular.font;
    this.ascender = regular.ascender / 1000;
    this.lineFactor = (regular.ascender - regular.descender + regular.lineGap) / 1000;
  }

  face(style: Pick<TextRun, 'bold' | 'italic'> = {}): Face {
    return this.faces[faceOf(style)];
  }

  /** Height of one line at this size: the font's ascent, descent and gap, times the spacing. */
  lineHeight(size: number, spacing = 1): number {
    return this.lineFactor * size * spacing;
  }

  /** The word's glyphs, added to the document's subset of the font with their widths and characters. */
  private encode(face: Face, text: string): EncodedWord {
    const known = face.words.get(text);
    if (known) return known;
    const { font } = face;
    const codes: number[] = [];
    let width = 0;
    for (const character of text) {
      const codePoint = character.codePointAt(0) ?? 0;
      const glyph = font.font.glyphForCodePoint(codePoint);
      const code = font.subset.includeGlyph(glyph.id);
      const advance = glyph.advanceWidth * font.scale;
      font.widths[code] ??= advance;
      font.unicode[code] ??= [codePoint];
      codes.push(code);
      width += advance;
    }
    const word = { width, bytes: literalBytes(codes) };
    face.words.set(text, word);
    return word;
  }

  /** Width in points of a text set on one line. */
  width(runs: readonly TextRun[], size: number): number {
    return this.wrap(runs, size, Number.POSITIVE_INFINITY)[0]?.width ?? 0;
  }

  /**
   * Breaks styled runs into lines no wider than `width` (the first line `firstIndent`
   * narrower). Runs that touch without a space stay together, so "39,51%" followed by a
   * bold "," never splits; a word longer than a whole line is cut between letters.
   * Spaces are kept as typed ("Số:      /TB-VPCP"), except where a line breaks.
   */
  wrap(runs: readonly TextRun[], size: number, width: number, firstIndent = 0): Line[] {
    const scale = size / 1000;
    const lines: Line[] = [];
    let line: Line = { pieces: [], width: 0, gaps: 0 };
    let limit = width - firstIndent;
    // The word being read: its pieces (runs that touch without a space), the spaces
    // before it and its width in points. A paragraph has thousands of words: they are
    // placed as they end, with no list of words or copies of pieces made on the way.
    const word: Piece[] = [];
    let wordSpaces = 0;
    let wordWidth = 0;
    let spaces = 0;
    const place = () => {
      const first = word[0] as Piece;
      // Spaces before a paragraph's first word are kept, as Word keeps them.
      const set = line.pieces.length > 0 || lines.length === 0 ? wordSpaces : 0;
      const spaceWidth = set * first.face.space.width * scale;
      const single = word.length === 1;
      if (line.pieces.length > 0 && line.width + spaceWidth + wordWidth > limit) {
        lines.push(line);
        line = { pieces: [], width: 0, gaps: 0 };
        limit = width;
        if (wordWidth > limit && single) {
          this.cut(first, scale, limit, width, lines, line);
          line = lines.pop() as Line;
        } else {
          for (const piece of word) line.pieces.push(piece);
          line.width = wordWidth;
        }
      } else if (line.pieces.length === 0 && wordWidth + spaceWidth > limit && single) {
        this.cut(first, scale, limit, width, lines, line);
        line = lines.pop() as Line;
        limit = width;
      } else {
        first.spaces = set;
        for (const piece of word) line.pieces.push(piece);
        line.width += spaceWidth + wordWidth;
        line.gaps += set;
      }
      word.length = 0;
      wordWidth = 0;
    };
    for (const run of runs) {
      const face = this.face(run);
      const text = run.text.normalize('NFC');
      let i = 0;
      while (i < text.length) {
        if (isSpace(text.charCodeAt(i))) {
          if (word.length > 0) place();
          spaces++;
          i++;
          continue;
        }
        let end = i + 1;
        while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
        const part = text.slice(i, end);
        const encoded = this.encode(face, part);
        if (word.length === 0) {
          wordSpaces = spaces;
          spaces = 0;
        }
        word.push({ face, text: part, word: encoded, spaces: 0 });
        wordWidth += encoded.width * scale;
        i = end;
      }
    }
    if (word.length > 0) place();
    lines.push(line);
    return lines;
  }

  /**
   * Cuts a word wider than a line between letters: the first part fills `room` on
   * `line`, the rest go on new lines `width` wide; the last line is left open at the end of `lines`.
   */
  private cut(piece: Piece, scale: number, room: number, width: number, lines: Line[], line: Line): void {
    let rest = Array.from(piece.text);
    let open = line;
    while (rest.length > 0) {
      let take = rest.length;
      while (take > 1 && this.encode(piece.face, rest.slice(0, take).join('')).width * scale > room) take--;
      const text = rest.slice(0, take).join('');
      const word = this.encode(piece.face, text);
      open.pieces.push({ face: piece.face, text, word, spaces: 0 });
      open.width += word.width * scale;
      rest = rest.slice(take);
      if (rest.length > 0) {
        lines.push(open);
        open = { pieces: [], width: 0, gaps: 0 };
        room = width;
      }
    }
    lines.push(open);
  }

  /**
   * Queues a line for the current page with its top at `top`. A justified line spreads
   * its slack over its spaces; the caller leaves a paragraph's last line ragged.
   */
  drawLine(line: Line, x: number, top: number, size: number, width: number, align: LineAlign, spacing = 1): void {
    if (line.pieces.length === 0) return;
    let left = x;
    let extra = 0;
    if (align === 'center') left += (width - line.width) / 2;
    else if (align === 'right') left += width - line.width;
    else if (align === 'justify' && line.gaps > 0) extra = (width - line.width) / line.gaps;
    const scale = size / 1000;
    // Extra leading of a spaced line goes above the text, as in Word.
    const baseline = this.doc.page.height - (top + (this.ascender + (spacing - 1) * this.lineFactor) * size);
    const ops = this.ops;
    ops.push(`1 0 0 1 ${pdfNumber(left)} ${pdfNumber(baseline)} Tm`);
    // One literal string per run of glyphs; a justified line closes it at each space for the stretch.
    const stretch = extra !== 0 ? `) ${pdfNumber(-extra / scale)} (` : '';
    let tj = '';
    for (const piece of line.pieces) {
      const current = this.current;
      if (!current || current.face !== piece.face || current.size !== size) {
        if (tj) ops.push(`[(${tj})] TJ`);
        tj = '';
        this.current = { face: piece.face, size };
        this.used.add(piece.face);
        ops.push(`/${piece.face.font.id} ${pdfNumber(size)} Tf`);
      }
      for (let s = 0; s < piece.spaces; s++) tj += piece.face.space.bytes + stretch;
      tj += piece.word.bytes;
    }
    if (tj) ops.push(`[(${tj})] TJ`);
  }

  /** Writes the queued text into the current page's content stream. */
  flush(): void {
    if (this.ops.length === 0) return;
    const page = this.doc.page;
    for (const face of this.used) page.fonts[face.font.id] = face.font.ref();
    // pdfkit's pages start flipped (origin top left); text is set in PDF's own orientation.
    // Bytes, not a string: the glyph codes are binary, and Buffer converts them natively.
    this.doc.addContent(Buffer.from(`q 1 0 0 -1 0 ${pdfNumber(page.height)} cm BT 0 g\n${this.ops.join('\n')}\nET Q\n`, 'latin1'));
    this.ops = [];
    this.used = new Set();
    this.current = null;
  }
}

/**
 * Paragraphs and sentences of a session text, with their offsets in the text so that
 * every piece of evidence stays a verbatim substring. A paragraph without closing
 * punctuation is a heading (press headlines, section titles); one carrying a photo
 * credit is a caption; a leading "date 2025-07 (source) -" line is metadata.
 */

export type ParagraphKind = 'body' | 'heading' | 'caption' | 'meta';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  kind: ParagraphKind;
  /** True for the first sentence of its paragraph. */
  opensParagraph: boolean;
}

export interface Segmented {
  text: string;
  sentences: Sentence[];
}

const ABBREVIATIONS = new Set(['tp', 'ts', 'ths', 'pgs', 'gs', 'bs', 'th', 'q', 'p', 'tt', 'v.v', 'st', 'no', 'mr', 'ms']);
/** Captions of press photos: "(Ảnh: VGP/Nhật Bắc)", "Ảnh: VGP". */
const CAPTION = /(?:^|[\s(.])Ảnh\s*:/u;
const META = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\b/u;
const LIST_MARKER = /^(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][)]|[IVX]{1,5}\.)$/u;

/** Counts words, stopping at `limit`: long paragraphs need not be counted to the end. */
function countWordsUpTo(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < limit; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

function paragraphKind(text: string, index: number): ParagraphKind {
  const trimmed = text.trim();
  const words = trimmed.length > 1200 ? 81 : countWordsUpTo(trimmed, 81);
  // A photo credit marks a caption; a long paragraph that holds one is still body text.
  const caption = CAPTION.test(text) && words <= 80;
  if (index === 0 && META.test(text)) return caption ? 'caption' : 'meta';
  if (caption) return 'caption';
  if (/^[-+•*–]\s/u.test(trimmed)) return 'body';
  if (!/[.;:!?…"”)]$/u.test(trimmed) && words <= 40) return 'heading';
  return 'body';
}

/** Where sentences end inside a paragraph: after . ! ? … followed by a space and a capital, digit or opening mark. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const boundary = /([.!?…]+)(["”’)]?)(\s+)(?=["“‘(]?[\p{Lu}\d])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const stop = m.index;
    const before = text.slice(Math.max(0, stop - 12), stop);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[1] === '.' && ABBREVIATIONS.has(word)) continue;
    const lastEnd = ends.length > 0 ? ends[ends.length - 1]! : 0;
    if (stop - lastEnd < 12 && LIST_MARKER.test(text.slice(lastEnd, stop + m[1]!.length).trim())) continue;
    ends.push(stop + m[1]!.length + m[2]!.length);
  }
  return ends;
}

/**
 * The longest stretch read as one sentence. Real sentences of these texts stay far
 * below it; a longer run (a PDF table reflowed without stops, a pasted list) is cut at
 * a space, so the per-sentence rules never face megabytes at once.
 */
const MAX_SENTENCE = 1500;

/** The ends, with extra ones wherever a stretch between two ends would exceed MAX_SENTENCE. */
function capSentences(raw: string, ends: number[]): number[] {
  const capped: number[] = [];
  let cursor = 0;
  for (const stop of ends) {
    while (stop - cursor > MAX_SENTENCE) {
      const space = raw.lastIndexOf(' ', cursor + MAX_SENTENCE);
      const cut = space > cursor ? space : cursor + MAX_SENTENCE;
      capped.push(cut);
      cursor = cut;
    }
    capped.push(stop);
    cursor = stop;
  }
  return capped;
}

/** Splits the text into sentences; offsets refer to `text` unchanged. */
export function segment(text: string): Segmented {
  const sentences: Sentence[] = [];
  const lineBreak = /\r?\n|\r/gu;
  let paragraphStart = 0;
  let paragraphIndex = 0;
  const pushParagraph = (start: number, end: number) => {
    const raw = text.slice(start, end);
    if (raw.trim() === '') return;
    const kind = paragraphKind(raw, paragraphIndex);
    let cursor = 0;
    const ends = capSentences(raw, kind === 'body' ? [...sentenceEnds(raw), raw.length] : [raw.length]);
    let first = true;
    for (const stop of ends) {
      const piece = raw.slice(cursor, stop);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed !== '') {
        const s = start + cursor + lead;
        sentences.push({ index: sentences.length, start: s, end: s + trimmed.length, text: trimmed, paragraph: paragraphIndex, kind, opensParagraph: first });
        first = false;
      }
      cursor = stop;
    }
    paragraphIndex += 1;
  };
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    pushParagraph(paragraphStart, m.index);
    paragraphStart = m.index + m[0].length;
  }
  pushParagraph(paragraphStart, text.length);
  return { text, sentences };
}

/** Splits a sentence at semicolons outside brackets and quotes; offsets are relative to the sentence. */
export function splitClauses(sentence: string): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charAt(i);
    if (c === '(' || c === '[') depth += 1;
    else if ((c === ')' || c === ']') && depth > 0) depth -= 1;
    else if (c === '"') quoted = !quoted;
    else if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === ';' && depth === 0 && !quoted) {
      clauses.push({ start, end: i });
      start = i + 1;
    }
  }
  clauses.push({ start, end: sentence.length });
  return clauses.filter((c) => sentence.slice(c.start, c.end).trim() !== '');
}

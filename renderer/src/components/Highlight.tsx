import { foldVietnamese } from '../../../electron/domain/vietnamese';

/**
 * The text with the query's words marked, matched without diacritics ("de an" marks
 * "Đề án"). Folding keeps one letter per letter of NFC text, so positions carry over.
 */
export function Highlight({ text, query }: { text: string; query: string }) {
  const source = text.normalize('NFC');
  const folded = foldVietnamese(source);
  const words = foldVietnamese(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0 || folded.length !== source.length) return <>{source}</>;
  const marked = new Array<boolean>(source.length).fill(false);
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      marked.fill(true, at, at + word.length);
    }
  }
  const parts: Array<{ text: string; mark: boolean }> = [];
  for (let i = 0; i < source.length; i++) {
    const last = parts.at(-1);
    if (last && last.mark === marked[i]) last.text += source[i];
    else parts.push({ text: source[i] ?? '', mark: marked[i] ?? false });
  }
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

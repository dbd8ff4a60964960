/** Extraction throughput: the importer's extractor over generated session texts. */
import { extractDocument } from '../electron/importing/extraction/extract';
import { percentile, timed } from './measure';
import { seededRandom } from './random';
import type { Metric } from './report';
import { sessionTexts } from './texts';

/** Texts run before measuring, so the regular expressions are compiled and the JIT is warm. */
const WARM_UP = 20;
/** The size of one long session text, as the import bar states it. */
const LONG_TEXT_BYTES = 30_000;
/** How many such texts are timed one by one. */
const LONG_TEXTS = 20;

/** Session texts joined, one after another, into texts of at least LONG_TEXT_BYTES each. */
function longTexts(texts: ReadonlyArray<{ text: string }>): string[] {
  const long: string[] = [];
  let current = '';
  for (const { text } of texts) {
    current = current ? `${current}\n\n${text}` : text;
    if (Buffer.byteLength(current, 'utf8') >= LONG_TEXT_BYTES) {
      long.push(current);
      current = '';
      if (long.length === LONG_TEXTS) break;
    }
  }
  return long;
}

export async function benchExtraction(count: number, seed: number): Promise<Metric[]> {
  const texts = [...sessionTexts(seededRandom(seed), count + WARM_UP)];
  for (const { text, source } of texts.slice(0, WARM_UP)) extractDocument(text, source);
  const measured = texts.slice(WARM_UP);
  const bytes = measured.reduce((sum, t) => sum + Buffer.byteLength(t.text, 'utf8'), 0);
  let figures = 0;
  let tasks = 0;
  const { ms } = await timed(() => {
    for (const { text, source } of measured) {
      const result = extractDocument(text, source);
      figures += result.indicators.length;
      tasks += result.tasks.length;
    }
  });
  const note = `${count} texts, ${(bytes / 1e6).toFixed(1)} MB; ${figures} figures, ${tasks} tasks found`;

  const long = longTexts(texts);
  const samples: number[] = [];
  for (const text of long) samples.push((await timed(() => extractDocument(text, 'long.txt'))).ms);
  const longBytes = Math.min(...long.map((t) => Buffer.byteLength(t, 'utf8')));
  return [
    { key: 'extract_texts_per_s', label: 'extraction', value: (count / ms) * 1000, unit: 'texts/s', note },
    { key: 'extract_mb_per_s', label: 'extraction', value: (bytes / 1e6 / ms) * 1000, unit: 'MB/s' },
    {
      key: 'extract_30kb_p95_ms',
      label: 'extraction of one 30 KB text',
      value: percentile(samples, 95),
      unit: 'ms p95',
      note: `${long.length} texts of ${(longBytes / 1000).toFixed(0)} KB or more, one at a time`,
    },
  ];
}

/** Extraction throughput: the importer's extractor over generated session texts. */
import { extractDocument } from '../electron/importing/extraction/extract';
import { timed } from './measure';
import { seededRandom } from './random';
import type { Metric } from './report';
import { sessionTexts } from './texts';

/** Texts run before measuring, so the regular expressions are compiled and the JIT is warm. */
const WARM_UP = 20;

export async function benchExtraction(count: number, seed: number): Promise<Metric[]> {
  const texts = sessionTexts(seededRandom(seed), count + WARM_UP);
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
  return [
    { key: 'extract_texts_per_s', label: 'extraction', value: (count / ms) * 1000, unit: 'texts/s', note },
    { key: 'extract_mb_per_s', label: 'extraction', value: (bytes / 1e6 / ms) * 1000, unit: 'MB/s' },
  ];
}

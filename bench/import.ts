/**
 * Importing 1,000 session texts, one at a time as the staff would over the years,
 * into one fresh database: read, extract, draft (matching indicators already saved),
 * then save, each through the importing service the app and the CLI call.
 */
import path from 'node:path';
import { openDatabase } from '../electron/db/open';
import { draftImport, saveImport } from '../electron/importing';
import { percentile, timed } from './measure';
import { seededRandom } from './random';
import type { Metric } from './report';
import { sessionTexts } from './texts';

export async function benchImport(dir: string, count: number, seed: number): Promise<Metric[]> {
  const db = openDatabase(path.join(dir, 'import.db'));
  const samples: number[] = [];
  let figures = 0;
  let tasks = 0;
  try {
    for (const { source, text } of sessionTexts(seededRandom(seed + 1), count)) {
      const { ms, value: counts } = await timed(async () => {
        const draft = await draftImport(db, [{ fileName: source, bytes: new TextEncoder().encode(text) }]);
        return saveImport(db, draft);
      });
      if (counts.documents !== 1) throw new Error(`${source} was not saved: ${JSON.stringify(counts)}`);
      figures += counts.observations + counts.targets;
      tasks += counts.tasks;
      samples.push(ms);
    }
  } finally {
    db.close();
  }
  const total = samples.reduce((a, b) => a + b, 0);
  const tenth = Math.max(1, Math.floor(count / 10));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [
    {
      key: 'import_texts_per_s',
      label: `import ${count.toLocaleString('en-US')} texts into one database`,
      value: (count / total) * 1000,
      unit: 'texts/s',
      note: `${figures.toLocaleString('en-US')} figures and targets, ${tasks.toLocaleString('en-US')} tasks saved`,
    },
    { key: 'import_p95_ms', label: 'import one text', value: percentile(samples, 95), unit: 'ms p95' },
    {
      key: 'import_last_tenth_ms',
      label: 'import one text, last tenth',
      value: mean(samples.slice(-tenth)),
      unit: 'ms mean',
      note: `first tenth ${Math.round(mean(samples.slice(0, tenth)))} ms: growth as the database fills`,
    },
  ];
}

/**
 * Measures the extractor on labelled texts:
 *   npm run eval:extract -- <texts dir> <labels dir>
 * Each text (.txt, .docx, .pdf) is paired with <labels dir>/<base name>.json. Prints
 * precision, recall and F1 per file, then the overall indicator and task scores as the
 * last two lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../electron/importing/extraction/extract';
import { readDocumentFile } from '../electron/importing/readers/read-document';
import type { LabelFigure, LabelTask, Score } from './extraction-scoring';
import { addScores, formatScore, scoreIndicators, scoreTasks } from './extraction-scoring';

interface Labels {
  indicators: LabelFigure[];
  tasks: LabelTask[];
}

async function main(): Promise<number> {
  const [textsDir, labelsDir] = process.argv.slice(2);
  if (!textsDir || !labelsDir) {
    process.stderr.write('usage: npm run eval:extract -- <texts dir> <labels dir>\n');
    return 2;
  }
  const files = fs
    .readdirSync(textsDir)
    .filter((f) => /\.(txt|docx|pdf)$/iu.test(f))
    .filter((f) => fs.existsSync(path.join(labelsDir, `${path.parse(f).name}.json`)))
    .sort();
  if (files.length === 0) {
    process.stderr.write(`no labelled texts in ${textsDir}\n`);
    return 1;
  }
  const indicatorScores: Score[] = [];
  const taskScores: Score[] = [];
  const width = Math.max(...files.map((f) => f.length));
  for (const file of files) {
    const labels = JSON.parse(fs.readFileSync(path.join(labelsDir, `${path.parse(file).name}.json`), 'utf8')) as Labels;
    const read = await readDocumentFile(path.join(textsDir, file));
    const extraction = extractDocument(read.text, file);
    const indicators = scoreIndicators(extraction.indicators, labels.indicators);
    const tasks = scoreTasks(extraction.tasks, labels.tasks);
    indicatorScores.push(indicators);
    taskScores.push(tasks);
    process.stdout.write(`${file.padEnd(width)}  indicators ${formatScore(indicators)}\n`);
    process.stdout.write(`${' '.repeat(width)}  tasks      ${formatScore(tasks)}\n`);
  }
  process.stdout.write(`Overall indicators: ${formatScore(addScores(indicatorScores))}\n`);
  process.stdout.write(`Overall tasks: ${formatScore(addScores(taskScores))}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

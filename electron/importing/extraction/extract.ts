/**
 * The extraction entry point: one session text in, the JSON of extraction.md out.
 * The text is NFC-normalised first so that every evidence is a substring of it.
 */
import { nfc } from '../../domain/vietnamese';
import { extractFigures } from './figures';
import { segment } from './segmentation';
import { extractSessionHeader } from './session-header';
import { extractTasks } from './tasks';
import type { Extraction } from './types';

export function extractDocument(text: string, source: string): Extraction {
  const normalised = nfc(text);
  const doc = segment(normalised);
  const session = extractSessionHeader(doc);
  const { tasks, directive } = extractTasks(doc, { sessionDate: session.date, year: session.year });
  const indicators = extractFigures(doc, directive);
  return { source, session, indicators, tasks };
}

import type { SearchHit } from '../domain/model';
import { foldVietnamese, nfc } from '../domain/vietnamese';
import type { Db } from './open';
import { statement } from './statements';

/** What each kind of hit was indexed from besides its title (as in the search triggers), in the original wording. */
const BODY_SQL: Record<SearchHit['kind'], string> = {
  session: `SELECT coalesce(chair, '') || ' · ' || coalesce(notes, '') AS body FROM sessions WHERE id = ?`,
  document: 'SELECT text AS body FROM documents WHERE id = ?',
  task: `SELECT coalesce(lead_name, '') || ' · ' || content || ' · ' || coalesce(output, '') || ' · ' || coalesce(deadline_text, '') AS body FROM tasks WHERE id = ?`,
  indicator: `SELECT coalesce(group_name, '') || ' · ' || unit AS body FROM indicators WHERE id = ?`,
};

const BEFORE = 60;
const AFTER = 120;

/**
 * The index holds text without diacritics, so its own snippets read "de an 06". This
 * cuts the same passage out of the original text instead: folding keeps one letter
 * per letter of NFC Vietnamese, so a position in the folded text is one in the original.
 * Empty when the title itself holds the match (the title is shown anyway).
 */
export function readableSnippet(db: Db, hit: SearchHit, query: string): string {
  const words = foldVietnamese(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0) return '';
  const foldedTitle = foldVietnamese(nfc(hit.title));
  if (words.every((w) => foldedTitle.includes(w))) return '';
  const row = statement(db, BODY_SQL[hit.kind]).get(hit.id) as { body: string } | undefined;
  const body = nfc(row?.body ?? '').replace(/\s+/g, ' ');
  const folded = foldVietnamese(body);
  if (folded.length !== body.length) return '';
  const positions = words.map((w) => folded.indexOf(w)).filter((p) => p >= 0);
  if (positions.length === 0) return '';
  const at = Math.min(...positions);
  const start = Math.max(0, at - BEFORE);
  const end = Math.min(body.length, at + AFTER);
  return `${start > 0 ? '…' : ''}${body.slice(start, end).trim()}${end < body.length ? '…' : ''}`;
}

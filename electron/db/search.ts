import type { SearchHit } from '../domain/model';
import { foldVietnamese } from '../domain/vietnamese';
import { SEARCH_KIND_CODES } from './migrations/004-search-index-by-rowid';
import type { Db } from './open';
import { statement } from './statements';

/**
 * Full-text search over sessions, documents, tasks and indicators, ignoring
 * Vietnamese diacritics: "co so du lieu" finds "cơ sở dữ liệu", "de an 06" finds "Đề án 06".
 * Every word must appear; the last one may be a prefix, so results come while typing.
 */
export function search(db: Db, query: string, limit = 50): SearchHit[] {
  const match = searchMatchExpression(query);
  if (match === null) return [];
  const rows = statement(
    db,
    `SELECT rowid AS key, snippet(search_index, 1, '[', ']', '…', 12) AS snippet
     FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?`,
  ).all(match, limit) as Array<{ key: number; snippet: string }>;
  return rows.map((row) => {
    const { kind, id } = searchEntryOf(row.key);
    return { kind, id, title: titleOf(db, kind, id), snippet: row.snippet };
  });
}

const KINDS: Array<SearchHit['kind']> = [];
for (const [kind, code] of Object.entries(SEARCH_KIND_CODES)) KINDS[code] = kind as SearchHit['kind'];

/** What an index entry stands for: its rowid is id * 4 + the code of its kind. */
export function searchEntryOf(rowid: number): { kind: SearchHit['kind']; id: number } {
  return { kind: KINDS[rowid % 4] as SearchHit['kind'], id: Math.floor(rowid / 4) };
}

/** The SQL expression that selects the ids of one kind from search_index rows matching @match. */
export function searchIdsSql(kind: SearchHit['kind'], matchParam: string): string {
  return `SELECT rowid / 4 FROM search_index WHERE search_index MATCH ${matchParam} AND rowid % 4 = ${SEARCH_KIND_CODES[kind]}`;
}

/** The FTS5 MATCH expression for what the user typed; null when it holds no word. */
export function searchMatchExpression(query: string): string | null {
  const words = foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

const TITLE_SQL: Record<SearchHit['kind'], string> = {
  session: 'SELECT title AS t FROM sessions WHERE id = ?',
  document: 'SELECT file_name AS t FROM documents WHERE id = ?',
  task: 'SELECT content AS t FROM tasks WHERE id = ?',
  indicator: 'SELECT name AS t FROM indicators WHERE id = ?',
};

/** The original (unfolded) title, since the index holds only the folded text. */
function titleOf(db: Db, kind: SearchHit['kind'], id: number): string {
  const row = statement(db, TITLE_SQL[kind]).get(id) as { t: string } | undefined;
  return row?.t ?? '';
}

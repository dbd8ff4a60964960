import type { SearchHit } from '../domain/model';
import { foldVietnamese } from '../domain/vietnamese';
import type { Db } from './open';

/**
 * Full-text search over sessions, documents, tasks and indicators, ignoring
 * Vietnamese diacritics: "co so du lieu" finds "cơ sở dữ liệu", "de an 06" finds "Đề án 06".
 * Every word must appear; the last one may be a prefix, so results come while typing.
 */
export function search(db: Db, query: string, limit = 50): SearchHit[] {
  const words = foldVietnamese(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return [];
  const match = words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
  const rows = db
    .prepare(
      `SELECT kind, ref_id, snippet(search_index, 3, '[', ']', '…', 12) AS snippet
       FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(match, limit) as Array<{ kind: SearchHit['kind']; ref_id: number; snippet: string }>;
  return rows.map((row) => ({ kind: row.kind, id: row.ref_id, title: titleOf(db, row.kind, row.ref_id), snippet: row.snippet }));
}

const TITLE_SQL: Record<SearchHit['kind'], string> = {
  session: 'SELECT title AS t FROM sessions WHERE id = ?',
  document: 'SELECT file_name AS t FROM documents WHERE id = ?',
  task: 'SELECT content AS t FROM tasks WHERE id = ?',
  indicator: 'SELECT name AS t FROM indicators WHERE id = ?',
};

/** The original (unfolded) title, since the index holds only the folded text. */
function titleOf(db: Db, kind: SearchHit['kind'], id: number): string {
  const row = db.prepare(TITLE_SQL[kind]).get(id) as { t: string } | undefined;
  return row?.t ?? '';
}

import { createHash } from 'node:crypto';
import type { DocumentRecord } from '../domain/model';
import type { Db } from './open';
import { statement } from './statements';

interface DocumentRow {
  id: number;
  file_name: string;
  content_hash: string;
  session_id: number | null;
  imported_at: string;
  char_count: number;
}

const DOCUMENT_SELECT = 'SELECT id, file_name, content_hash, session_id, imported_at, length(text) AS char_count FROM documents';

function toDocument(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    fileName: row.file_name,
    contentHash: row.content_hash,
    sessionId: row.session_id,
    importedAt: row.imported_at,
    charCount: row.char_count,
  };
}

/** The identity of a document: the SHA-256 of its normalised text, so re-encoding does not make it new. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}

export function findDocumentByHash(db: Db, hash: string): DocumentRecord | null {
  const row = statement(db, `${DOCUMENT_SELECT} WHERE content_hash = ?`).get(hash) as DocumentRow | undefined;
  return row ? toDocument(row) : null;
}

export function listDocuments(db: Db, sessionId?: number): DocumentRecord[] {
  const rows = (sessionId == null
    ? statement(db, `${DOCUMENT_SELECT} ORDER BY imported_at DESC, id DESC`).all()
    : statement(db, `${DOCUMENT_SELECT} WHERE session_id = ? ORDER BY id`).all(sessionId)) as DocumentRow[];
  return rows.map(toDocument);
}

export function getDocumentText(db: Db, id: number): string | null {
  const row = statement(db, 'SELECT text FROM documents WHERE id = ?').get(id) as { text: string } | undefined;
  return row?.text ?? null;
}

export function insertDocument(db: Db, fileName: string, text: string, sessionId: number | null): DocumentRecord {
  const hash = contentHash(text);
  const info = statement(db, 'INSERT INTO documents (file_name, content_hash, text, session_id) VALUES (?, ?, ?, ?)')
    .run(fileName, hash, text, sessionId);
  return findDocumentByHash(db, hash) ?? { id: Number(info.lastInsertRowid), fileName, contentHash: hash, sessionId, importedAt: '', charCount: text.length };
}

/** The session a document was imported for, if any. */
export function getDocumentSession(db: Db, id: number): number | null {
  const row = statement(db, 'SELECT session_id FROM documents WHERE id = ?').get(id) as { session_id: number | null } | undefined;
  return row?.session_id ?? null;
}

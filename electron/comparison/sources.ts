/** Session and document names by id: read once, rather than joined to every figure and target. */
import type { IsoDate } from '../domain/model';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

export interface Sources {
  sessions: Map<number, { title: string; date: IsoDate }>;
  documents: Map<number, string>;
}

export function loadSources(db: Db): Sources {
  const sessions = statement(db, 'SELECT id, title, date FROM sessions').raw(true).all() as Array<[number, string, IsoDate]>;
  const documents = statement(db, 'SELECT id, file_name FROM documents').raw(true).all() as Array<[number, string]>;
  return {
    sessions: new Map(sessions.map(([id, title, date]) => [id, { title, date }])),
    documents: new Map(documents),
  };
}

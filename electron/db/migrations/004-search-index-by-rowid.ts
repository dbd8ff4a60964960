import type { Migration } from '../migration';

/**
 * The search index keyed by rowid. In the first schema the row each entry stands for
 * was an UNINDEXED column, so replacing one entry (every edit of a task) scanned the
 * whole index. Now an entry's rowid encodes it: id * 4 + the code of its kind, and an
 * update is two lookups by rowid.
 */
export const SEARCH_KIND_CODES = { session: 0, document: 1, task: 2, indicator: 3 } as const;

const SOURCES = [
  {
    table: 'sessions',
    code: SEARCH_KIND_CODES.session,
    title: 'title',
    body: "coalesce(chair, '') || ' ' || coalesce(notes, '')",
    columns: 'title, chair, notes',
  },
  { table: 'documents', code: SEARCH_KIND_CODES.document, title: 'file_name', body: 'text', columns: 'file_name, text' },
  {
    table: 'tasks',
    code: SEARCH_KIND_CODES.task,
    title: "coalesce(lead_name, '')",
    body: "content || ' ' || coalesce(output, '') || ' ' || coalesce(deadline_text, '')",
    columns: 'lead_name, content, output, deadline_text',
  },
  {
    table: 'indicators',
    code: SEARCH_KIND_CODES.indicator,
    title: 'name',
    body: "coalesce(group_name, '') || ' ' || unit",
    columns: 'name, group_name, unit',
  },
];

/** Prefixes each column name of an SQL expression with NEW. */
const fromNew = (expression: string) =>
  expression.replace(/\b(title|chair|notes|file_name|text|lead_name|content|output|deadline_text|name|group_name|unit)\b/g, 'NEW.$1');

export const searchIndexByRowid: Migration = {
  version: 4,
  name: 'search index by rowid',
  up(db) {
    const statements = SOURCES.map(({ table, code, title, body, columns }) => {
      const insert = `INSERT INTO search_index (rowid, title, body) VALUES (NEW.id * 4 + ${code}, vi_fold(${fromNew(title)}), vi_fold(${fromNew(body)}));`;
      const remove = `DELETE FROM search_index WHERE rowid = OLD.id * 4 + ${code};`;
      return `
        DROP TRIGGER ${table}_search_ai;
        DROP TRIGGER ${table}_search_au;
        DROP TRIGGER ${table}_search_ad;
        CREATE TRIGGER ${table}_search_ai AFTER INSERT ON ${table} BEGIN ${insert} END;
        CREATE TRIGGER ${table}_search_au AFTER UPDATE OF ${columns} ON ${table} BEGIN ${remove} ${insert} END;
        CREATE TRIGGER ${table}_search_ad AFTER DELETE ON ${table} BEGIN ${remove} END;
        INSERT INTO search_index (rowid, title, body) SELECT id * 4 + ${code}, vi_fold(${title}), vi_fold(${body}) FROM ${table};`;
    });
    db.exec(`
      DROP TABLE search_index;
      CREATE VIRTUAL TABLE search_index USING fts5 (title, body, tokenize = 'unicode61');
      ${statements.join('\n')}
    `);
  },
};

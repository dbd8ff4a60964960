import type { Migration } from '../migration';
import { auditTriggers } from './audit-triggers';

/** The first schema: sessions, documents, agencies, indicators, figures, tasks and the audit log. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        number INTEGER,
        year INTEGER NOT NULL,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        title TEXT NOT NULL,
        chair TEXT,
        format TEXT NOT NULL DEFAULT 'hybrid' CHECK (format IN ('in_person', 'online', 'hybrid')),
        notes TEXT
      );
      CREATE INDEX sessions_date ON sessions (date);

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );

      CREATE TABLE agencies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        short_forms TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(short_forms)),
        successor_id INTEGER REFERENCES agencies (id),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      );

      CREATE TABLE indicators (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        unit TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL DEFAULT 'higher_is_better' CHECK (direction IN ('higher_is_better', 'lower_is_better')),
        group_name TEXT
      );

      CREATE TABLE indicator_aliases (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        folded TEXT NOT NULL UNIQUE
      );

      CREATE TABLE targets (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        value REAL NOT NULL,
        value_max REAL,
        of_value REAL,
        due_date TEXT NOT NULL,
        scope TEXT,
        baseline_value REAL,
        baseline_date TEXT,
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
        evidence TEXT
      );
      CREATE INDEX targets_indicator ON targets (indicator_id, due_date);

      CREATE TABLE observations (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        value REAL NOT NULL,
        value_max REAL,
        of_value REAL,
        kind TEXT NOT NULL DEFAULT 'level' CHECK (kind IN ('level', 'change', 'count_of', 'rank')),
        qualifier TEXT NOT NULL DEFAULT 'exact' CHECK (qualifier IN ('exact', 'approx', 'more_than', 'less_than')),
        period TEXT,
        as_of TEXT NOT NULL,
        scope TEXT,
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
        evidence TEXT
      );
      -- "Latest value per (indicator, scope) as of a date" is one index seek per series.
      CREATE INDEX observations_series ON observations (indicator_id, scope, as_of);
      CREATE INDEX observations_session ON observations (session_id);

      CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        lead_agency_id INTEGER REFERENCES agencies (id),
        lead_name TEXT,
        partners TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(partners)),
        content TEXT NOT NULL,
        output TEXT,
        deadline_kind TEXT NOT NULL DEFAULT 'none' CHECK (deadline_kind IN ('date', 'month', 'quarter', 'half', 'year', 'recurring', 'none')),
        due_date TEXT,
        deadline_text TEXT,
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
        evidence TEXT
      );
      CREATE INDEX tasks_lead_due ON tasks (lead_agency_id, due_date);
      CREATE INDEX tasks_session ON tasks (session_id);

      CREATE TABLE task_updates (
        id INTEGER PRIMARY KEY,
        task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
        progress TEXT NOT NULL CHECK (progress IN ('in_progress', 'done')),
        date TEXT NOT NULL,
        note TEXT,
        evidence_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX task_updates_task ON task_updates (task_id, date);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      );

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        before TEXT,
        after TEXT,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE INDEX audit_log_row ON audit_log (table_name, row_id);

      -- Diacritic-insensitive search: the text is folded by vi_fold() (registered on
      -- every connection by openDatabase) because unicode61 keeps đ apart from d.
      CREATE VIRTUAL TABLE search_index USING fts5 (kind UNINDEXED, ref_id UNINDEXED, title, body, tokenize = 'unicode61');
    `);

    db.exec(auditTriggers({
      sessions: ['number', 'year', 'date', 'title', 'chair', 'format', 'notes'],
      documents: ['file_name', 'content_hash', 'session_id', 'imported_at'],
      agencies: ['name', 'kind', 'short_forms', 'successor_id', 'active'],
      indicators: ['name', 'unit', 'direction', 'group_name'],
      indicator_aliases: ['indicator_id', 'alias'],
      targets: ['indicator_id', 'value', 'value_max', 'of_value', 'due_date', 'scope', 'baseline_value', 'baseline_date', 'session_id', 'document_id'],
      observations: ['indicator_id', 'value', 'value_max', 'of_value', 'kind', 'qualifier', 'period', 'as_of', 'scope', 'session_id', 'document_id'],
      tasks: ['lead_agency_id', 'lead_name', 'partners', 'content', 'output', 'deadline_kind', 'due_date', 'deadline_text', 'session_id', 'document_id'],
      task_updates: ['task_id', 'progress', 'date', 'note', 'evidence_document_id'],
      settings: ['key', 'value'],
    }));

    db.exec(searchTriggers());
  },
};

/** Keep search_index in step with the searchable tables. */
function searchTriggers(): string {
  const sources: Array<{ table: string; kind: string; title: string; body: string }> = [
    { table: 'sessions', kind: 'session', title: 'NEW.title', body: "coalesce(NEW.chair, '') || ' ' || coalesce(NEW.notes, '')" },
    { table: 'documents', kind: 'document', title: 'NEW.file_name', body: 'NEW.text' },
    { table: 'tasks', kind: 'task', title: "coalesce(NEW.lead_name, '')", body: "NEW.content || ' ' || coalesce(NEW.output, '') || ' ' || coalesce(NEW.deadline_text, '')" },
    { table: 'indicators', kind: 'indicator', title: 'NEW.name', body: "coalesce(NEW.group_name, '') || ' ' || NEW.unit" },
  ];
  return sources
    .map(({ table, kind, title, body }) => {
      const insert = `INSERT INTO search_index (kind, ref_id, title, body) VALUES ('${kind}', NEW.id, vi_fold(${title}), vi_fold(${body}));`;
      const remove = `DELETE FROM search_index WHERE kind = '${kind}' AND ref_id = OLD.id;`;
      return `
        CREATE TRIGGER ${table}_search_ai AFTER INSERT ON ${table} BEGIN ${insert} END;
        CREATE TRIGGER ${table}_search_au AFTER UPDATE ON ${table} BEGIN ${remove} ${insert} END;
        CREATE TRIGGER ${table}_search_ad AFTER DELETE ON ${table} BEGIN ${remove} END;`;
    })
    .join('\n');
}

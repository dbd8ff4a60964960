import type { Migration } from '../migration';
import { auditTriggers } from './audit-triggers';

/** The columns of tasks the audit log records, as in the first schema. */
const AUDITED_TASK_COLUMNS = [
  'lead_agency_id',
  'lead_name',
  'partners',
  'content',
  'output',
  'deadline_kind',
  'due_date',
  'deadline_text',
  'session_id',
  'document_id',
];

/** Recomputes the completion dates of the tasks `where` selects from their 'done' updates. */
const refreshDoneDates = (where: string) => `
  UPDATE tasks SET
    first_done_date = (SELECT min(date) FROM task_updates WHERE task_id = tasks.id AND progress = 'done'),
    last_done_date = (SELECT max(date) FROM task_updates WHERE task_id = tasks.id AND progress = 'done')
  WHERE ${where};`;

/**
 * Task status as of any date in one pass over one index (electron/comparison/task-status.ts).
 * Each task carries the dates of its first and last 'done' update: a task is done as of
 * a date on or after the last, open before the first, and only in between (a task
 * reported done twice) is the update history consulted. Measured at 100,000 tasks
 * against a join to task_updates: counting takes about half the time, a page of the
 * list about a fifth.
 */
export const taskDoneDates: Migration = {
  version: 2,
  name: 'task done dates',
  up(db) {
    db.exec(`
      ALTER TABLE tasks ADD COLUMN first_done_date TEXT;
      ALTER TABLE tasks ADD COLUMN last_done_date TEXT;

      -- Keeping the dates in step is an update of tasks: it must neither log a
      -- non-change nor rebuild the task's search entry (a scan of the whole index), so
      -- these triggers now fire only for the columns they read.
      DROP TRIGGER tasks_audit_ai;
      DROP TRIGGER tasks_audit_au;
      DROP TRIGGER tasks_audit_ad;
      ${auditTriggers({ tasks: AUDITED_TASK_COLUMNS }, { onlyAuditedColumns: true })}
      DROP TRIGGER tasks_search_au;
      CREATE TRIGGER tasks_search_au AFTER UPDATE OF lead_name, content, output, deadline_text ON tasks BEGIN
        DELETE FROM search_index WHERE kind = 'task' AND ref_id = OLD.id;
        INSERT INTO search_index (kind, ref_id, title, body) VALUES ('task', NEW.id, vi_fold(coalesce(NEW.lead_name, '')),
          vi_fold(NEW.content || ' ' || coalesce(NEW.output, '') || ' ' || coalesce(NEW.deadline_text, '')));
      END;

      -- The done updates of a task, latest last: the dates above and the in-between case read it.
      CREATE INDEX task_updates_done ON task_updates (task_id, date) WHERE progress = 'done';

      ${refreshDoneDates("id IN (SELECT task_id FROM task_updates WHERE progress = 'done')")}

      CREATE TRIGGER task_updates_done_ai AFTER INSERT ON task_updates WHEN NEW.progress = 'done' BEGIN
        ${refreshDoneDates('id = NEW.task_id')}
      END;
      CREATE TRIGGER task_updates_done_au AFTER UPDATE OF task_id, progress, date ON task_updates BEGIN
        ${refreshDoneDates('id = OLD.task_id')}
        ${refreshDoneDates('id = NEW.task_id')}
      END;
      CREATE TRIGGER task_updates_done_ad AFTER DELETE ON task_updates WHEN OLD.progress = 'done' BEGIN
        ${refreshDoneDates('id = OLD.task_id')}
      END;

      -- Every column the status and the per-agency counts read, so they never touch the table.
      CREATE INDEX tasks_status ON tasks (lead_agency_id, due_date, deadline_kind, session_id, first_done_date, last_done_date);
    `);
  },
};

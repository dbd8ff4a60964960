import { changesSincePrevious, sessionTaskCounts, sessionTaskPage } from '../comparison';
import { getDocumentSession, listDocuments } from '../db/documents';
import { loadSampleData } from '../db/sample';
import { search } from '../db/search';
import { readableSnippet } from '../db/search-snippets';
import { createSession, deleteSession, listSessions, previousSession, requireSession, updateSession } from '../db/sessions';
import { getTask } from '../db/tasks';
import { listFigureViews, listTargetViews } from '../db/views';
import type { SearchHit } from '../domain/model';
import type { HandlerGroup } from './handler-types';
import { inTransaction } from './handler-types';
import { indicatorRow } from './indicator-rows';
import { withSixClear } from './task-views';

/** Phiên họp, the title bar's search, and the first run's sample data. */
export const sessionHandlers: HandlerGroup<
  'appInfo' | 'listSessions' | 'getSession' | 'getSessionDetail' | 'listSessionTasks' | 'getSessionChanges' | 'createSession' | 'updateSession' | 'deleteSession' | 'search' | 'loadSample'
> = (ctx) => {
  /** The session a hit belongs to, so a document or task found opens where it was reported. */
  const sessionOf = (hit: SearchHit): number | null => {
    if (hit.kind === 'session') return hit.id;
    if (hit.kind === 'document') return getDocumentSession(ctx.db, hit.id);
    if (hit.kind === 'task') return getTask(ctx.db, hit.id)?.sessionId ?? null;
    return null;
  };

  return {
    appInfo: () => ({ version: ctx.version, dbFile: ctx.dbFile, dataDir: ctx.dataDir, empty: listSessions(ctx.db).length === 0 }),
    listSessions: () => listSessions(ctx.db),
    getSession: ({ id }) => requireSession(ctx.db, id),
    getSessionDetail: ({ id }) => {
      const session = requireSession(ctx.db, id);
      return {
        session,
        previous: previousSession(ctx.db, session),
        documents: listDocuments(ctx.db, id),
        figures: listFigureViews(ctx.db, { sessionId: id }),
        targets: listTargetViews(ctx.db, { sessionId: id }),
        taskCounts: sessionTaskCounts(ctx.db, id),
      };
    },
    listSessionTasks: ({ id, list, offset, limit }) => {
      const page = sessionTaskPage(ctx.db, id, list, { offset, limit });
      return { total: page.total, tasks: page.tasks.map(withSixClear) };
    },
    // Each line as the indicator table has it: the whole comparisons made 35 MB at 9,000 changed lines.
    getSessionChanges: ({ id }) => {
      const changes = changesSincePrevious(ctx.db, id);
      return { ...changes, ratingChanges: changes.ratingChanges.map((change) => ({ ...change, comparison: indicatorRow(change.comparison) })) };
    },
    createSession: ({ session }) => inTransaction(ctx, () => createSession(ctx.db, session)),
    updateSession: ({ id, session }) => inTransaction(ctx, () => updateSession(ctx.db, id, session)),
    deleteSession: ({ id }) => {
      inTransaction(ctx, () => deleteSession(ctx.db, id));
      return { deleted: true };
    },
    search: ({ query }) => search(ctx.db, query).map((hit) => ({ ...hit, snippet: readableSnippet(ctx.db, hit, query), sessionId: sessionOf(hit) })),
    loadSample: () => {
      const counts = loadSampleData(ctx.db);
      return { sessions: counts.sessions, observations: counts.observations, tasks: counts.tasks };
    },
  };
};

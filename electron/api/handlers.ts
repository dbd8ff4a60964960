import path from 'node:path';
import type { AppContext } from '../app-context';
import { listAgencies } from '../db/agencies';
import { backupDatabase } from '../db/backup';
import { backupFolder } from '../db/backup-rotation';
import { loadSampleData } from '../db/sample';
import { search } from '../db/search';
import { createSession, deleteSession, listSessions, requireSession, updateSession } from '../db/sessions';
import type { ApiInput, ApiOutputs, OperationName } from './contract';

/** One handler per operation of the contract; a missing or misnamed one breaks the build. */
export type Handlers = {
  [K in OperationName]: (input: ApiInput<K>) => Promise<ApiOutputs[K]> | ApiOutputs[K];
};

export function createHandlers(ctx: AppContext): Handlers {
  return {
    appInfo: () => ({
      version: ctx.version,
      dbFile: ctx.dbFile,
      dataDir: ctx.dataDir,
      empty: listSessions(ctx.db).length === 0,
    }),
    listSessions: () => listSessions(ctx.db),
    getSession: ({ id }) => requireSession(ctx.db, id),
    createSession: ({ session }) => ctx.db.transaction(() => createSession(ctx.db, session))(),
    updateSession: ({ id, session }) => ctx.db.transaction(() => updateSession(ctx.db, id, session))(),
    deleteSession: ({ id }) => {
      ctx.db.transaction(() => deleteSession(ctx.db, id))();
      return { deleted: true };
    },
    listAgencies: () => listAgencies(ctx.db),
    search: ({ query }) => search(ctx.db, query),
    loadSample: () => {
      const counts = loadSampleData(ctx.db);
      return { sessions: counts.sessions, observations: counts.observations, tasks: counts.tasks };
    },
    backupNow: async () => {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(backupFolder(ctx.dbFile), `${path.basename(ctx.dbFile, '.db')}-${stamp}.db`);
      await backupDatabase(ctx.dbFile, file);
      return { file };
    },
  };
}

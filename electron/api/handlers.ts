import type { AppContext } from '../app-context';
import { dashboardHandler } from './dashboard-handler';
import { dataHandlers } from './data-handlers';
import { documentHandlers } from './document-handlers';
import type { Handlers } from './handler-types';
import { indicatorHandlers } from './indicator-handlers';
import { sessionHandlers } from './session-handlers';
import { taskHandlers } from './task-handlers';

export type { Handlers } from './handler-types';

/**
 * The handlers of every operation of the contract, wired to the real services; each
 * area lives in its own module. `satisfies` breaks the build when one is missing.
 */
export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...sessionHandlers(ctx),
    ...indicatorHandlers(ctx),
    ...taskHandlers(ctx),
    ...dashboardHandler(ctx),
    ...documentHandlers(ctx),
    ...dataHandlers(ctx),
  } satisfies Handlers;
}

import type { AppContext } from '../app-context';
import type { ApiOutputs, OperationName, ParsedInput } from './contract';

/** One handler per operation of the contract; a missing or misnamed one breaks the build. */
export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>) => Promise<ApiOutputs[K]> | ApiOutputs[K];
};

/** The handlers of one area of the app; createHandlers joins the areas into the whole contract. */
export type HandlerGroup<K extends OperationName> = (ctx: AppContext) => Pick<Handlers, K>;

/** Runs a write in one transaction: a failure half way leaves nothing behind. */
export function inTransaction<T>(ctx: AppContext, work: () => T): T {
  return ctx.db.transaction(work)();
}

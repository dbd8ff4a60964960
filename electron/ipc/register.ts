import { dispatch } from '../api/dispatch';
import type { Handlers } from '../api/handlers';
import { OPERATION_NAMES } from '../api/contract';
import { isAppUrl } from '../security/navigation';

/** The part of Electron's ipcMain this wiring uses, so it is tested without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, input: unknown) => unknown): void;
}

export const channelOf = (operation: string) => `api:${operation}`;

/**
 * One IPC channel per operation of the contract. Each handler first checks that the
 * call comes from the app's own page, then dispatch validates the input with the
 * operation's schema before the service runs.
 */
export function registerApiHandlers(ipcMain: IpcMainLike, handlers: Handlers): void {
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(channelOf(name), (event, input) => {
      if (!isAppUrl(event.senderFrame?.url ?? '')) {
        return { ok: false, error: 'Yêu cầu không đến từ cửa sổ của ứng dụng', invalidInput: true };
      }
      return dispatch(handlers, name, input);
    });
  }
}

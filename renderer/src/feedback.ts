import { App } from 'antd';
import { useState } from 'react';

/** The Vietnamese message of a failure, as the API or the browser gave it. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ActionOptions {
  /** Shown briefly when the action succeeds. */
  done?: string;
  /** What failed, as the title of the error notice. */
  failed: string;
  /** What the user can do next; the default asks to check and try again. */
  next?: string;
}

/**
 * Runs user actions with feedback: a short success message, or an error notice that
 * says what failed, why (the service's message) and what to do next. `busy` is true
 * while an action runs, for spinners and disabled buttons.
 */
export function useAction() {
  const { message, notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run<T>(work: () => Promise<T>, options: ActionOptions): Promise<T | undefined> {
    setBusy(true);
    try {
      const result = await work();
      if (options.done) void message.success(options.done);
      return result;
    } catch (error) {
      notification.error({
        title: options.failed,
        description: `${errorText(error)} ${options.next ?? 'Hãy kiểm tra lại thông tin rồi thử lại.'}`,
        duration: 10,
      });
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { run, busy };
}

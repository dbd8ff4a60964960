import type { ApiOutputs, ApiResult, OperationName } from './contract';
import { operations } from './contract';
import type { Handlers } from './handlers';

function isOperation(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

/**
 * Validates the input of one operation against its schema and runs its handler.
 * Used by the IPC wiring and the loopback bridge alike: invalid input never
 * reaches a handler, and any failure comes back as a value with a Vietnamese message.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
): Promise<ApiResult<ApiOutputs[OperationName]>> {
  if (!isOperation(name)) return { ok: false, error: `Thao tác không tồn tại: ${name}`, invalidInput: true };
  const parsed = operations[name].safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return { ok: false, error: `Dữ liệu gửi lên không hợp lệ${where}: ${issue?.message ?? ''}`, invalidInput: true };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<ApiOutputs[OperationName]> | ApiOutputs[OperationName];
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

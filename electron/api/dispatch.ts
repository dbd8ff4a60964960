import type { ApiOutputs, ApiResult, OperationName } from './contract';
import { operations } from './contract';
import type { Handlers } from './handlers';

function isOperation(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}

/** SQLite's constraint messages are English and name columns: say in Vietnamese what to change. */
function failureText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return 'Đã có một bản ghi cùng tên; hãy đặt tên khác hoặc sửa bản ghi đã có.';
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'Bản ghi liên quan (phiên họp, chỉ tiêu, cơ quan hoặc tài liệu) không tồn tại hoặc vẫn đang được dùng.';
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) return 'Dữ liệu không thỏa ràng buộc của cơ sở dữ liệu; hãy kiểm tra các trường đã nhập.';
  return error instanceof Error ? error.message : String(error);
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
    return { ok: false, error: failureText(error) };
  }
}

import type { Api, ApiInput, ApiOutputs, ApiResult } from '../../../electron/api/contract';
import { OPERATION_NAMES, type OperationName } from '../../../electron/api/operation-names';

declare global {
  interface Window {
    /** Provided by the preload in the Electron window. */
    api?: Api;
    appShell?: {
      onNavigate(listener: (route: string) => void): void;
      print(): Promise<void>;
      printPdf(base64: string): Promise<{ printed: boolean; error?: string }>;
    };
  }
}

/** The bridge's token arrives in the address (?token=...) and is kept for the tab's life. */
function bridgeToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) sessionStorage.setItem('bridge-token', fromUrl);
  return fromUrl ?? sessionStorage.getItem('bridge-token') ?? '';
}

/** The same contract over the loopback HTTP bridge, for the browser. */
function httpApi(): Api {
  const token = bridgeToken();
  const call = async (name: OperationName, input: unknown): Promise<ApiResult<unknown>> => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      if (response.status === 401) return { ok: false, error: 'Phiên làm việc hết hạn: hãy mở lại địa chỉ ứng dụng kèm mã truy cập.' };
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: 'Không kết nối được với dịch vụ của ứng dụng. Hãy kiểm tra ứng dụng còn chạy.' };
    }
  };
  return Object.fromEntries(OPERATION_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as Api;
}

export const api: Api = window.api ?? httpApi();

/** Thrown by `call` when an operation fails; its message is Vietnamese and shown as is. */
export class ApiError extends Error {}

/** Calls an operation and unwraps its result, throwing ApiError on failure. */
export async function call<K extends OperationName>(name: K, input: ApiInput<K>): Promise<ApiOutputs[K]> {
  const fn = api[name] as (input: ApiInput<K>) => Promise<ApiResult<ApiOutputs[K]>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

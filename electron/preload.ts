import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from './api/contract';
import { OPERATION_NAMES, type OperationName } from './api/operation-names';

/**
 * Exposes the API contract to the renderer as window.api: one function per
 * operation, each a single IPC invoke. Nothing else of Electron reaches the page.
 */
const api = Object.fromEntries(
  OPERATION_NAMES.map((name: OperationName) => [name, (input: unknown) => ipcRenderer.invoke(`api:${name}`, input ?? {})]),
) as Api;

const shell = {
  /** Menu items that navigate send their route here. */
  onNavigate(listener: (route: string) => void): void {
    ipcRenderer.on('navigate', (_event, route: string) => listener(route));
  },
  print(): Promise<void> {
    return ipcRenderer.invoke('shell:print');
  },
  /** Prints a PDF itself (base64), through the system print dialog. */
  printPdf(base64: string): Promise<{ printed: boolean; error?: string }> {
    return ipcRenderer.invoke('shell:print-pdf', base64);
  },
};

contextBridge.exposeInMainWorld('api', api satisfies Api);
contextBridge.exposeInMainWorld('appShell', shell);

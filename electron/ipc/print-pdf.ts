import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** What printing needs of a BrowserWindow: structurally Electron's, so it is tested without Electron. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    print(options: { silent: boolean; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void;
  };
  destroy(): void;
}

export interface PrintOutcome {
  printed: boolean;
  /** Why not, in Vietnamese; absent when the user closed the print dialog. */
  error?: string;
}

/** Electron's failure reason when the user closes the print dialog: not an error to report. */
const CANCELLED = 'Print job canceled';

/** A briefing of some thousand pages is a few tens of MB; base64 adds a third. */
const MAX_BASE64_CHARS = 400 * 1024 * 1024;

/** The PDF the renderer asks to print, decoded and checked: base64 of a PDF file and nothing else. */
export function pdfToPrint(input: unknown): Buffer {
  if (typeof input !== 'string' || input.length === 0) throw new Error('Không có văn bản PDF để in.');
  if (input.length > MAX_BASE64_CHARS) throw new Error('Văn bản quá lớn để in từ ứng dụng: hãy lưu tệp PDF rồi in từ tệp.');
  const bytes = Buffer.from(input, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Dữ liệu gửi in không phải tệp PDF.');
  return bytes;
}

/**
 * Prints a PDF as itself, not the window that shows its preview: the file is written to
 * a temporary folder, a hidden window opens it in Chromium's PDF viewer, and the system
 * print dialog prints its pages (Electron 32 and later print a PDF document's own pages:
 * electron/electron#43309). The network lock-down lets exactly that file through while
 * it prints; the window and the file go afterwards, whatever happened.
 */
export async function printPdf(
  pdf: Buffer,
  options: { tempDir: string; openWindow: () => PrintWindow; allowUrl: (url: string) => () => void },
): Promise<PrintOutcome> {
  const file = path.join(options.tempDir, `in-van-ban-${randomUUID()}.pdf`);
  fs.writeFileSync(file, pdf);
  const url = pathToFileURL(file).toString();
  const disallow = options.allowUrl(url);
  let window: PrintWindow | null = null;
  try {
    window = options.openWindow();
    await window.loadURL(url);
    const printing = window;
    return await new Promise<PrintOutcome>((resolve) => {
      printing.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success || failureReason === CANCELLED) resolve({ printed: success });
        else resolve({ printed: false, error: `Không in được văn bản (${failureReason}).` });
      });
    });
  } finally {
    window?.destroy();
    disallow();
    fs.rmSync(file, { force: true });
  }
}

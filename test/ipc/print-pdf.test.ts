import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PrintWindow } from '../../electron/ipc/print-pdf';
import { pdfToPrint, printPdf } from '../../electron/ipc/print-pdf';
import { tempDir } from '../helpers/temp';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/** A window that records what it was asked and answers print() as the user would. */
function fakeWindow(answer: { success: boolean; reason: string }, seen: { url?: string; bytes?: Buffer; allowedWhileLoading?: boolean; destroyed: boolean }, allowed: Set<string>): PrintWindow {
  return {
    loadURL(url) {
      seen.url = url;
      seen.bytes = fs.readFileSync(fileURLToPath(url));
      seen.allowedWhileLoading = allowed.has(url);
      return Promise.resolve();
    },
    webContents: {
      print(options, callback) {
        expect(options.silent).toBe(false);
        callback(answer.success, answer.reason);
      },
    },
    destroy() {
      seen.destroyed = true;
    },
  };
}

function run(answer: { success: boolean; reason: string }) {
  const dir = tempDir();
  const allowed = new Set<string>();
  const seen: { url?: string; bytes?: Buffer; allowedWhileLoading?: boolean; destroyed: boolean } = { destroyed: false };
  const outcome = printPdf(PDF, {
    tempDir: dir,
    openWindow: () => fakeWindow(answer, seen, allowed),
    allowUrl: (url) => {
      allowed.add(url);
      return () => allowed.delete(url);
    },
  });
  return { dir, allowed, seen, outcome };
}

describe('printing a PDF from the export screen', () => {
  it('accepts only the base64 of a PDF, with a Vietnamese message otherwise', () => {
    expect(pdfToPrint(PDF.toString('base64')).equals(PDF)).toBe(true);
    expect(() => pdfToPrint(undefined)).toThrow('Không có văn bản PDF để in.');
    expect(() => pdfToPrint('')).toThrow('Không có văn bản PDF để in.');
    expect(() => pdfToPrint(Buffer.from('<html>').toString('base64'))).toThrow('không phải tệp PDF');
  });

  it('opens the document itself in a hidden window, prints it, then removes window, file and allowance', async () => {
    const { dir, allowed, seen, outcome } = run({ success: true, reason: '' });
    expect(await outcome).toEqual({ printed: true });
    expect(seen.url).toMatch(/^file:\/\/.*\.pdf$/);
    expect(seen.bytes?.equals(PDF)).toBe(true);
    expect(seen.allowedWhileLoading).toBe(true);
    expect(seen.destroyed).toBe(true);
    expect(allowed.size).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('treats a closed print dialog as no error, and reports a failed job in Vietnamese', async () => {
    expect(await run({ success: false, reason: 'Print job canceled' }).outcome).toEqual({ printed: false });
    const failed = run({ success: false, reason: 'Print job failed' });
    expect(await failed.outcome).toEqual({ printed: false, error: 'Không in được văn bản (Print job failed).' });
    expect(fs.readdirSync(failed.dir)).toEqual([]);
  });

  it('cleans up when the PDF cannot be opened', async () => {
    const dir = tempDir();
    let destroyed = false;
    const window: PrintWindow = {
      loadURL: () => Promise.reject(new Error('ERR_FAILED')),
      webContents: { print: () => undefined },
      destroy: () => (destroyed = true),
    };
    await expect(printPdf(PDF, { tempDir: dir, openWindow: () => window, allowUrl: () => () => undefined })).rejects.toThrow('ERR_FAILED');
    expect(destroyed).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

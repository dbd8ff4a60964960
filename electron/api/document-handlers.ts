/**
 * Documents in and out: import drafts and their saving, the indicator spreadsheet,
 * the Word and PDF exports, and the check of the template files the staff edit.
 * Files travel as base64 both ways; no path ever comes from the renderer.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { exportDocument } from '../exporting';
import { BriefingTemplateSchema, ConclusionTemplateSchema, LayoutSchema } from '../exporting/template-schema';
import { readYamlFile, TemplateError } from '../exporting/templates';
import { draftImport, ImportError, importXlsx, readIndicatorWorkbook, saveImport, writeIndicatorTemplate } from '../importing';
import { requireSession } from '../db/sessions';
import type { Session } from '../domain/model';
import { sessionOrdinalVi } from '../domain/vietnamese';
import type { SpreadsheetPreview, TemplateFileInfo } from '../domain/views';
import type { HandlerGroup } from './handler-types';

const MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

const KIND_NAMES = { briefing: 'Báo cáo', conclusion: 'Thông báo kết luận' } as const;

/**
 * "Dự thảo Thông báo kết luận - Phiên họp lần thứ ba năm 2025.docx": readable in a
 * folder of downloads, and free of the characters Windows refuses in file names.
 */
function exportFileName(session: Session, kind: keyof typeof KIND_NAMES, format: keyof typeof MIME_TYPES, draft: boolean): string {
  const [y, m, d] = session.date.split('-').map(Number);
  const which = session.number != null ? `Phiên họp lần ${sessionOrdinalVi(session.number)} năm ${session.year}` : `Hội nghị ngày ${d}-${m}-${y}`;
  return `${draft ? 'Dự thảo ' : ''}${KIND_NAMES[kind]} - ${which}.${format}`;
}

/** Each template file and the schema it must satisfy. */
const TEMPLATE_FILES: ReadonlyArray<[string, z.ZodType<unknown>]> = [
  ['layout.yaml', LayoutSchema],
  ['conclusion.yaml', ConclusionTemplateSchema],
  ['briefing.yaml', BriefingTemplateSchema],
];

/** Checks every template file on its own, so one broken file does not hide the state of the others. */
function checkTemplates(dir: string): TemplateFileInfo[] {
  return TEMPLATE_FILES.map(([name, schema]) => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) return { name, size: 0, modifiedAt: '', problem: `Thiếu tệp ${name} trong thư mục mẫu.`, line: null };
    const stat = fs.statSync(file);
    const info = { name, size: stat.size, modifiedAt: stat.mtime.toISOString() };
    try {
      readYamlFile(file, schema);
      return { ...info, problem: null, line: null };
    } catch (error) {
      if (error instanceof TemplateError) return { ...info, problem: error.message, line: error.line || null };
      throw error;
    }
  });
}

const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

/** Spreadsheets follow their own column layout and are saved as read; documents are drafted for review. */
const isSpreadsheet = (name: string) => /\.xlsx$/i.test(name);

export const documentHandlers: HandlerGroup<'importDraft' | 'saveImport' | 'importSpreadsheet' | 'indicatorSpreadsheetTemplate' | 'exportDocument' | 'listTemplates'> = (
  ctx,
) => ({
  importDraft: async ({ files }) => {
    const documents = files.filter((f) => !isSpreadsheet(f.name));
    const draft =
      documents.length > 0 ? await draftImport(ctx.db, documents.map((f) => ({ fileName: f.name, bytes: bytesOf(f) }))) : { documents: [], failures: [] };
    const spreadsheets: SpreadsheetPreview[] = [];
    for (const file of files.filter((f) => isSpreadsheet(f.name))) {
      try {
        spreadsheets.push({ fileName: file.name, rows: await readIndicatorWorkbook(bytesOf(file), file.name) });
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        draft.failures.push({ fileName: file.name, code: error.code, message: error.message });
      }
    }
    return { ...draft, spreadsheets };
  },
  saveImport: ({ draft }) => saveImport(ctx.db, draft),
  importSpreadsheet: ({ file }) => importXlsx(ctx.db, bytesOf(file), file.name),
  indicatorSpreadsheetTemplate: async () => ({
    fileName: 'Mẫu bảng chỉ tiêu.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: (await writeIndicatorTemplate()).toString('base64'),
  }),
  exportDocument: async ({ sessionId, kind, format, appendix, issue }) => {
    const session = requireSession(ctx.db, sessionId);
    const bytes = await exportDocument(ctx.db, { sessionId, kind, format, appendix, issue, templatesDir: ctx.templatesDir });
    return { fileName: exportFileName(session, kind, format, issue == null), mimeType: MIME_TYPES[format], base64: bytes.toString('base64') };
  },
  listTemplates: () => ({ dir: ctx.templatesDir, files: checkTemplates(ctx.templatesDir) }),
});

/**
 * The export service: the briefing report or the draft conclusion notice of a session,
 * as a Word file staff edit or the PDF printed for the meeting, both rendered from one
 * document model. Returns the bytes; the caller (CLI, main process) writes the file.
 */
import type { Db } from '../db/open';
import { buildBriefingModel } from './briefing-content';
import { buildConclusionModel } from './conclusion-content';
import type { IssueDetails } from './document-frame';
import type { DocumentModel } from './document-model';
import { renderPdf } from './pdf-renderer';
import type { DocumentKind } from './template-schema';
import { TEMPLATES_DIR } from '../paths';
import { sessionData } from './session-data';
import { loadBriefingTemplate, loadConclusionTemplate, templateTexts } from './templates';
import { renderWord } from './word-renderer';

export type ExportFormat = 'docx' | 'pdf';

export interface ExportRequest {
  sessionId: number;
  kind: DocumentKind;
  format: ExportFormat;
  /** The templates folder; the app's own templates/ when not given. */
  templatesDir?: string;
  /** Conclusion notice only: add the appendix giving each figure's source. */
  appendix?: boolean;
  /** Number and date once issued; without them the document is a draft. */
  issue?: IssueDetails | null;
}

/**
 * The document model of the request, before rendering. Built once for as long as the
 * database and the templates stay as they are (session-data.ts): the staff export the
 * same document as Word and as PDF.
 */
export function buildDocumentModel(db: Db, request: Omit<ExportRequest, 'format'>): DocumentModel {
  const dir = request.templatesDir ?? TEMPLATES_DIR;
  const issue = request.issue ?? null;
  const appendix = request.appendix ?? false;
  const key = JSON.stringify([request.kind, templateTexts(dir, request.kind), appendix, issue]);
  return sessionData(db, request.sessionId).document(key, () =>
    request.kind === 'conclusion'
      ? buildConclusionModel(db, request.sessionId, loadConclusionTemplate(dir), { appendix, issue })
      : buildBriefingModel(db, request.sessionId, loadBriefingTemplate(dir), { issue }),
  );
}

/** Renders a document model in the given format. */
export function renderDocument(model: DocumentModel, format: ExportFormat): Promise<Buffer> {
  return format === 'docx' ? renderWord(model) : renderPdf(model);
}

/** The document of the request as the bytes of a .docx or .pdf file. */
export function exportDocument(db: Db, request: ExportRequest): Promise<Buffer> {
  return renderDocument(buildDocumentModel(db, request), request.format);
}

export { TemplateError } from './templates';
export type { DocumentKind } from './template-schema';
export type { IssueDetails } from './document-frame';

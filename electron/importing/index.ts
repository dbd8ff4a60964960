/**
 * The importing service as the UI, the API and the command line call it:
 * read a document, extract what it says, draft an import, save the reviewed draft,
 * and the indicator spreadsheet (import and empty template).
 */
export type { DraftDocument, DraftFailure, DraftFigure, DraftSession, DraftTask, ImportCounts, ImportDraft, ImportFileInput, IndicatorChoice, IndicatorSuggestion } from './draft-types';
export type { ExtractedDeadline, ExtractedFigure, ExtractedSession, ExtractedTask, Extraction } from './extraction/types';
export type { ImportErrorCode } from './errors';
export { ImportError } from './errors';
export { extractDocument } from './extraction/extract';
export { readDocument, readDocumentFile, readFileBytes } from './readers/read-document';
export type { DocumentReadResult } from './readers/read-document';
export { draftImport } from './draft';
export { saveImport } from './save';
export { importXlsx } from './xlsx-import';
export { writeIndicatorTemplate, INDICATOR_COLUMNS } from './readers/xlsx-layout';
export { readIndicatorWorkbook } from './readers/xlsx-reader';
export type { IndicatorSheetRow } from './readers/xlsx-reader';

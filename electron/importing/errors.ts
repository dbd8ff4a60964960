/**
 * A file the importer cannot read or a draft it cannot save, told to the user in
 * Vietnamese. The code lets the UI and tests tell the cases apart without parsing text.
 */
export type ImportErrorCode =
  | 'not_found'
  | 'empty'
  | 'too_large'
  | 'unsupported_type'
  | 'wrong_extension'
  | 'binary_text'
  | 'legacy_encoding'
  | 'corrupt'
  | 'encrypted'
  | 'zip_bomb'
  | 'scanned_pdf'
  | 'no_text'
  | 'spreadsheet_layout'
  | 'invalid_draft'
  | 'missing_session_date';

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

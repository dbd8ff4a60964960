/**
 * The record signatures of the ZIP format (APPNOTE.TXT), shared by the reader that
 * checks imported .docx/.xlsx packages (importing/readers/zip-guard.ts) and the writer
 * of exported .docx packages (exporting/zip-package.ts).
 */
export const ZIP_SIGNATURE = {
  localHeader: 0x04034b50,
  centralHeader: 0x02014b50,
  endOfCentralDirectory: 0x06054b50,
  zip64EndOfCentralDirectory: 0x06064b50,
  zip64Locator: 0x07064b50,
} as const;

/** Deflate and store, the two compression methods a .docx or .xlsx uses. */
export const ZIP_METHOD = { stored: 0, deflated: 8 } as const;

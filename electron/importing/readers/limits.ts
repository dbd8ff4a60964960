/** Size limits of the readers: what a session document can reasonably be, with room to spare. */

/** Largest file accepted, whatever its type (checked before the file is read). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Largest total a .docx or .xlsx may unpack to: XML compresses well, but not a thousandfold. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** Largest number of entries in a .docx or .xlsx package. */
export const MAX_ZIP_ENTRIES = 5000;

/** An entry that unpacks to more than this many times its packed size is a zip bomb. */
export const MAX_COMPRESSION_RATIO = 200;

/** Largest text kept from any document. */
export const MAX_TEXT_CHARS = 20 * 1024 * 1024;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Tests of one character that the readers make around every number and name. The
 * patterns are module constants: esbuild, which bundles the app and runs the command
 * line through tsx, turns a regular-expression literal with \p{…} into a RegExp built
 * each time the literal is evaluated, and inside these loops that cost more than the
 * test itself.
 */
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const SPACE = /\s/u;

/** Whether `ch` (one character, or '' past either end of a text) is a letter. */
export function isLetter(ch: string): boolean {
  return LETTER.test(ch);
}

/** Whether `ch` (one character, or '' past either end of a text) is a letter or a digit. */
export function isLetterOrDigit(ch: string): boolean {
  return LETTER_OR_DIGIT.test(ch);
}

/** Whether `ch` (one character, or '' past either end of a text) is whitespace, as \s matches it. */
export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}

/** Whether a UTF-16 code (NaN past either end of a text) is one of the digits 0-9. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

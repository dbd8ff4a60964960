/**
 * Vietnamese typed before Unicode: TCVN3 (ABC, the .VnTime fonts) puts each accented
 * letter in one byte; VNI-Windows writes a base letter followed by a byte for its marks.
 * Read as Windows-1252 they show as "ViÖt Nam" and "Vieät Nam". These functions turn
 * them back into Unicode and tell which reading of a text looks like Vietnamese.
 */

/** TCVN3 lower-case letters in the order of their byte values below. */
const TCVN3_LETTERS =
  'àáạảãăằắặẳẵâầấậẩẫđèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹĂÂĐÊÔƠƯ';
const TCVN3_BYTES = [
  181, 184, 185, 182, 183, 168, 187, 190, 198, 188, 189, 169, 199, 202, 203, 200, 201, 174, 204, 208, 209, 206, 207, 170,
  210, 213, 214, 211, 212, 215, 221, 222, 216, 220, 223, 227, 228, 225, 226, 171, 229, 232, 233, 230, 231, 172, 234, 237,
  238, 235, 236, 239, 243, 244, 241, 242, 173, 245, 248, 249, 246, 247, 250, 253, 254, 251, 252, 161, 162, 167, 163, 164,
  165, 166,
];

/** Byte (or the Latin-1 character of the same code) -> Unicode letter. */
const TCVN3_MAP = new Map<number, string>(TCVN3_BYTES.map((b, i) => [b, [...TCVN3_LETTERS][i]!]));

/**
 * TCVN3 has no capital accented letters: headings were typed with a capitals font using
 * the same codes. A line whose plain letters are capitals, or a word whose plain
 * letters are, is taken as typed in that font.
 */
function restoreCapitals(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const plain = line.replace(/[^A-Za-z]/g, '');
      const capitals = plain.replace(/[^A-Z]/g, '').length;
      if (plain.length >= 4 && capitals >= plain.length * 0.8) return line.toUpperCase();
      return line.replace(/[\p{L}]+/gu, (word) => {
        const letters = word.replace(/[^A-Za-z]/g, '');
        return letters.length >= 2 && letters === letters.toUpperCase() && /[^\p{ASCII}]/u.test(word) ? word.toUpperCase() : word;
      });
    })
    .join('\n');
}

/** Converts TCVN3 bytes to Unicode; other high bytes are kept as Windows-1252 would show them. */
export function tcvn3BytesToUnicode(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += TCVN3_MAP.get(b) ?? String.fromCharCode(b);
  return restoreCapitals(out);
}

/** Converts text that went through a Windows-1252 reading of TCVN3 ("ViÖt Nam") to Unicode. */
export function tcvn3TextToUnicode(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += code >= 0xa1 && code <= 0xfe ? (TCVN3_MAP.get(code) ?? ch) : ch;
  }
  return restoreCapitals(out);
}

/** VNI marks (as Windows-1252 shows them) and the letters they make with each base vowel. */
const VNI_COMBINATIONS: Record<string, Record<string, string>> = {
  a: { ù: 'á', ø: 'à', û: 'ả', õ: 'ã', ï: 'ạ', â: 'â', á: 'ấ', à: 'ầ', å: 'ẩ', ã: 'ẫ', ä: 'ậ', ê: 'ă', é: 'ắ', è: 'ằ', ú: 'ẳ', ü: 'ẵ', ë: 'ặ' },
  e: { ù: 'é', ø: 'è', û: 'ẻ', õ: 'ẽ', ï: 'ẹ', â: 'ê', á: 'ế', à: 'ề', å: 'ể', ã: 'ễ', ä: 'ệ' },
  o: { ù: 'ó', ø: 'ò', û: 'ỏ', õ: 'õ', ï: 'ọ', â: 'ô', á: 'ố', à: 'ồ', å: 'ổ', ã: 'ỗ', ä: 'ộ' },
  ô: { ù: 'ớ', ø: 'ờ', û: 'ở', õ: 'ỡ', ï: 'ợ' },
  u: { ù: 'ú', ø: 'ù', û: 'ủ', õ: 'ũ', ï: 'ụ' },
  ö: { ù: 'ứ', ø: 'ừ', û: 'ử', õ: 'ữ', ï: 'ự' },
  y: { ù: 'ý', ø: 'ỳ', û: 'ỷ', õ: 'ỹ', ï: 'ỵ' },
};

/** Single VNI characters that are letters of their own. */
const VNI_SINGLES: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };

const VNI_PATTERN = /([aeouyôöAEOUYÔÖ])([ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË])|([ôöñæóòîÔÖÑÆÓÒÎ])/gu;

/** Converts VNI-Windows text read as Windows-1252 ("Vieät Nam") to Unicode, in one pass. */
export function vniTextToUnicode(text: string): string {
  return text.replace(VNI_PATTERN, (whole, base: string | undefined, mark: string | undefined, single: string | undefined) => {
    if (base && mark) {
      const letter = VNI_COMBINATIONS[base.toLowerCase()]?.[mark.toLowerCase()];
      if (!letter) return whole;
      return base === base.toUpperCase() ? letter.toUpperCase() : letter;
    }
    const s = single ?? '';
    const letter = VNI_SINGLES[s.toLowerCase()];
    if (!letter) return whole;
    return s === s.toUpperCase() ? letter.toUpperCase() : letter;
  });
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;

/** A word without non-ASCII letters says nothing; one with them is a Vietnamese syllable or not. */
type WordVerdict = 'ascii' | 'syllable' | 'other';

function wordVerdict(word: string): WordVerdict {
  if (!/[^\p{ASCII}]/u.test(word)) return 'ascii';
  const bare = word.toLowerCase().normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
  return SYLLABLE.test(bare) ? 'syllable' : 'other';
}

/**
 * How Vietnamese a text looks: the share of its words with non-ASCII letters that are
 * well-formed Vietnamese syllables. Garbled legacy text scores low, Unicode high.
 */
export function vietnameseScore(text: string): { ratio: number; words: number } {
  let words = 0;
  let valid = 0;
  // Syllables recur all through a text: each distinct word is normalised and tested once.
  const verdicts = new Map<string, WordVerdict>();
  for (const m of text.slice(0, 200_000).matchAll(/[^\s\d.,;:!?()"'“”‘’\-–/%]+/gu)) {
    let verdict = verdicts.get(m[0]);
    if (verdict === undefined) {
      verdict = wordVerdict(m[0]);
      verdicts.set(m[0], verdict);
    }
    if (verdict === 'ascii') continue;
    words += 1;
    if (verdict === 'syllable') valid += 1;
  }
  return { ratio: words === 0 ? 1 : valid / words, words };
}

export type LegacyEncoding = 'tcvn3' | 'vni';

/** When a Unicode text is in fact legacy Vietnamese read the wrong way, which one. */
export function detectLegacy(text: string): LegacyEncoding | null {
  const current = vietnameseScore(text);
  if (current.words < 3 || current.ratio >= 0.9) return null;
  const tcvn3 = vietnameseScore(tcvn3TextToUnicode(text)).ratio;
  const vni = vietnameseScore(vniTextToUnicode(text)).ratio;
  const best = Math.max(tcvn3, vni);
  if (best < 0.8 || best < current.ratio + 0.3) return null;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}

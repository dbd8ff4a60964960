/**
 * fast-check generators of the text the importer meets: Vietnamese letters with every
 * tone mark (composed and decomposed), numbers in both decimal conventions, the words
 * of dates, deadlines and agency names, and the invisible characters copy-paste brings.
 */
import fc from 'fast-check';

const LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY';
const TONED = 'àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠĐẾỆỐỘỨỰ';
const MARKS = '\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b';
const PUNCTUATION = ' .,;:/-–%()&"\'\n\t';
const INVISIBLE = '\u00a0\u200b\u200c\u200d\ufeff\u2028\u202e';

export const vietnameseChar = fc.constantFrom(...[...LETTERS, ...TONED, ...MARKS, ...'0123456789', ...PUNCTUATION, ...INVISIBLE]);

/** The words that make parsers take a branch: time words, scale words, agency names and short forms. */
const WORDS = [
  'ngày', 'tháng', 'năm', 'quý', 'Quý', 'I', 'II', 'III', 'IV', 'trước', 'trong', 'hết', 'đến', 'từ', 'cuối', 'đầu',
  'hoàn thành', 'chậm nhất', 'thường xuyên', 'hằng tháng', 'theo lộ trình', '6 tháng', 'nửa', 'giai đoạn',
  'đạt', 'mục tiêu', 'tăng', 'giảm', 'khoảng', 'hơn', 'dưới', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'đồng', 'USD', '%',
  'Bộ', 'Bộ Công an', 'Bộ KH&CN', 'Bộ Tài chính', 'UBND', 'Ủy ban nhân dân', 'các tỉnh, thành phố', 'các bộ, ngành',
  'chủ trì', 'phối hợp với', 'Thủ tướng', 'giao', 'yêu cầu', 'Quyết định số', '/QĐ-TTg', 'Nghị quyết', 'VPCP', 'EVN',
];

/** Mostly this century, sometimes any four digits (a typo such as 0225), sometimes unpadded. */
const year = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 2000, max: 2099 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }).map(String) },
);

/** A number as the texts write it, or a slip of one: 39,51 / 1.259.499 / 50.5 / 03 / 1,2,3. */
export const numberWord = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a},${b}`),
  fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 2, maxLength: 4 }).map((g) => g.map((n) => String(n).padStart(3, '0')).join('.')),
  fc.stringMatching(/^[0-9][0-9.,]{0,12}$/),
);

/** A date or period as written: 15/01/2026, 8/2025, I/2026, năm 2025. */
const dateWord = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), year).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 0, max: 14 }), year).map(([m, y]) => `${m}/${y}`),
  fc.tuple(fc.constantFrom('I', 'II', 'III', 'IV', 'V', '1', '5'), year).map(([q, y]) => `${q}/${y}`),
  year,
);

const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '; ', '\n', '\n\n', ' - ');

/** Words, numbers and dates strung together with the separators of running text. */
export const wordSoup = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), numberWord, dateWord, fc.string({ unit: vietnameseChar, maxLength: 8 })), separator), {
    maxLength: 120,
  })
  .map((parts) => parts.map(([word, sep]) => word + sep).join(''));

/** Time words right before dates: where deadline and period parsers do their work. */
export const timeSoup = fc
  .array(
    fc.tuple(
      fc.constantFrom('hoàn thành trong tháng', 'trước ngày', 'ngày', 'trong năm', 'trong Quý', 'quý', '6 tháng đầu năm', 'đến hết năm', 'từ tháng', 'đến ngày'),
      dateWord,
      separator,
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.map(([words, date, sep]) => `${words} ${date}${sep}`).join(''));

/** Anything a file could decode to, weighted towards text that looks like a session document. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: wordSoup },
  { weight: 1, arbitrary: timeSoup },
  { weight: 2, arbitrary: fc.string({ unit: vietnameseChar, maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 500 }) },
);

/** A real calendar day written YYYY-MM-DD. */
export function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/**
 * Short forms the texts use for the committee's subjects (domain.md), spelled out in
 * folded form (no diacritics, lower case) so that "12 CSDL" and "12 cơ sở dữ liệu",
 * or "hồ sơ TTHC" and "hồ sơ thủ tục hành chính", compare equal.
 */
export const FOLDED_ABBREVIATIONS: Readonly<Record<string, string>> = {
  tthc: 'thu tuc hanh chinh',
  csdl: 'co so du lieu',
  csdlqg: 'co so du lieu quoc gia',
  dvctt: 'dich vu cong truc tuyen',
  dvc: 'dich vu cong',
  khcn: 'khoa hoc cong nghe',
  dmst: 'doi moi sang tao',
  cds: 'chuyen doi so',
  cchc: 'cai cach hanh chinh',
  dn: 'doanh nghiep',
  ktxh: 'kinh te xa hoi',
};

/** Folded words with their short forms spelled out. */
export function expandFoldedWords(words: readonly string[]): string[] {
  return words.flatMap((w) => (FOLDED_ABBREVIATIONS[w] ?? w).split(' '));
}

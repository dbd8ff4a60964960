/**
 * Agency names as the texts write them, read into the canonical names of the
 * catalogue (domain.md): "Bộ KH&CN" is "Bộ Khoa học và Công nghệ", "UBND các tỉnh"
 * is "Ủy ban nhân dân các tỉnh, thành phố", and the heads of ministries and provinces
 * stand for their bodies. Predecessors keep their own names: their successors are
 * resolved when tasks are counted, not when they are read.
 */
import { AGENCY_CATALOGUE } from '../../domain/agencies';
import { foldVietnamese } from '../../domain/vietnamese';
import { isLetterOrDigit } from './characters';

export const ALL_MINISTRIES_AND_LOCALITIES = 'Các bộ, ngành, địa phương';
export const ALL_MINISTRIES = 'Các bộ, ngành';
export const ALL_PROVINCES = 'Ủy ban nhân dân các tỉnh, thành phố';

/** Who a matched phrase stands for; heads are merged into groups by agencyList. */
type Role = 'agency' | 'heads_of_ministries' | 'heads_of_localities' | 'partner_only';

export interface AgencyMatch {
  name: string;
  role: Role;
  start: number;
  end: number;
}

interface AgencyPattern {
  /** Lower-case letters a match can start with: most words are ruled out without running the regex. */
  firsts: string;
  regex: RegExp;
  name: (m: RegExpExecArray) => string;
  role: Role;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters of a name in either of the two spellings of "uỷ/ủy", "hoá/hóa" and with flexible spaces. */
function flexible(name: string): string {
  return escapeRegex(name)
    .replace(/\s+/g, '\\s+')
    .replace(/ủy|uỷ/giu, '(?:ủy|uỷ)')
    .replace(/oá|óa/giu, '(?:oá|óa)')
    .replace(/oà|òa/giu, '(?:oà|òa)');
}

const END = String.raw`(?![\p{L}\d&])`;
const GROUP_MINISTRIES = String.raw`bộ,?\s(?:ngành|cơ\squan(?:\sngang\sbộ)?(?:,\scơ\squan\sthuộc\sChính\sphủ)?)`;
const LOCALITIES = String.raw`(?:các\s)?(?:địa\sphương|tỉnh,\sthành\sphố(?:\strực\sthuộc\s[Tt]rung\s(?:ương|Ương))?)`;
const PROVINCE_BODY = String.raw`(?:Ủy|Uỷ)\sban\snhân\sdân|UBND`;
const PROPER_NAME = String.raw`[\p{Lu}][\p{Ll}]*(?:\s[\p{Lu}][\p{Ll}]*){0,3}`;
const HEAD_PREFIX = String.raw`(?:người\sđứng\sđầu|thủ\strưởng|lãnh\sđạo)\s`;

function catalogueName(raw: string): string {
  const key = foldVietnamese(raw);
  const entry = AGENCY_CATALOGUE.find((a) => [a.name, ...a.shortForms].some((n) => foldVietnamese(n) === key));
  return entry?.name ?? raw;
}

const PATTERNS: readonly AgencyPattern[] = [
  // Heads first, so that a list of them becomes one group: "Bộ trưởng, trưởng ngành, thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch UBND các địa phương".
  {
    firsts: 'bt',
    regex: new RegExp(String.raw`(?:Bộ\strưởng|[Tt]rưởng\sngành|[Tt]hủ\strưởng\scơ\squan\s(?:ngang\sbộ|thuộc\sChính\sphủ)(?:,\scơ\squan\sthuộc\sChính\sphủ)?)${END}`, 'uy'),
    name: () => ALL_MINISTRIES,
    role: 'heads_of_ministries',
  },
  {
    firsts: 'c',
    regex: new RegExp(String.raw`Chủ\stịch\s(?:${PROVINCE_BODY})\s(?:các\s)?(?:địa\sphương|tỉnh|cấp\stỉnh)(?:,\sthành\sphố)?(?:\s(?:0?2|hai)\scấp)?${END}`, 'uy'),
    name: () => ALL_PROVINCES,
    role: 'heads_of_localities',
  },
  // Group wordings first: they are what a "các bộ, ngành, địa phương" sentence means.
  {
    firsts: 'nltcmbt',
    regex: new RegExp(String.raw`(?:${HEAD_PREFIX})?(?:các\s|mỗi\s|tất\scả\s(?:các\s)?)?${GROUP_MINISTRIES}(?:,|\svà)?\s${LOCALITIES}${END}`, 'iuy'),
    name: () => ALL_MINISTRIES_AND_LOCALITIES,
    role: 'agency',
  },
  {
    firsts: 'nltcmb',
    regex: new RegExp(String.raw`(?:${HEAD_PREFIX})?(?:các\s|mỗi\s)?bộ\sngành,\s${LOCALITIES}${END}`, 'iuy'),
    name: () => ALL_MINISTRIES_AND_LOCALITIES,
    role: 'agency',
  },
  {
    firsts: 'nltcmb',
    regex: new RegExp(String.raw`(?:${HEAD_PREFIX})?(?:các\s|mỗi\s)?(?:${GROUP_MINISTRIES}|bộ\sngành)(?:\s(?:có\s)?liên\squan)?${END}`, 'iuy'),
    name: () => ALL_MINISTRIES,
    role: 'agency',
  },
  {
    firsts: 'nltc',
    regex: new RegExp(String.raw`(?:${HEAD_PREFIX})?[Cc]ác\s(?:bộ(?!\s[\p{Lu}])|cơ\squan\schủ\squản|cơ\squan\strung\sương|cơ\squan,\sđơn\svị)${END}`, 'uy'),
    name: () => ALL_MINISTRIES,
    role: 'agency',
  },
  {
    firsts: 'cuủ',
    regex: new RegExp(
      String.raw`(?:Chủ\stịch\s)?(?:${PROVINCE_BODY})\s(?:các\s)?(?:tỉnh,\sthành\sphố|tỉnh,\sthành|địa\sphương)(?:\strực\sthuộc\s[Tt]rung\s(?:ương|Ương))?(?:\s(?:0?2|hai)\scấp)?${END}`,
      'uy',
    ),
    name: () => ALL_PROVINCES,
    role: 'agency',
  },
  {
    firsts: 'cuủ',
    regex: new RegExp(String.raw`(?:Chủ\stịch\s)?(?:${PROVINCE_BODY})\s(tỉnh|thành\sphố|TP\.?)\s(${PROPER_NAME})${END}`, 'uy'),
    name: (m) => `Ủy ban nhân dân ${/^tỉnh/u.test(m[1] ?? '') ? 'tỉnh' : 'thành phố'} ${m[2] ?? ''}`,
    role: 'agency',
  },
  {
    firsts: 'cuủ',
    regex: new RegExp(String.raw`(?:Chủ\stịch\s)?(?:${PROVINCE_BODY})\scác\s(?:tỉnh|thành\sphố)${END}`, 'uy'),
    name: () => ALL_PROVINCES,
    role: 'agency',
  },
  {
    firsts: 'cn',
    regex: new RegExp(String.raw`(?:các\s)?ngân\shàng\sthương\smại(?:\scổ\sphần)?${END}`, 'iuy'),
    name: () => 'Các ngân hàng thương mại',
    role: 'agency',
  },
  // Bodies outside the catalogue that the texts name and assign work to: kept as worded.
  {
    firsts: 'btkv',
    regex: new RegExp(
      String.raw`(?:Bảo\shiểm\sxã\shội\sViệt\sNam|Kiểm\stoán\sNhà\snước|Tòa\sán\snhân\sdân\stối\scao|Viện\skiểm\ssát\snhân\sdân\stối\scao|(?:Tập\sđoàn|Tổng\scông\sty)(?:\s[\p{Lu}][\p{L}]*){1,6})${END}`,
      'uy',
    ),
    name: (m) => m[0].replace(/\s+/gu, ' '),
    role: 'agency',
  },
  // Bodies that take part in work but are not assigned tasks of their own.
  {
    firsts: 'ct',
    regex: new RegExp(String.raw`(?:các\s)?tập\sđoàn,\stổng\scông\sty(?:\snhà\snước)?${END}`, 'iuy'),
    name: () => 'Các tập đoàn, tổng công ty',
    role: 'partner_only',
  },
  {
    firsts: 'cd',
    regex: new RegExp(String.raw`(?:các\s)?doanh\snghiệp(?:\scông\snghệ(?:\ssố)?)?${END}`, 'iuy'),
    name: (m) => (/công/iu.test(m[0]) ? 'Doanh nghiệp công nghệ' : 'Doanh nghiệp'),
    role: 'partner_only',
  },
  {
    firsts: '0123456789',
    regex: new RegExp(String.raw`\d+\s(?:tỉnh,\sthành\sphố|tỉnh|thành\sphố)\strực\sthuộc\s[Tt]rung\s(?:ương|Ương)${END}`, 'uy'),
    name: (m) => m[0].replace(/\s+/g, ' '),
    role: 'partner_only',
  },
  // The catalogue: full names and short forms; acronyms only in capitals.
  ...AGENCY_CATALOGUE.flatMap((entry) =>
    [entry.name, ...entry.shortForms].map<AgencyPattern>((form) => ({
      firsts: /^[ủu]/iu.test(form) ? 'uủ' : form.charAt(0).toLowerCase(),
      regex: new RegExp(`${flexible(form)}${END}`, /^[\p{Lu}&\d-]+$/u.test(form) ? 'uy' : 'iuy'),
      name: () => entry.name,
      role: 'agency',
    })),
  ),
];

const BY_FIRST = new Map<string, AgencyPattern[]>();
for (const pattern of PATTERNS) {
  for (const first of pattern.firsts) BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), pattern]);
}

/** The longest agency phrase starting exactly at `pos`, or null. */
/** A head of one agency stands for it: "Bộ trưởng Bộ Công an", "Thống đốc Ngân hàng Nhà nước Việt Nam". */
const HEAD_OF_AGENCY = /(?:đồng\schí\s)?(?:Bộ\strưởng(?:,\sChủ\snhiệm)?|Thống\sđốc|Chủ\snhiệm|Tổng\sThanh\stra|Tổng\sGiám\sđốc|Tổng\sgiám\sđốc|Thủ\strưởng)\s(?=\p{Lu})/uy;

export function matchAgencyAt(text: string, pos: number): AgencyMatch | null {
  if (pos > 0 && isLetterOrDigit(text.charAt(pos - 1))) return null;
  HEAD_OF_AGENCY.lastIndex = pos;
  const head = HEAD_OF_AGENCY.exec(text);
  if (head) {
    const agency = matchAgencyAt(text, pos + head[0].length);
    if (agency && agency.role === 'agency') return { ...agency, start: pos };
  }
  let best: AgencyMatch | null = null;
  for (const pattern of BY_FIRST.get(text.charAt(pos).toLowerCase()) ?? []) {
    pattern.regex.lastIndex = pos;
    const m = pattern.regex.exec(text);
    if (!m || m.index !== pos) continue;
    if (!best || m[0].length > best.end - best.start) {
      best = { name: pattern.name(m), role: pattern.role, start: pos, end: pos + m[0].length };
    }
  }
  return best;
}

const LIST_SEPARATOR = /\s*(?:,\s*và|,|và|cùng)\s*/uy;
const LIST_SUFFIX = /\s(?:có\s)?liên\squan(?![\p{L}])/uy;

export interface AgencyList {
  /** Canonical names, in the order written, without repeats. */
  names: string[];
  /** Where each name was read from. */
  matches: AgencyMatch[];
  end: number;
}

/**
 * A list of agencies starting at `pos` ("Bộ Tài chính, Bộ Công an và các bộ, ngành
 * liên quan"). Heads listed together ("Bộ trưởng, ..., Chủ tịch UBND các địa
 * phương") become the group they lead.
 */
export function matchAgencyList(text: string, pos: number, options: { partners?: boolean } = {}): AgencyList | null {
  const matches: AgencyMatch[] = [];
  let cursor = pos;
  let end = pos;
  for (;;) {
    const match = matchAgencyAt(text, cursor);
    if (!match || (match.role === 'partner_only' && !options.partners)) break;
    matches.push(match);
    end = match.end;
    LIST_SUFFIX.lastIndex = end;
    const suffix = LIST_SUFFIX.exec(text);
    if (suffix) end += suffix[0].length;
    LIST_SEPARATOR.lastIndex = end;
    const separator = LIST_SEPARATOR.exec(text);
    if (!separator || separator[0].length === 0) break;
    cursor = end + separator[0].length;
  }
  if (matches.length === 0) return null;
  const heads = new Set(matches.filter((m) => m.role !== 'agency' && m.role !== 'partner_only').map((m) => m.role));
  let names = matches.map((m) =>
    heads.size === 2 && (m.role === 'heads_of_ministries' || m.role === 'heads_of_localities') ? ALL_MINISTRIES_AND_LOCALITIES : m.name,
  );
  // "các bộ, cơ quan ngang bộ, ..., UBND các tỉnh, thành phố" names everyone: ministries and localities.
  if (names.includes(ALL_MINISTRIES) && names.includes(ALL_PROVINCES)) {
    names = names.map((n) => (n === ALL_MINISTRIES || n === ALL_PROVINCES ? ALL_MINISTRIES_AND_LOCALITIES : n));
  }
  return { names: [...new Set(names)], matches, end };
}

/** The canonical name of an agency as written, or the wording itself when unknown. */
export function canonicalAgencyName(raw: string): string {
  const text = raw.trim().replace(/\s+/g, ' ');
  const list = matchAgencyList(text, 0, { partners: true });
  if (list && list.names.length === 1 && text.slice(list.end).trim() === '') return list.names[0]!;
  return catalogueName(text);
}

/** Every place a list of partners follows "phối hợp (với)": these numbers and names are not figures or leads. */
export function partnerLists(text: string): AgencyList[] {
  const lists: AgencyList[] = [];
  const cue = /phối\shợp(?:\schặt\schẽ)?(?:\svới)?\s/giu;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const list = matchAgencyList(text, m.index + m[0].length, { partners: true });
    if (list) lists.push(list);
  }
  return lists;
}

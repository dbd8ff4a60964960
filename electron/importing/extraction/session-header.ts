/**
 * What a text says about the session itself: its title, number ("lần thứ hai",
 * "lần thứ 3"), date and chair. Press reports date a session loosely ("Sáng nay
 * (17/5)"), so a date without a year takes the year of the latest full date the
 * text mentions.
 */
import { isoDate } from './dates';
import type { Segmented } from './segmentation';
import type { ExtractedSession } from './types';

const ORDINALS: Record<string, number> = {
  nhất: 1, một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};

const META = /^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?/u;
const SESSION_NUMBER = /[Pp]hiên\shọp(?:\sthường\skỳ)?\s(?:lần\s)?thứ\s(\d{1,2}|[\p{L}]+)(?:\snăm\s(\d{4}))?/u;
const CHAIR = /(?<!Phó\s)(Thủ\stướng(?:\sChính\sphủ)?\s[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+){1,3})/u;
const FULL_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu;

function ordinal(word: string): number | null {
  if (/^\d+$/u.test(word)) return Number(word);
  return ORDINALS[word.toLowerCase()] ?? null;
}

/** The year of the latest full date written in the text: the year a yearless date belongs to. */
function latestYear(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(FULL_DATE)) {
    const y = Number(m[3]);
    if (year == null || y > year) year = y;
  }
  return year;
}

function sessionDate(doc: Segmented, fallbackYear: number | null): string | null {
  for (const sentence of doc.sentences.slice(0, 12)) {
    const text = sentence.text;
    if (!/(?:phiên\shọp|hội\snghị|họp|chủ\strì|tổ\schức)/iu.test(text)) continue;
    // The place-and-date line of a notice ("Hà Nội, ngày 08 tháng 8 năm 2025") dates the notice, not the session.
    const withoutPlaceLine = text.replace(/[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)*,\sngày\s\d{1,2}\stháng\s\d{1,2}\snăm\s\d{4}/gu, ' ');
    const full = /ngày\s(\d{1,2})\s?\/\s?(\d{1,2})\s?\/\s?(\d{4})|ngày\s(\d{1,2})\stháng\s(\d{1,2})\snăm\s(\d{4})/iu.exec(withoutPlaceLine);
    if (full) {
      const date = isoDate(Number(full[3] ?? full[6]), Number(full[2] ?? full[5]), Number(full[1] ?? full[4]));
      if (date) return date;
    }
    const short = /(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Nn]gày)(?:\snay)?\s\(?|ngày\s)(\d{1,2})\/(\d{1,2})(?!\/\d)\)?/u.exec(withoutPlaceLine);
    if (short && fallbackYear != null) {
      const date = isoDate(fallbackYear, Number(short[2]), Number(short[1]));
      if (date) return date;
    }
  }
  return null;
}

const COMMITTEE = /Ban\sChỉ\sđạo\scủa\sChính\sphủ\svề[^.;:()]*?Đề\sán\s06/u;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The title: a heading naming the session, else the phrase "phiên họp lần thứ ..." of
 * the text, else "Hội nghị ..." with the committee's name, else a title from the date.
 */
function sessionTitle(doc: Segmented, date: string | null): string | null {
  const first = doc.sentences.find((s) => s.kind !== 'meta' && s.kind !== 'caption');
  if (first && first.kind === 'heading' && /(?:phiên\shọp|hội\snghị|kết\sluận)/iu.test(first.text)) return first.text;
  for (const sentence of doc.sentences) {
    const m = /[Pp]hiên\shọp\s(?:lần\sthứ|thứ|thường\skỳ)[^.;:()]*/u.exec(sentence.text);
    if (!m) continue;
    let title = m[0];
    const anchor = title.indexOf('Đề án 06');
    if (anchor >= 0) title = title.slice(0, anchor + 'Đề án 06'.length);
    return capitalise(title.trim().replace(/[,\s]+$/u, ''));
  }
  const committee = COMMITTEE.exec(doc.text)?.[0];
  const conference = doc.sentences.map((s) => /Hội\snghị(?:\s[^.;:()]{0,160})?/u.exec(s.text)?.[0]).find((t) => t != null);
  if (conference) {
    const named = /Ban\sChỉ\sđạo/u.test(conference) ? conference.trim() : `${conference.trim()} ${committee ? `của ${committee}` : 'của Ban Chỉ đạo'}`;
    return date ? `${named} ngày ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : named;
  }
  if (date) return `Phiên họp ${committee ? `${committee} ` : ''}ngày ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
  return first ? first.text.slice(0, 200) : null;
}

export function extractSessionHeader(doc: Segmented): ExtractedSession {
  const meta = META.exec(doc.text);
  const metaDate = meta?.[3] ? isoDate(Number(meta[1]), Number(meta[2]), Number(meta[3])) : null;
  const metaMonth = meta && !meta[3] ? `${meta[1]}-${meta[2]}` : null;

  let number: number | null = null;
  let numberYear: number | null = null;
  for (const sentence of doc.sentences) {
    const m = SESSION_NUMBER.exec(sentence.text);
    if (!m) continue;
    number = ordinal(m[1] ?? '');
    numberYear = m[2] ? Number(m[2]) : null;
    if (number != null) break;
  }

  const inferredYear = meta ? Number(meta[1]) : latestYear(doc.text);
  const date = metaDate ?? sessionDate(doc, inferredYear);

  let chair: string | null = null;
  const chairing = doc.sentences.find((s) => /chủ\strì/u.test(s.text) && CHAIR.test(s.text));
  const chairSource = chairing ?? doc.sentences.find((s) => CHAIR.test(s.text));
  if (chairSource) chair = CHAIR.exec(chairSource.text)?.[1] ?? null;

  const year = date ? Number(date.slice(0, 4)) : (numberYear ?? inferredYear);
  return { title: sessionTitle(doc, date), number, date, chair, year, month: date ? null : metaMonth };
}

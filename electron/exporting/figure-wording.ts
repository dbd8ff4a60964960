/**
 * How the documents word a compared figure: the actual as the texts give it (39,51%;
 * 40/61 tiện ích; hạng 46/132), the target as it was set, the period it is due, the
 * shortfall, the change since the previous session. Numbers come from the comparison
 * service; this module only words them, the Vietnamese way.
 */
import { formatAttainment, formatFigure, formatGap, formatValue } from '../comparison/format';
import type { IndicatorComparison } from '../comparison';
import { formatDateVi, formatNumberVi } from '../domain/vietnamese';
import type { ListItemBlock } from './document-model';
import { listItem } from './document-model';

export function actualText(c: IndicatorComparison): string {
  return c.actual ? formatFigure(c.actual, c.unit) : '';
}

/** The target as set: "80%", "63/63 địa phương", "8,3–8,5%", "hạng 40". */
export function targetText(c: IndicatorComparison): string {
  const t = c.target;
  if (!t) return '';
  if (c.basis === 'rank') return `hạng ${formatNumberVi(t.value)}${t.of != null ? `/${formatNumberVi(t.of)}` : ''}`;
  if (t.of != null) return `${formatNumberVi(t.value)}/${formatValue(t.of, c.unit)}`;
  if (t.valueMax != null) return `${formatNumberVi(t.value)}–${formatValue(t.valueMax, c.unit)}`;
  return formatValue(t.value, c.unit);
}

/** "năm 2025" for a target due at the end of a year, else "đến ngày 30/6/2026". */
export function targetPeriod(c: IndicatorComparison): string {
  const due = c.target?.dueDate;
  if (!due) return '';
  return due.endsWith('-12-31') ? `năm ${due.slice(0, 4)}` : `đến ngày ${formatDateVi(due)}`;
}

/** " (các tỉnh)" after the indicator's name; nothing for a nationwide figure. */
export function scopeSuffix(c: IndicatorComparison): string {
  return c.scope == null ? '' : ` (${c.scopeLabel})`;
}

/** " (6 tháng đầu năm 2025)": the period the actual covers, when the texts gave one. */
export function periodSuffix(c: IndicatorComparison): string {
  return c.actual?.period ? ` (${c.actual.period})` : '';
}

export function attainmentText(c: IndicatorComparison): string {
  return c.attainment != null ? formatAttainment(c.attainment) : '';
}

export function gapText(c: IndicatorComparison): string {
  return c.gap != null ? formatGap(Math.abs(c.gap), c.gapUnit) : '';
}

export function expectedText(c: IndicatorComparison): string {
  return c.expected != null ? formatValue(c.expected, c.valueUnit) : targetText(c);
}

/**
 * "tăng 5,2 điểm phần trăm", "không đổi"; empty when there is no earlier figure. A rank
 * climbs ("tăng 10 bậc") when its number falls, from 20th to 10th.
 */
export function changeText(c: IndicatorComparison): string {
  const change = c.changeSincePrevious?.change;
  if (change == null) return '';
  if (change === 0) return 'không đổi';
  const up = c.basis === 'rank' ? change < 0 : change > 0;
  return `${up ? 'tăng' : 'giảm'} ${formatGap(Math.abs(change), c.gapUnit)}`;
}

/** Sentences as a dashed list: each ends with ";" and the last with ".". */
export function punctuatedList(sentences: readonly string[]): ListItemBlock[] {
  return sentences.map((sentence, i) => listItem(`${sentence.trim().replace(/[;.,:]+$/, '')}${i === sentences.length - 1 ? '.' : ';'}`));
}

/** A document's last line ends with "./."; the template's wording is kept, the mark made sure of. */
export function withClosingMark(sentence: string): string {
  const trimmed = sentence.trim();
  return trimmed.endsWith('./.') ? trimmed : `${trimmed.replace(/[.;,:]+$/, '')}./.`;
}

/** Lower-cases the first letter of a clause put after a subject, unless it starts an acronym (VNeID, CSDL). */
export function clause(text: string): string {
  const trimmed = text.trim();
  const firstWord = trimmed.split(/\s/, 1)[0] ?? '';
  const capitals = firstWord.replace(/[^\p{Lu}]/gu, '').length;
  return capitals > 1 ? trimmed : trimmed.charAt(0).toLocaleLowerCase('vi') + trimmed.slice(1);
}

export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

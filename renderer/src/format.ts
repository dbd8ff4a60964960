import dayjs, { type Dayjs } from 'dayjs';
import { foldVietnamese, formatDateVi, formatNumberVi, formatPercentVi, sessionOrdinalVi } from '../../electron/domain/vietnamese';

export { formatDateVi, formatNumberVi, formatPercentVi };

/** The ISO date of a picker's value. */
export function isoOf(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** A picker's value for an ISO date. */
export function dayOf(iso: string): Dayjs {
  return dayjs(iso, 'YYYY-MM-DD');
}

/** How date pickers show and accept dates: as the staff write them (17/5/2025). */
export const DATE_FORMAT = 'D/M/YYYY';

/** A figure with its unit, in Vietnamese form: "39,51%", "1.259.499 hồ sơ". */
export function formatValue(value: number, unit: string, valueMax?: number | null): string {
  const number = valueMax != null ? `${formatNumberVi(value)}–${formatNumberVi(valueMax)}` : formatNumberVi(value);
  if (unit === '%') return `${number}%`;
  return unit ? `${number} ${unit}` : number;
}

/** A date that may be missing: "—" stands for none. */
export function formatOptionalDate(iso: string | null | undefined): string {
  return iso ? formatDateVi(iso) : '—';
}

/** A timestamp stored as ISO (2025-08-08T03:15:00.000Z), shown in local time: "8/8/2025 10:15". */
export function formatTimestamp(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? `${formatDateVi(d.format('YYYY-MM-DD'))} ${d.format('HH:mm')}` : iso;
}

/** A file size: "1,5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumberVi(bytes / 1024, 1)} KB`;
  return `${formatNumberVi(bytes / (1024 * 1024), 1)} MB`;
}

/** Search in a Select ignoring diacritics and case: "bo cong an" finds "Bộ Công an". */
export const foldedSearch = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input.trim())),
};

/** A short name for a session: "Phiên họp lần thứ tư (24/9/2025)"; an unnumbered one is a conference. */
export function sessionLabel(session: { number: number | null; date: string }): string {
  return session.number != null
    ? `Phiên họp lần ${sessionOrdinalVi(session.number)} (${formatDateVi(session.date)})`
    : `Hội nghị ngày ${formatDateVi(session.date)}`;
}

/** A figure as the texts word it, by its kind: "39,51%", "40/61 tiện ích", "hạng 46/132", "tăng 20,5%". */
export function figureText(
  figure: { kind: 'level' | 'change' | 'count_of' | 'rank'; value: number; valueMax: number | null; of: number | null },
  unit: string,
): string {
  switch (figure.kind) {
    case 'rank':
      return `hạng ${formatNumberVi(figure.value)}${figure.of != null ? `/${formatNumberVi(figure.of)}` : ''}`;
    case 'count_of':
      return figure.of != null ? `${formatNumberVi(figure.value)}/${formatValue(figure.of, unit)}` : formatValue(figure.value, unit);
    case 'change':
      return `${figure.value < 0 ? 'giảm' : 'tăng'} ${formatValue(Math.abs(figure.value), unit, figure.valueMax != null ? Math.abs(figure.valueMax) : null)}`;
    case 'level':
      return formatValue(figure.value, unit, figure.valueMax);
  }
}

/** A target as worded: "80%", "40/61 tiện ích", "8,3–8,5%". */
export function targetText(target: { value: number; valueMax: number | null; of: number | null }, unit: string): string {
  return target.of != null ? `${formatNumberVi(target.value)}/${formatValue(target.of, unit)}` : formatValue(target.value, unit, target.valueMax);
}

/**
 * Figures as the staff write them (39,51%; 40/61 tiện ích; hạng 46/132), shared by
 * the CLI tables, the charts' labels and the rating reasons.
 */
import { formatNumberVi, formatPercentVi } from '../domain/vietnamese';
import type { ComparisonBasis, SeriesPoint } from './types';

export const NATIONWIDE_LABEL = 'Cả nước';

export function scopeLabel(scope: string | null): string {
  return scope ?? NATIONWIDE_LABEL;
}

/**
 * Words joined into one flat string, for text a comparison keeps. A template literal
 * with three values leaves a chain of five strings joined by reference, beside its
 * parts; comparing every series keeps 10,000 rating reasons, so 56,000 such links (a
 * sixth of all it keeps), which the collector copied at each collection during the
 * call. Joined, a reason is one string.
 */
export function joinedText(...parts: string[]): string {
  return parts.join('');
}

/** A value with its unit: "39,51%", "78,1 tỷ USD", "3.241". */
export function formatValue(value: number, unit: string): string {
  if (unit === '%') return formatPercentVi(value);
  return unit ? `${formatNumberVi(value)} ${unit}` : formatNumberVi(value);
}

/** Attainment as a percentage with one decimal, kept even when zero so a column aligns: 0.190125 -> "19,0%". */
export function formatAttainment(attainment: number): string {
  const text = formatNumberVi(attainment * 100, 1);
  return `${text.includes(',') ? text : `${text},0`}%`;
}

/** The unit a gap is counted in: percentage points for percentages, places for ranks. */
export function gapUnitFor(basis: ComparisonBasis | null, valueUnit: string): string {
  if (basis === 'rank') return 'bậc';
  return valueUnit === '%' ? 'điểm phần trăm' : valueUnit;
}

export function formatGap(gap: number, gapUnit: string): string {
  return gapUnit ? `${formatNumberVi(gap)} ${gapUnit}` : formatNumberVi(gap);
}

/** A level or a range: "39,51%", "8,3–8,5%". */
function formatLevel(value: number, valueMax: number | null, unit: string): string {
  return valueMax != null ? `${formatNumberVi(value)}–${formatValue(valueMax, unit)}` : formatValue(value, unit);
}

/** A figure as worded in the texts, by its kind. */
export function formatFigure(point: Pick<SeriesPoint, 'kind' | 'value' | 'valueMax' | 'of'>, unit: string): string {
  switch (point.kind) {
    case 'rank':
      return `hạng ${formatNumberVi(point.value)}${point.of != null ? `/${formatNumberVi(point.of)}` : ''}`;
    case 'count_of':
      return point.of != null ? `${formatNumberVi(point.value)}/${formatValue(point.of, unit)}` : formatValue(point.value, unit);
    case 'change': {
      const max = point.valueMax != null ? Math.abs(point.valueMax) : null;
      return `${point.value < 0 ? 'giảm' : 'tăng'} ${formatLevel(Math.abs(point.value), max, unit)}`;
    }
    case 'level':
      return formatLevel(point.value, point.valueMax, unit);
  }
}

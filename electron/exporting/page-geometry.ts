/**
 * Page geometry both renderers share, so Word and the PDF break pages alike: units
 * (the decree's millimetres, Word's twips, PDF points), A4, the text width and the
 * inner padding of table cells.
 */
import type { PageLayout } from './document-model';

const POINTS_PER_MM = 72 / 25.4;
const TWIPS_PER_MM = 1440 / 25.4;

/** A4 portrait as both formats name it. */
export const A4 = {
  widthMm: 210,
  heightMm: 297,
  widthTwips: 11906,
  heightTwips: 16838,
  widthPt: 595.28,
  heightPt: 841.89,
} as const;

export function mmToPt(mm: number): number {
  return mm * POINTS_PER_MM;
}

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Word measures type in half-points. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Splits a total width into integer parts proportional to the weights, summing exactly to the total. */
export function distribute(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  const rest = total - parts.reduce((a, b) => a + b, 0);
  if (parts.length > 0) parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + rest;
  return parts;
}

/** Width of the text area between the left and right margins. */
export function textWidthMm(layout: PageLayout): number {
  return A4.widthMm - layout.margins.left - layout.margins.right;
}

/** Inner padding of data-table cells, in points: Word's cell margins and the PDF's alike. */
export const CELL_PADDING = { vertical: 2, horizontal: 4 } as const;

/** Width of the boxed "DỰ THẢO" mark at the top right of page 1, in millimetres. */
export const DRAFT_BOX_WIDTH = 30;

/** Distance in points from the bottom of a line of text to the rule drawn under it. */
export const RULE_GAP = 4;

/** Length of the short rule under the summary line, as a share of the text width. */
export const SUMMARY_RULE_SHARE = 0.25;

/** Length of the rule under the issuing agency, as a share of the header's left column. */
export const AGENCY_RULE_SHARE = 0.35;

/**
 * A figure as the database records it: the date its target is due, and the saved
 * observation or target it would repeat (same indicator, period end and scope).
 */
import { findSameObservation, findSameTarget } from '../db/indicators';
import type { Db } from '../db/open';
import type { IsoDate } from '../domain/model';
import type { DraftFigure } from './draft-types';
import { periodEnd } from './extraction/dates';
import type { ExtractedFigure } from './extraction/types';

/** A target is due at the end of the period it names, else at the end of the year the figure is about. */
export function targetDueDate(figure: ExtractedFigure, asOf: IsoDate | null): IsoDate | null {
  const period = figure.kind === 'target' ? figure.period : (figure.target_period ?? null);
  const year = period ? /(\d{4})/u.exec(period)?.[1] : undefined;
  if (period && year) return periodEnd(period, `${year}-12-31`);
  return asOf ? `${asOf.slice(0, 4)}-12-31` : null;
}

/** The observation or target already saved that this figure would repeat. */
export function findDuplicate(db: Db, indicatorId: number, figure: ExtractedFigure, asOf: IsoDate, targetDue: IsoDate | null): DraftFigure['duplicateOf'] {
  if (figure.kind !== 'target') {
    const same = findSameObservation(db, indicatorId, asOf, figure.scope, figure.kind);
    return same == null ? null : { kind: 'observation', id: same };
  }
  if (targetDue == null) return null;
  const same = findSameTarget(db, indicatorId, targetDue, figure.scope, figure.target ?? figure.value);
  return same == null ? null : { kind: 'target', id: same };
}

import { compareIndicators, DEFAULT_RATING_THRESHOLDS, getIndicatorDetail, getRatingThresholds, indicatorSeriesChart, setRatingThresholds } from '../comparison';
import {
  createIndicator,
  createObservation,
  createTarget,
  deleteObservation,
  deleteTarget,
  getIndicator,
  updateIndicator,
  updateObservation,
  updateTarget,
} from '../db/indicators';
import { listFigureViews, listTargetViews } from '../db/views';
import type { Indicator } from '../domain/model';
import type { FigureView, TargetView } from '../domain/views';
import type { HandlerGroup } from './handler-types';
import { inTransaction } from './handler-types';
import { indicatorRow } from './indicator-rows';

/** Chỉ tiêu: the comparison table, one indicator in full, hand edits of figures and targets, and the rating thresholds. */
export const indicatorHandlers: HandlerGroup<
  | 'listIndicators'
  | 'getIndicator'
  | 'createIndicator'
  | 'updateIndicator'
  | 'createTarget'
  | 'updateTarget'
  | 'deleteTarget'
  | 'createObservation'
  | 'updateObservation'
  | 'deleteObservation'
  | 'getThresholds'
  | 'updateThresholds'
> = (ctx) => {
  const indicator = (id: number): Indicator => {
    const found = getIndicator(ctx.db, id);
    if (!found) throw new Error(`Không tìm thấy chỉ tiêu #${id}`);
    return found;
  };
  const targetView = (id: number): TargetView => {
    const [found] = listTargetViews(ctx.db, { id });
    if (!found) throw new Error(`Không tìm thấy mục tiêu #${id}`);
    return found;
  };
  const figureView = (id: number): FigureView => {
    const [found] = listFigureViews(ctx.db, { id });
    if (!found) throw new Error(`Không tìm thấy số liệu #${id}`);
    return found;
  };

  return {
    // The table shows each series' latest figure; the figures behind it come with one indicator.
    listIndicators: ({ asOf, sessionId }) => compareIndicators(ctx.db, { asOf, sessionId }).map(indicatorRow),
    getIndicator: ({ id, asOf }) => {
      const detail = getIndicatorDetail(ctx.db, id, { asOf });
      return {
        indicator: indicator(id),
        detail,
        figures: listFigureViews(ctx.db, { indicatorId: id }),
        targets: listTargetViews(ctx.db, { indicatorId: id }),
        charts: detail.comparisons.map((c) => ({
          key: `${c.scope ?? ''}|${c.kind ?? ''}`,
          label: `Diễn biến ${c.indicatorName} (${c.scopeLabel}): ${c.ratingLabel}`,
          option: indicatorSeriesChart(c),
          height: 340,
        })),
      };
    },
    createIndicator: ({ indicator: input }) => inTransaction(ctx, () => createIndicator(ctx.db, input)),
    updateIndicator: ({ id, indicator: input }) =>
      inTransaction(ctx, () => {
        updateIndicator(ctx.db, id, input);
        return indicator(id);
      }),
    createTarget: ({ target }) => targetView(inTransaction(ctx, () => createTarget(ctx.db, target)).id),
    updateTarget: ({ id, target }) => targetView(inTransaction(ctx, () => updateTarget(ctx.db, id, target)).id),
    deleteTarget: ({ id }) => {
      inTransaction(ctx, () => {
        targetView(id);
        deleteTarget(ctx.db, id);
      });
      return { deleted: true };
    },
    createObservation: ({ observation }) => figureView(inTransaction(ctx, () => createObservation(ctx.db, observation)).id),
    updateObservation: ({ id, observation }) => figureView(inTransaction(ctx, () => updateObservation(ctx.db, id, observation)).id),
    deleteObservation: ({ id }) => {
      inTransaction(ctx, () => {
        figureView(id);
        deleteObservation(ctx.db, id);
      });
      return { deleted: true };
    },
    getThresholds: () => ({ thresholds: getRatingThresholds(ctx.db), defaults: DEFAULT_RATING_THRESHOLDS }),
    updateThresholds: ({ thresholds }) => ({ thresholds: inTransaction(ctx, () => setRatingThresholds(ctx.db, thresholds)) }),
  };
};

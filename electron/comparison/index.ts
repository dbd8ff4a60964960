/**
 * The comparison domain's surface: targets against actuals, task tracking, the
 * "6 rõ" check, changes between sessions and chart specifications. Plain Node: the
 * API handlers, the CLI and the exporter call these.
 */
export { compareIndicators, getIndicatorDetail } from './indicators';
export { countTasksByAgency, forEachTaskStatus, listTaskStatuses, sessionTaskCounts, sessionTaskPage, sessionTaskSelection, updateTaskStatus } from './tasks';
export { taskStatusAsOf } from './task-status';
export { checkSixClear, SIX_CLEAR_LABELS } from './six-clear';
export { changesSincePrevious } from './changes';
export { indicatorSeriesChart, targetVsActualChart, tasksByAgencyChart } from './charts';
export { resolveAsOf } from './as-of';
export { formatAttainment, formatFigure, formatGap, formatValue, scopeLabel } from './format';
export { DEFAULT_RATING_THRESHOLDS, getRatingThresholds, setRatingThresholds } from './thresholds';
export type { RatingThresholds } from './thresholds';
export type * from './types';

import type { Migration } from '../migration';
import { initialSchema } from './001-initial-schema';
import { taskDoneDates } from './002-task-done-dates';
import { observationSeriesByKind } from './003-observation-series-by-kind';
import { searchIndexByRowid } from './004-search-index-by-rowid';
import { observationSeriesKeys } from './005-observation-series-keys';
import { auditIndexForTaskHistory } from './006-audit-index-for-task-history';
import { observationSeriesBySession } from './007-observation-series-by-session';
import { indicatorAliasesByIndicator } from './008-indicator-aliases-by-indicator';
import { checksByComparison } from './009-checks-by-comparison';
import { figureInsertsLoggedById } from './010-figure-inserts-logged-by-id';
import { auditTimeWithoutPrintf } from './011-audit-time-without-printf';
import { auditTimeAsNumber } from './012-audit-time-as-number';
import { figuresWithoutSessionIndex } from './013-figures-without-session-index';

/** Every migration, in order; a new step is a new file appended here. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  taskDoneDates,
  observationSeriesByKind,
  searchIndexByRowid,
  observationSeriesKeys,
  auditIndexForTaskHistory,
  observationSeriesBySession,
  indicatorAliasesByIndicator,
  checksByComparison,
  figureInsertsLoggedById,
  auditTimeWithoutPrintf,
  auditTimeAsNumber,
  figuresWithoutSessionIndex,
];

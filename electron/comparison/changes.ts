/**
 * What moved between the previous session's date and this one's: tasks assigned,
 * tasks completed, tasks that fell overdue, and indicators whose rating changed.
 */
import type { Db } from '../db/open';
import { previousSession, requireSession } from '../db/sessions';
import { compareIndicators } from './indicators';
import { findTasksWithStatus } from './task-queries';
import type { IndicatorComparison, RatingChange, SessionChanges } from './types';

/** Changes since the previous session; for the first session, everything on record counts as new. */
export function changesSincePrevious(db: Db, sessionId: number): SessionChanges {
  const session = requireSession(db, sessionId);
  const previous = previousSession(db, session);
  const to = session.date;
  const from = previous?.date ?? null;
  const params = { from, previousId: previous?.id ?? null };
  const since = (where: string) => ({ where: from === null ? [] : [where], params });

  return {
    session,
    previousSession: previous,
    from,
    to,
    // Assigned by a session after the previous one, up to and including this one.
    newTasks: findTasksWithStatus(
      db,
      to,
      since('t.session_id IN (SELECT id FROM sessions WHERE date > @from OR (date = @from AND id > @previousId))'),
    ),
    // Done now and not yet done then.
    doneTasks: findTasksWithStatus(
      db,
      to,
      since('(t.first_done_date IS NULL OR t.first_done_date > @from)'),
      { statuses: ['done_on_time', 'done_late'] },
    ),
    // Overdue now, and not then: an open task was overdue then if it existed and its deadline had passed.
    newlyOverdue: findTasksWithStatus(
      db,
      to,
      since('NOT (t.due_date < @from AND (t.session_id IS NULL OR t.session_id IN (SELECT id FROM sessions WHERE date <= @from)))'),
      { statuses: ['overdue'] },
    ),
    ratingChanges: ratingChanges(from === null ? [] : compareIndicators(db, { asOf: from }), compareIndicators(db, { asOf: to })),
  };
}

/** Series whose rating differs between the two dates; a series absent before counts as no data then. */
function ratingChanges(before: IndicatorComparison[], after: IndicatorComparison[]): RatingChange[] {
  const key = (c: IndicatorComparison) => JSON.stringify([c.indicatorId, c.scope, c.kind]);
  const earlier = new Map(before.map((c) => [key(c), c.rating]));
  return after.flatMap((comparison) => {
    const was = earlier.get(key(comparison)) ?? 'no_data';
    if (was === comparison.rating) return [];
    const { indicatorId, indicatorName, scope, scopeLabel, rating } = comparison;
    return [{ indicatorId, indicatorName, scope, scopeLabel, before: was, after: rating, comparison }];
  });
}

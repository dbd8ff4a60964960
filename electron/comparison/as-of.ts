import type { IsoDate } from '../domain/model';
import { todayIso } from '../domain/vietnamese';
import type { Db } from '../db/open';
import { requireSession } from '../db/sessions';
import { assertIsoDate } from './dates';

/** The date a comparison or a task list stands at: given, else the session's date, else today. */
export function resolveAsOf(db: Db, options: { asOf?: IsoDate; sessionId?: number }): IsoDate {
  if (options.asOf !== undefined) {
    assertIsoDate(options.asOf);
    return options.asOf;
  }
  return options.sessionId !== undefined ? requireSession(db, options.sessionId).date : todayIso();
}

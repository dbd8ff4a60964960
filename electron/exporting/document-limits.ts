/**
 * How long the documents may grow. A session of a few years' data carries thousands of
 * open tasks and indicators followed in every province (295 indicators × 34 provinces):
 * written out one by one, the notice ran to 4,899 pages and the briefing to 3,476, which
 * nobody prints or reads. Past these limits the documents summarise the way the staff
 * write by hand: counts by agency or by scope, the worst few named, "và N nhiệm vụ khác".
 * Below them (the sample data, an ordinary session) everything is written out as before.
 * templates/README.md describes the same limits for the staff.
 */

/** A task table longer than this moves from the body of the briefing to an appendix. */
export const LONG_TABLE_ROWS = 20;

/** An appendix lists a task list whole up to this many tasks; past it, per agency (TASKS_PER_AGENCY each). */
export const APPENDIX_TASK_ROWS = 100;

/** Tasks named per agency in a list too long for an appendix, those due first (the longest overdue) first. */
export const TASKS_PER_AGENCY = 5;

/** The notice relists earlier sessions' open tasks one by one up to this many; past it, a summary per agency. */
export const CARRIED_OVER_LISTED = 50;

/** Overdue tasks the notice names per agency in that summary, the longest overdue first. */
export const CARRIED_OVER_NAMED = 3;

/**
 * An indicator with figures for more scopes than this (provinces, ministries) gets one
 * row in the indicator table and one sentence in the text for its scopes, not one each.
 */
export const SCOPES_WRITTEN_OUT = 5;

/** Scopes named in such a summary ("thấp nhất ...") and listed per indicator in the briefing's appendix. */
export const SCOPES_NAMED = 3;

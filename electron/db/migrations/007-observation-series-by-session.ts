import type { Migration } from '../migration';

/**
 * The reporting session in the series index: (indicator_id, scope, kind, as_of,
 * session_id).
 *
 * A figure counts as of a date only once it has been reported: its session was held
 * on or before the date (electron/comparison/figure-reads.ts). Finding the latest such
 * figure of a series walks this index back from the date and skips the entries whose
 * session is later, so the session must be in the index: without it every entry
 * walked is a lookup in the table, and the short walk that bounds each series' figures
 * in the comparison of every series is no longer read from the index alone.
 *
 * Checked against the session's date at query time rather than through a reported_on
 * column kept by triggers: nothing to keep in step when a session is moved to another
 * date or deleted, and no extra write for each figure saved.
 */
export const observationSeriesBySession: Migration = {
  version: 7,
  name: 'observation series by session',
  up(db) {
    db.exec(`
      DROP INDEX observations_series;
      CREATE INDEX observations_series ON observations (indicator_id, scope, kind, as_of, session_id);
    `);
  },
};

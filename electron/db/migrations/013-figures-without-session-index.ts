import type { Migration } from '../migration';

/**
 * The index of figures by session gives way to one of the figures without a session.
 *
 * Only two things looked figures up by session: whether any figure of no session stands
 * by a date (comparison/figure-reads.ts), which the new index answers with one seek and
 * which only such figures need to be in; and deleting a session, which sets its
 * figures' session to none and now reads the table for them (1,000,000 figures: 280 ->
 * 360 ms, for a step the staff take rarely). Keeping an entry for every figure in the
 * old index was a sixth of the cost of saving one (bench/generate.ts: 5.5 -> 4.8 µs a
 * figure with its audit entry).
 */
export const figuresWithoutSessionIndex: Migration = {
  version: 13,
  name: 'figures without a session indexed alone',
  up(db) {
    db.exec(`
      DROP INDEX observations_session;
      CREATE INDEX observations_without_session ON observations (as_of) WHERE session_id IS NULL;
    `);
  },
};

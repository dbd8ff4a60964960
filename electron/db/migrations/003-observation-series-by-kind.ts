import type { Migration } from '../migration';

/**
 * A series is an indicator's figures of one kind in one scope: a level and a change
 * ("đạt 25 tỷ USD, tăng 20,5%") are never compared with each other. With the kind in
 * the series index, listing the series reads the index alone (no lookup of a million
 * rows for their kind), and the latest figure of a series stays one seek.
 */
export const observationSeriesByKind: Migration = {
  version: 3,
  name: 'observation series by kind',
  up(db) {
    db.exec(`
      DROP INDEX observations_series;
      CREATE INDEX observations_series ON observations (indicator_id, scope, kind, as_of);
    `);
  },
};

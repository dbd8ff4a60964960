import type { Migration } from '../migration';

/**
 * The key column for a figure's scope: '' nationwide (scope NULL), else '=' and the
 * scope. A primary key cannot hold NULL, and '' alone would take a scope written as an
 * empty string for nationwide; this way every scope has its own key, in the order of
 * scope (nationwide first, as ORDER BY scope puts NULL).
 */
export const scopeKey = (scope: string) => `CASE WHEN ${scope} IS NULL THEN '' ELSE '=' || ${scope} END`;

/** The figure's series in observation_series, NEW or OLD. */
const keyOf = (row: 'NEW' | 'OLD') => `indicator_id = ${row}.indicator_id AND scope_key = ${scopeKey(`${row}.scope`)} AND kind = ${row}.kind`;
/** The other figures of the figure's series in observations (the series index). */
const figuresOf = (row: 'NEW' | 'OLD') => `indicator_id = ${row}.indicator_id AND scope IS ${row}.scope AND kind = ${row}.kind`;

/** A figure joins its series: the key comes with its first figure; an earlier figure moves first_as_of back. */
const joinSeries = `
  INSERT INTO observation_series (indicator_id, scope_key, kind, scope, first_as_of)
    VALUES (NEW.indicator_id, ${scopeKey('NEW.scope')}, NEW.kind, NEW.scope, NEW.as_of)
    ON CONFLICT DO UPDATE SET first_as_of = excluded.first_as_of WHERE excluded.first_as_of < first_as_of;`;

/**
 * A figure leaves its series: the key goes with the last figure; if the figure was the
 * earliest, first_as_of moves on to the next one (min() on observations_series: one seek).
 */
const leaveSeries = `
  DELETE FROM observation_series WHERE ${keyOf('OLD')} AND NOT EXISTS (SELECT 1 FROM observations WHERE ${figuresOf('OLD')});
  UPDATE observation_series SET first_as_of = (SELECT min(as_of) FROM observations WHERE ${figuresOf('OLD')})
    WHERE ${keyOf('OLD')} AND first_as_of = OLD.as_of;`;

/**
 * The series (indicator, scope, kind of figure) in a table of their own, each with the
 * date of its first figure, kept by triggers on observations.
 *
 * compareIndicators lists the series with a figure on or before a date. Asked of
 * observations, that is a DISTINCT over the whole series index however few the series
 * are: at 1,000,000 figures (10,000 series) 75-170 ms, a scan of a million index
 * entries. From this table: 3-5 ms. Filling it at that size takes about 0.25 s.
 *
 * WITHOUT ROWID, keyed by the series itself: one b-tree, one seek per figure written.
 * A rowid table with a unique index on the key was tried first; with SQLite 3.54 a
 * statement prepared while that table was nearly empty then ran every insert of a figure
 * at twice the cost however large the table grew (bench/generate.ts, which prepares
 * its insert once on an empty file: 1.4 s -> 2.4 s per 100,000 figures). Keyed so, the
 * cost stays within noise of no table at all.
 *
 * Only a change of a figure's indicator, scope, kind or date can move a key. The audit
 * log leaves the table out: it is derived, and the statement below rebuilds it.
 */
export const observationSeriesKeys: Migration = {
  version: 5,
  name: 'observation series keys',
  up(db) {
    db.exec(`
      CREATE TABLE observation_series (
        indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        scope_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        scope TEXT,
        first_as_of TEXT NOT NULL,
        PRIMARY KEY (indicator_id, scope_key, kind)
      ) WITHOUT ROWID;
      INSERT INTO observation_series (indicator_id, scope_key, kind, scope, first_as_of)
        SELECT indicator_id, ${scopeKey('scope')}, kind, scope, min(as_of) FROM observations GROUP BY indicator_id, scope, kind;

      CREATE TRIGGER observation_series_ai AFTER INSERT ON observations BEGIN ${joinSeries} END;
      CREATE TRIGGER observation_series_au AFTER UPDATE OF indicator_id, scope, kind, as_of ON observations BEGIN
        ${leaveSeries}
        ${joinSeries}
      END;
      CREATE TRIGGER observation_series_ad AFTER DELETE ON observations BEGIN ${leaveSeries} END;
    `);
  },
};

/**
 * Reading the figures of a series as of a date: the statements behind the comparisons
 * (indicators.ts) and the rule they share.
 *
 * A figure counts as of a date once it had been reported by then: it stands at that date
 * or earlier (as_of), and the session that reported it was held on or before the date.
 * A notice for the 3rd session must not cite a figure "as of 31/3" that only the 5th
 * session reported. A figure without a session (a spreadsheet a ministry sent, a figure
 * typed in) counts from the date it stands at: the app does not know when it was
 * reported, and the time it was imported (documents.imported_at) says when the staff
 * entered it, which for a ministry's back figures can be years later and would hide them
 * from every comparison before that day.
 */
import type { IsoDate, Qualifier } from '../domain/model';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { boundedMemo } from '../domain/bounded-memo';
import type { ObservationKind } from './types';

/**
 * The columns of a figure that a series point shows, in the order of FigureRow. Read
 * in raw mode (arrays): no property names set on each row only to be copied away.
 */
const POINT_COLUMNS = 'o.id, o.value, o.value_max, o.of_value, o.qualifier, o.period, o.as_of, o.session_id, o.document_id, o.evidence';

/** A figure as POINT_COLUMNS reads it; SERIES_LIST_SQL adds the key of its series. */
export type FigureRow = [
  id: number,
  value: number,
  valueMax: number | null,
  of: number | null,
  qualifier: Qualifier,
  period: string | null,
  asOf: IsoDate,
  sessionId: number | null,
  documentId: number | null,
  evidence: string | null,
  indicatorId?: number,
  scope?: string | null,
  kind?: ObservationKind,
];
const QUALIFIER = 4;
const PERIOD = 5;
export const AS_OF = 6;
export const SESSION_ID = 7;
const KEY_INDICATOR = 10;
const KEY_SCOPE = 11;
const KEY_KIND = 12;

export interface SeriesKey {
  indicatorId: number;
  scope: string | null;
  kind: ObservationKind;
}

/**
 * The figure `o` had been reported by @asOf: no session, or none held after the date.
 * The later sessions are listed once per statement (a handful of ids); the session is
 * the last column of the series index (migration 7), so the check needs no table row.
 * Sessions are mostly entered in the order they are held, so a figure whose session id
 * is below every later session's is let through on that one comparison, before the
 * lookup in the list: at 1,000,000 figures the lookup for every figure walked cost
 * 9-10 ms of each comparison of every series, the shortcut half of that.
 */
const reportedBy = (o: string) =>
  `(${o}.session_id IS NULL OR ${o}.session_id < (SELECT coalesce(min(id), 9223372036854775807) FROM sessions WHERE date > @asOf)
    OR ${o}.session_id NOT IN (SELECT id FROM sessions WHERE date > @asOf))`;

/**
 * The latest figures of one series, newest first: a seek in observations_series
 * (indicator_id, scope, kind, as_of, session_id) to the as-of date and a short walk
 * back past the figures reported later; figures of one date are put in entry order (a
 * sort of the ties alone). getIndicatorDetail reads each series of its indicator with
 * it (@limit -1: all), the list the rare series whose previous session lies further back
 * than SERIES_LIST_SQL read.
 */
export const SERIES_SQL = `SELECT ${POINT_COLUMNS} FROM observations o
  WHERE o.indicator_id = @indicatorId AND o.scope IS @scope AND o.kind = @kind AND o.as_of <= @asOf AND ${reportedBy('o')}
  ORDER BY o.as_of DESC, o.id DESC LIMIT @limit`;

/**
 * The series of an indicator with a figure on or before the date, in the order of their
 * key: scope (nationwide first), then kind (migration 5 keeps the table). A series whose
 * figures were all reported later is listed too, and reads no figure.
 */
const SERIES_KEYS_SQL = `SELECT indicator_id AS indicatorId, scope, kind FROM observation_series
  WHERE indicator_id = @indicatorId AND first_as_of <= @asOf ORDER BY scope_key, kind`;

/**
 * The series of the indicators @first to @last (ids) with a figure reported by the date,
 * and the latest @offset + 1 such figures of each, in one statement, each row with its
 * series' key. For each key, the date of its (@offset + 1)-th latest figure (a short walk
 * back in observations_series, the index alone) bounds a range seek in the same index;
 * figures sharing the boundary date come too. Rows come series by series in key order
 * (the primary key of observation_series, so no sort), each series oldest first as the
 * index holds it (as_of, then session and rowid). SQLite does not see that order through
 * the join and would sort every series for an ORDER BY on it; latestSeriesBatches puts
 * figures of one date in entry order instead.
 *
 * A covering index (every column but evidence, 74 MB beside the 43 MB of the series
 * index) was measured too and left out: evidence still needs the row, so it saved
 * nothing (66 ms either way); without evidence it would save 13 ms.
 */
export const SERIES_LIST_SQL = `SELECT ${POINT_COLUMNS}, k.indicator_id, k.scope, k.kind FROM observation_series k
  JOIN observations o ON o.indicator_id = k.indicator_id AND o.scope IS k.scope AND o.kind = k.kind AND o.as_of <= @asOf
    AND o.as_of >= coalesce((SELECT f.as_of FROM observations f
      WHERE f.indicator_id = k.indicator_id AND f.scope IS k.scope AND f.kind = k.kind AND f.as_of <= @asOf AND ${reportedBy('f')}
      ORDER BY f.as_of DESC LIMIT 1 OFFSET @offset), '')
    AND ${reportedBy('o')}
  WHERE k.indicator_id BETWEEN @first AND @last AND k.first_as_of <= @asOf
  ORDER BY k.indicator_id, k.scope_key, k.kind`;

/**
 * Of the series given as [indicatorId, scope, kind, sessionId] (the session of their
 * latest figure), the positions of those that may have, among their latest @reach figures
 * reported by the date, one reported by another session or by none: such a figure on or
 * after the date of the @reach-th latest (so a few more when figures share that date; the
 * caller reads those series exactly). Index-only walks, in one statement: as of the first
 * session's date every series' latest figures come from that one session, and 10,000
 * calls of SERIES_SQL, one a series, to learn that none has a previous session's figure
 * took 500-700 ms; this takes 45. The keys are taken out of the JSON once (MATERIALIZED),
 * not at each use in the walks: 44 ms, not 75.
 */
const OTHER_SESSION_SQL = `WITH k (indicator_id, scope, kind, session_id, position) AS MATERIALIZED (
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, key FROM json_each(@keys))
  SELECT k.position FROM k WHERE EXISTS (SELECT 1 FROM observations f
    WHERE f.indicator_id = k.indicator_id AND f.scope IS k.scope AND f.kind = k.kind AND f.as_of <= @asOf
      AND f.as_of >= coalesce((SELECT g.as_of FROM observations g
        WHERE g.indicator_id = k.indicator_id AND g.scope IS k.scope AND g.kind = k.kind AND g.as_of <= @asOf AND ${reportedBy('g')}
        ORDER BY g.as_of DESC LIMIT 1 OFFSET @reach - 1), '')
      AND ${reportedBy('f')} AND (f.session_id IS NULL OR f.session_id <> k.session_id))`;

/** The series of the indicator with a figure on or before the date, in key order. */
export function seriesKeys(db: Db, asOf: IsoDate, indicatorId: number): SeriesKey[] {
  return statement(db, SERIES_KEYS_SQL).all({ asOf, indicatorId }) as SeriesKey[];
}

/**
 * Whether any figure reported by the date could be another session's than @sessionId:
 * a session other than it held by then, or a figure of no session standing by then (a
 * seek in the index of such figures alone, migration 13).
 */
const ANY_OTHER_SESSION_SQL = `SELECT EXISTS (SELECT 1 FROM sessions WHERE date <= @asOf AND id <> @sessionId)
  OR EXISTS (SELECT 1 FROM observations WHERE session_id IS NULL AND as_of <= @asOf)`;

/**
 * Which of `series` (each with the session of its latest figure) may have, among their latest
 * `reach` figures reported by the date, one from another session or from none. As of the
 * first session's date, when every series asks, one look at the sessions and at the
 * figures of no session often answers for all.
 */
export function withOtherSession(db: Db, asOf: IsoDate, reach: number, series: ReadonlyArray<{ key: SeriesKey; sessionId: number }>): Set<number> {
  const first = series[0];
  if (!first) return new Set();
  if (series.every((s) => s.sessionId === first.sessionId) && !statement(db, ANY_OTHER_SESSION_SQL).pluck(true).get({ asOf, sessionId: first.sessionId })) {
    return new Set();
  }
  const keys = JSON.stringify(series.map(({ key, sessionId }) => [key.indicatorId, key.scope, key.kind, sessionId]));
  return new Set(statement(db, OTHER_SESSION_SQL).pluck(true).all({ keys, asOf, reach }) as number[]);
}

/** The latest `limit` figures (-1: all) of the series reported by the date, oldest first: one seek. */
export function seriesRows(db: Db, key: SeriesKey, asOf: IsoDate, limit: number): FigureRow[] {
  const rows = statement(db, SERIES_SQL).raw(true).all({ indicatorId: key.indicatorId, scope: key.scope, kind: key.kind, asOf, limit }) as FigureRow[];
  return rows.reverse();
}

/**
 * The indicators whose series one SERIES_LIST_SQL reads: their rows are read whole (all())
 * and done with before the next are read. Stepping through every series' rows with
 * iterate() crossed between JavaScript and SQLite three times a row, not once, and made
 * an object for each step: at 40,000 rows, 10 ms more of each comparison of every series
 * (bench/generate.ts, 20 dates); the rows of all series read at once lived until the last
 * was compared, and the collector copied them. Sixteen indicators are about 550 series.
 */
const INDICATORS_PER_READ = 16;

const INDICATOR_IDS_SQL = 'SELECT id FROM indicators ORDER BY id';

/** A series' latest figures as latestSeriesBatches reads them, oldest first, with its key. */
export interface LatestSeries {
  key: SeriesKey;
  rows: FigureRow[];
}

/**
 * Every series with a figure reported by the date, in key order, with at least its
 * latest `shown` figures (at most `reach`), oldest first; the row's key columns name the
 * series. The rows are read a few indicators at a time (INDICATORS_PER_READ) and handed
 * over a batch at a time, so each batch is done with before the next is read and the
 * collector never has to copy them. Batches, not a call back for each series: a
 * function each caller made anew was a new call target in this loop at every
 * comparison, and V8 threw the loop's optimised code away and compiled it again six
 * times in the first seven comparisons of every series (--trace-opt, --trace-deopt).
 */
export function* latestSeriesBatches(db: Db, asOf: IsoDate, shown: number, reach: number): Generator<LatestSeries[]> {
  const ids = statement(db, INDICATOR_IDS_SQL).pluck(true).all() as number[];
  const read = statement(db, SERIES_LIST_SQL).raw(true);
  // The series before, whose strings are shared already: series of one indicator mostly
  // stand at the same dates with the same periods, and a row's strings are first
  // compared with those of the row at its place there, which costs less than a lookup.
  let before: FigureRow[] = [];
  for (let i = 0; i < ids.length; i += INDICATORS_PER_READ) {
    const last = ids[Math.min(i + INDICATORS_PER_READ, ids.length) - 1] as number;
    const rows = read.all({ asOf, offset: shown - 1, first: ids[i], last }) as FigureRow[];
    const batch: LatestSeries[] = [];
    let series: FigureRow[] = [];
    for (const row of rows) {
      const first = series[0];
      if (first && (row[KEY_INDICATOR] !== first[KEY_INDICATOR] || row[KEY_SCOPE] !== first[KEY_SCOPE] || row[KEY_KIND] !== first[KEY_KIND])) {
        batch.push(latestOf(series, reach));
        before = series;
        series = [];
      }
      const twin = before[series.length];
      row[QUALIFIER] = sharedLike(row[QUALIFIER], twin?.[QUALIFIER]);
      row[PERIOD] = sharedLike(row[PERIOD], twin?.[PERIOD]);
      row[AS_OF] = sharedLike(row[AS_OF], twin?.[AS_OF]);
      series.push(row);
    }
    // A batch holds whole indicators, so its last series ends with it.
    if (series.length > 0) {
      batch.push(latestOf(series, reach));
      before = series;
    }
    yield batch;
  }
}

/** A series' rows in date order, its latest `reach` of them, with its key. */
function latestOf(series: FigureRow[], reach: number): LatestSeries {
  const first = series[0] as FigureRow;
  if (!inDateOrder(series)) series.sort(byDateThenId);
  const key = { indicatorId: first[KEY_INDICATOR] as number, scope: shared(first[KEY_SCOPE] as string | null), kind: shared(first[KEY_KIND] as ObservationKind) };
  return { key, rows: series.length > reach ? series.slice(-reach) : series };
}

/**
 * One string for each distinct value of the columns every comparison repeats: dates,
 * periods, qualifiers, scopes and kinds. SQLite hands over a new string for each row;
 * kept as read, 40,000 figures' strings (4-5 MB) would outlive the collections the
 * comparison triggers, each copying them again. Bounded, as dates.ts bounds its dates.
 */
const sharedString = boundedMemo(10_000, (text: string) => text);

function shared<T extends string | null>(text: T): T {
  return text === null ? text : (sharedString(text) as T);
}

/** `text` as shared: `like` (a shared string) when the two are equal, which is checked first. */
function sharedLike<T extends string | null>(text: T, like: T | undefined): T {
  return text === like ? like : shared(text);
}

function inDateOrder(rows: FigureRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (byDateThenId(rows[i - 1] as FigureRow, rows[i] as FigureRow) > 0) return false;
  return true;
}

function byDateThenId(a: FigureRow, b: FigureRow): number {
  return a[AS_OF] < b[AS_OF] ? -1 : a[AS_OF] > b[AS_OF] ? 1 : a[0] - b[0];
}

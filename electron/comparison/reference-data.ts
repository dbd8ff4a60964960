/**
 * What every comparison looks up and the staff seldom change, the session and document
 * names and the targets, read once per connection and kept until the database changes.
 * At 20,060 targets (bench/generate.ts) reading them and grouping them by indicator and
 * scope took 45-50 ms of each comparison of every series, and kept 7 MB of rows alive
 * while the comparisons were made, which the collector copied again and again.
 */
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { Sources } from './sources';
import { loadSources } from './sources';
import type { TargetsByIndicator } from './targets';
import { loadAllTargets } from './targets';

export interface ReferenceData {
  sources: Sources;
  targets: TargetsByIndicator;
}

/**
 * Writes through this connection (total_changes(), which counts every row changed) and
 * commits by any other (data_version, which stays at the snapshot of the transaction
 * that reads it): while both stand still, what was read before still holds.
 */
const VERSION_SQL = 'SELECT total_changes() AS own, data_version AS others FROM pragma_data_version';

interface Version {
  own: number;
  others: number;
}

const kept = new WeakMap<Db, Version & { data: ReferenceData }>();

/**
 * The reference data as the current transaction sees it; call it inside a transaction
 * so that it agrees with what else that transaction reads. With `keep` false (the caller
 * opened its own transaction around the comparison, which may hold writes it could still
 * roll back) it is read afresh and not kept.
 */
export function referenceData(db: Db, keep: boolean): ReferenceData {
  if (!keep) return loadReferenceData(db);
  const version = statement(db, VERSION_SQL).get() as Version;
  const last = kept.get(db);
  if (last && last.own === version.own && last.others === version.others) return last.data;
  const data = loadReferenceData(db);
  kept.set(db, { ...version, data });
  return data;
}

function loadReferenceData(db: Db): ReferenceData {
  const sources = loadSources(db);
  return { sources, targets: loadAllTargets(db, sources) };
}

import { AGENCY_CATALOGUE } from '../domain/agencies';
import type { Agency, AgencyKind } from '../domain/model';
import { foldVietnamese } from '../domain/vietnamese';
import type { Db } from './open';
import { statement } from './statements';

interface AgencyRow {
  id: number;
  name: string;
  kind: string;
  short_forms: string;
  successor_id: number | null;
  active: 0 | 1;
}

function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as AgencyKind,
    shortForms: JSON.parse(row.short_forms) as string[],
    successorId: row.successor_id,
    active: row.active === 1,
  };
}

/** Inserts the agencies of the catalogue that are missing; existing rows (and the staff's edits) stay. */
export function ensureAgencyCatalogue(db: Db): void {
  const insert = statement(db, 
    'INSERT INTO agencies (name, kind, short_forms, active) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING',
  );
  const setSuccessor = statement(db, 
    'UPDATE agencies SET successor_id = (SELECT id FROM agencies WHERE name = ?) WHERE name = ? AND successor_id IS NULL',
  );
  const missing = AGENCY_CATALOGUE.filter(
    (a) => !statement(db, 'SELECT 1 FROM agencies WHERE name = ?').get(a.name),
  );
  if (missing.length === 0) return;
  db.transaction(() => {
    for (const a of missing) insert.run(a.name, a.kind, JSON.stringify(a.shortForms), a.successor ? 0 : 1);
    for (const a of missing) if (a.successor) setSuccessor.run(a.successor, a.name);
  })();
}

export function listAgencies(db: Db): Agency[] {
  return (statement(db, 'SELECT * FROM agencies ORDER BY id').all() as AgencyRow[]).map(toAgency);
}

export function getAgency(db: Db, id: number): Agency | null {
  const row = statement(db, 'SELECT * FROM agencies WHERE id = ?').get(id) as AgencyRow | undefined;
  return row ? toAgency(row) : null;
}

export function updateAgency(
  db: Db,
  id: number,
  patch: Partial<Pick<Agency, 'shortForms' | 'successorId' | 'active' | 'kind'>>,
): Agency {
  const current = getAgency(db, id);
  if (!current) throw new Error(`Không tìm thấy cơ quan #${id}`);
  const next = { ...current, ...patch };
  statement(db, 'UPDATE agencies SET kind = ?, short_forms = ?, successor_id = ?, active = ? WHERE id = ?').run(
    next.kind,
    JSON.stringify(next.shortForms),
    next.successorId,
    next.active ? 1 : 0,
    id,
  );
  return next;
}

/**
 * Looks agencies up by their name or one of their short forms, ignoring case and
 * diacritics, against one reading of the table: the names are folded once, not once
 * per lookup (an import looks up the lead of each of its tasks). The first agency (by
 * id) that bears a name wins.
 */
export function agencyFinder(db: Db): (name: string) => Agency | null {
  const byName = new Map<string, Agency>();
  for (const agency of listAgencies(db)) {
    for (const n of [agency.name, ...agency.shortForms]) {
      const key = foldVietnamese(n);
      if (!byName.has(key)) byName.set(key, agency);
    }
  }
  return (name) => byName.get(foldVietnamese(name.trim())) ?? null;
}

/** Finds an agency by its name or one of its short forms, ignoring case and diacritics. */
export function findAgencyByName(db: Db, name: string): Agency | null {
  return agencyFinder(db)(name);
}

/** Follows successor links: the agency that now answers for the given one's tasks. */
export function currentAgencyId(agencies: ReadonlyMap<number, Agency>, id: number): number {
  let current = id;
  for (let hops = 0; hops < 10; hops++) {
    const next = agencies.get(current)?.successorId;
    if (next == null) return current;
    current = next;
  }
  return current;
}

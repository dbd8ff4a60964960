/**
 * Indicator figures and targets from a spreadsheet in the documented layout, saved in
 * one transaction. The sheet's rows are kept as a document, so the same spreadsheet
 * imported twice adds nothing, and each figure points back to its row.
 */
import { contentHash, findDocumentByHash, insertDocument } from '../db/documents';
import { createIndicator, createObservations, createTarget, findSameObservation, findSameTarget, IndicatorNames } from '../db/indicators';
import type { ObservationInput } from '../domain/model';
import type { Db } from '../db/open';
import type { ImportCounts } from './draft-types';
import type { IndicatorSheetRow } from './readers/xlsx-reader';
import { readIndicatorWorkbook } from './readers/xlsx-reader';
import { emptyCounts } from './save';

/** The rows as tab-separated text: what is stored and hashed for the document. */
function rowsAsText(rows: readonly IndicatorSheetRow[]): string {
  const cell = (v: string | number | null) => (v == null ? '' : String(v));
  return rows
    .map((r) => [r.name, r.unit, r.scope, r.period, r.asOf, r.value, r.target, r.targetDue, r.direction, r.source].map(cell).join('\t'))
    .join('\n');
}

export async function importXlsx(db: Db, bytes: Uint8Array, fileName = 'bang-chi-tieu.xlsx'): Promise<ImportCounts> {
  const rows = await readIndicatorWorkbook(bytes, fileName);
  const text = rowsAsText(rows);
  const counts = emptyCounts();
  if (findDocumentByHash(db, contentHash(text))) {
    counts.skippedDocuments = 1;
    return counts;
  }
  db.transaction(() => {
    const document = insertDocument(db, fileName, text, null);
    counts.documents = 1;
    const names = IndicatorNames.load(db);
    // A sheet may hold thousands of figures: they are written together at the end
    // (createObservations), and a row repeating one earlier in the sheet is found here.
    const figures: ObservationInput[] = [];
    const inSheet = new Set<string>();
    for (const row of rows) {
      let indicatorId = names.find(row.name);
      if (indicatorId == null) {
        indicatorId = createIndicator(db, { name: row.name, unit: row.unit, direction: row.direction, groupName: null }).id;
        names.created(indicatorId, row.name);
        counts.indicators += 1;
      }
      const evidence = row.source ?? `${fileName}, dòng ${row.row}`;
      const common = { sessionId: null, documentId: document.id, evidence };
      if (row.value != null && row.asOf) {
        const key = JSON.stringify([indicatorId, row.asOf, row.scope]);
        if (inSheet.has(key) || findSameObservation(db, indicatorId, row.asOf, row.scope, 'level') != null) counts.skippedDuplicates += 1;
        else {
          inSheet.add(key);
          figures.push({ indicatorId, value: row.value, valueMax: null, of: null, kind: 'level', qualifier: 'exact', period: row.period, asOf: row.asOf, scope: row.scope, ...common });
          counts.observations += 1;
        }
      }
      if (row.target != null && row.targetDue) {
        if (findSameTarget(db, indicatorId, row.targetDue, row.scope, row.target) != null) counts.skippedDuplicates += 1;
        else {
          createTarget(db, { indicatorId, value: row.target, valueMax: null, of: null, dueDate: row.targetDue, scope: row.scope, baselineValue: null, baselineDate: null, ...common });
          counts.targets += 1;
        }
      }
    }
    createObservations(db, figures);
  })();
  return counts;
}

/**
 * Second step of an import: save what the user kept of a draft, in one transaction,
 * so that a failure leaves the database as it was. A document imported before adds
 * nothing; a figure already saved for the same indicator, period end and scope is not
 * saved twice. Every figure, target and task keeps its document and its evidence.
 */
import { contentHash, findDocumentByHash, insertDocument } from '../db/documents';
import { addIndicatorAlias, createIndicator, createObservation, createTarget, IndicatorNames, indicatorExists } from '../db/indicators';
import type { Db } from '../db/open';
import { createSession, findSessionByDate, findSessionByNumber, getSession } from '../db/sessions';
import { insertTask } from '../db/tasks';
import type { IsoDate } from '../domain/model';
import { nfc } from '../domain/vietnamese';
import { findDuplicate, targetDueDate } from './figure-records';
import type { SavableDraft } from './draft-schema';
import { parseDraft } from './draft-schema';
import type { ImportCounts, ImportDraft } from './draft-types';
import { ImportError } from './errors';
import { periodEnd } from './extraction/dates';

type SavableDocument = SavableDraft['documents'][number];
type SavableFigure = SavableDocument['figures'][number];

export function emptyCounts(): ImportCounts {
  return { documents: 0, skippedDocuments: 0, sessions: 0, indicators: 0, aliases: 0, observations: 0, targets: 0, tasks: 0, skippedDuplicates: 0 };
}

function resolveSession(db: Db, doc: SavableDocument, counts: ImportCounts): { id: number; date: IsoDate } {
  const s = doc.session;
  if (s.existingId != null) {
    const existing = getSession(db, s.existingId);
    if (!existing) throw new ImportError('invalid_draft', `Không tìm thấy phiên họp #${s.existingId} đã chọn cho tệp "${doc.fileName}".`);
    return { id: existing.id, date: existing.date };
  }
  if (!s.date) {
    throw new ImportError('missing_session_date', `Chưa có ngày phiên họp cho tệp "${doc.fileName}": hãy nhập ngày phiên họp rồi lưu lại.`);
  }
  const year = s.year ?? Number(s.date.slice(0, 4));
  const same = findSessionByDate(db, s.date) ?? (s.number != null ? findSessionByNumber(db, s.number, year) : null);
  if (same) return { id: same.id, date: same.date };
  const created = createSession(db, { number: s.number, year, date: s.date, title: s.title, chair: s.chair, format: s.format, notes: null });
  counts.sessions += 1;
  return { id: created.id, date: created.date };
}

/** Where a document's rows are saved, and the indicator names known so far in the transaction. */
interface SaveContext {
  sessionId: number;
  sessionDate: IsoDate;
  documentId: number;
  fileName: string;
  names: IndicatorNames;
}

/** The indicator a figure is saved under, creating it or recording the alias the user confirmed. */
function resolveIndicator(db: Db, row: SavableFigure, at: SaveContext, counts: ImportCounts): number {
  const choice = row.indicator;
  if (choice.action === 'create') {
    const existing = at.names.find(choice.name);
    if (existing != null) return existing;
    counts.indicators += 1;
    const name = nfc(choice.name.trim());
    const id = createIndicator(db, { name, unit: choice.unit, direction: choice.direction, groupName: null }).id;
    at.names.created(id, name);
    return id;
  }
  if (!indicatorExists(db, choice.indicatorId)) {
    throw new ImportError('invalid_draft', `Không tìm thấy chỉ tiêu #${choice.indicatorId} đã chọn cho số liệu "${row.figure.name}" (tệp "${at.fileName}").`);
  }
  if (choice.action === 'alias') {
    // A wording that already names an indicator (this one or another) adds no alias.
    const wording = nfc(row.figure.name.trim());
    if (at.names.find(wording) == null) {
      addIndicatorAlias(db, choice.indicatorId, wording);
      at.names.aliasAdded(choice.indicatorId, wording);
      counts.aliases += 1;
    }
  }
  return choice.indicatorId;
}

function saveFigure(db: Db, row: SavableFigure, at: SaveContext, counts: ImportCounts): void {
  const figure = { ...row.figure, scope: row.figure.scope?.trim() || null };
  const indicatorId = resolveIndicator(db, row, at, counts);
  const asOf = row.asOf ?? periodEnd(figure.period, at.sessionDate);
  const targetDue = row.targetDue ?? targetDueDate(figure, asOf) ?? `${asOf.slice(0, 4)}-12-31`;
  const common = { sessionId: at.sessionId, documentId: at.documentId, evidence: figure.evidence || null };
  if (figure.kind !== 'target') {
    if (findDuplicate(db, indicatorId, figure, asOf, targetDue)) counts.skippedDuplicates += 1;
    else {
      createObservation(db, {
        indicatorId,
        value: figure.value,
        valueMax: figure.value_max ?? null,
        of: figure.of,
        kind: figure.kind,
        qualifier: figure.qualifier,
        period: figure.period,
        asOf,
        scope: figure.scope,
        ...common,
      });
      counts.observations += 1;
    }
  }
  const target = figure.kind === 'target' ? (figure.target ?? figure.value) : figure.target;
  if (target == null) return;
  const asTarget = { ...figure, kind: 'target' as const, target };
  if (findDuplicate(db, indicatorId, asTarget, asOf, targetDue)) {
    if (figure.kind === 'target') counts.skippedDuplicates += 1;
    return;
  }
  createTarget(db, {
    indicatorId,
    value: target,
    valueMax: figure.target_max ?? (figure.kind === 'target' ? (figure.value_max ?? null) : null),
    of: figure.kind === 'target' ? figure.of : null,
    dueDate: targetDue,
    scope: figure.scope,
    baselineValue: null,
    baselineDate: null,
    ...common,
  });
  counts.targets += 1;
}

function saveDocument(db: Db, doc: SavableDocument, names: IndicatorNames, counts: ImportCounts): void {
  const text = nfc(doc.text);
  if (findDocumentByHash(db, contentHash(text))) {
    counts.skippedDocuments += 1;
    return;
  }
  const session = resolveSession(db, doc, counts);
  const document = insertDocument(db, doc.fileName, text, session.id);
  counts.documents += 1;
  const at = { sessionId: session.id, sessionDate: session.date, documentId: document.id, fileName: doc.fileName, names };
  for (const row of doc.figures) if (row.include) saveFigure(db, row, at, counts);
  for (const row of doc.tasks) {
    if (!row.include) continue;
    const task = row.task;
    insertTask(db, {
      leadAgencyId: row.leadAgencyId,
      leadName: row.leadAgencyId == null ? task.lead : null,
      partnerNames: task.partners,
      content: task.content,
      output: null,
      deadline: task.deadline,
      sessionId: session.id,
      documentId: document.id,
      evidence: task.evidence || null,
    });
    counts.tasks += 1;
  }
}

/** Saves a reviewed draft in one transaction and returns what was added. */
export function saveImport(db: Db, draft: ImportDraft | SavableDraft): ImportCounts {
  const parsed = parseDraft(draft);
  if ('paths' in parsed) {
    throw new ImportError('invalid_draft', `Bản nháp nhập liệu không hợp lệ, chưa lưu gì (sai ở: ${parsed.paths.join('; ')}).`);
  }
  const counts = emptyCounts();
  db.transaction(() => {
    // Read inside the transaction, then kept in step with the indicators and aliases it adds.
    const names = IndicatorNames.load(db);
    for (const doc of parsed.draft.documents) saveDocument(db, doc, names, counts);
  })();
  return counts;
}

/**
 * First step of an import: read the files, extract what they say, and line it up
 * with the database (the session they are about, the indicators their figures
 * measure, figures and documents already saved). Nothing is written.
 */
import { agencyFinder } from '../db/agencies';
import { contentHash, findDocumentByHash } from '../db/documents';
import { IndicatorNames } from '../db/indicators';
import type { Db } from '../db/open';
import { findSessionByDate, findSessionByNumber } from '../db/sessions';
import type { IsoDate } from '../domain/model';
import { foldVietnamese, formatDateVi } from '../domain/vietnamese';
import type { DraftDocument, DraftFigure, DraftSession, DraftTask, ImportDraft, ImportFileInput, IndicatorChoice } from './draft-types';
import { ImportError } from './errors';
import { lastDayOfMonth, periodEnd } from './extraction/dates';
import { findDuplicate, targetDueDate } from './figure-records';
import { extractDocument } from './extraction/extract';
import type { ExtractedFigure, Extraction } from './extraction/types';
import { ALIAS_THRESHOLD, guessDirection, IndicatorMatcher } from './indicator-matching';
import { readDocument } from './readers/read-document';
import { ENCODING_NAMES } from './readers/text-reader';

/** The session a document is about: one already saved (by date, else by number and year), or a new one. */
function proposeSession(db: Db, extraction: Extraction, fileName: string): { session: DraftSession; warnings: string[] } {
  const found = extraction.session;
  const warnings: string[] = [];
  const existing =
    (found.date ? findSessionByDate(db, found.date) : null) ??
    (found.number != null && found.year != null ? findSessionByNumber(db, found.number, found.year) : null);
  let date = existing?.date ?? found.date;
  let dateUncertain = false;
  if (!date && found.month) {
    const [year, month] = found.month.split('-').map(Number) as [number, number];
    date = `${found.month}-${String(lastDayOfMonth(year, month)).padStart(2, '0')}`;
    dateUncertain = true;
    warnings.push(`Văn bản chỉ ghi tháng ${month}/${year}: tạm lấy ngày phiên họp là ${formatDateVi(date)}, cần kiểm tra lại.`);
  }
  if (!date) warnings.push('Chưa xác định được ngày phiên họp: cần nhập ngày trước khi lưu.');
  return {
    session: {
      existingId: existing?.id ?? null,
      number: existing?.number ?? found.number,
      year: existing?.year ?? found.year ?? (date ? Number(date.slice(0, 4)) : null),
      date,
      dateUncertain,
      title: existing?.title ?? found.title ?? fileName,
      chair: existing?.chair ?? found.chair,
      format: existing?.format ?? 'hybrid',
    },
    warnings,
  };
}

/** The indicators known when the draft is made, each name folded and split once for all the figures. */
interface KnownIndicators {
  names: IndicatorNames;
  matcher: IndicatorMatcher;
}

function chooseIndicator(figure: ExtractedFigure, known: KnownIndicators): Pick<DraftFigure, 'indicator' | 'suggestions'> {
  const exact = known.names.find(figure.name);
  const suggestions = known.matcher.suggest(figure.name, figure.unit);
  let indicator: IndicatorChoice;
  if (exact != null) indicator = { action: 'existing', indicatorId: exact };
  else if (suggestions[0] && suggestions[0].similarity >= ALIAS_THRESHOLD) indicator = { action: 'alias', indicatorId: suggestions[0].indicatorId };
  else indicator = { action: 'create', name: figure.name, unit: figure.unit, direction: guessDirection(figure.name) };
  return { indicator, suggestions };
}

/** Where a figure would land: two figures with the same place in one draft save only once. */
function placeKey(f: DraftFigure): string {
  const indicator = f.indicator.action === 'create' ? `new:${foldVietnamese(f.indicator.name)}` : `id:${f.indicator.indicatorId}`;
  return `${indicator}|${f.asOf}|${f.figure.scope ?? ''}|${f.figure.kind}`;
}

function draftFigures(db: Db, extraction: Extraction, sessionDate: IsoDate | null, index: number, warnings: string[]): DraftFigure[] {
  const known = { names: IndicatorNames.load(db), matcher: IndicatorMatcher.load(db) };
  const figures = extraction.indicators.map((figure, i): DraftFigure => {
    const asOf = sessionDate ? periodEnd(figure.period, sessionDate) : null;
    const targetDue = figure.kind === 'target' || figure.target != null ? targetDueDate(figure, asOf) : null;
    const choice = chooseIndicator(figure, known);
    const indicatorId = choice.indicator.action === 'create' ? null : choice.indicator.indicatorId;
    const duplicateOf = indicatorId != null && asOf ? findDuplicate(db, indicatorId, figure, asOf, targetDue) : null;
    return { key: `d${index}-f${i}`, include: true, figure, asOf, targetDue, ...choice, duplicateOf, repeatsKey: null };
  });
  const firstAt = new Map<string, DraftFigure>();
  for (const f of figures) {
    const place = placeKey(f);
    const first = firstAt.get(place);
    if (!first) {
      firstAt.set(place, f);
      continue;
    }
    f.repeatsKey = first.key;
    warnings.push(`Hai số liệu cùng vào chỉ tiêu "${first.figure.name}" cùng thời điểm: chỉ số liệu đầu được lưu; hãy đặt tên chỉ tiêu khác nếu là hai chỉ tiêu khác nhau.`);
  }
  return figures;
}

function draftTasks(db: Db, extraction: Extraction, index: number): DraftTask[] {
  const findAgency = agencyFinder(db);
  return extraction.tasks.map((task, i) => ({
    key: `d${index}-t${i}`,
    include: true,
    task,
    leadAgencyId: findAgency(task.lead)?.id ?? null,
  }));
}

async function draftDocument(db: Db, file: ImportFileInput, index: number): Promise<DraftDocument> {
  const read = await readDocument(file.bytes, file.fileName);
  const extraction = extractDocument(read.text, file.fileName);
  const hash = contentHash(read.text);
  // The lookups run in one read transaction: the draft sees one state of the database,
  // and its hundreds of small queries do not each take and release a read lock of
  // their own, which costs many times the query itself (WAL).
  return db.transaction((): DraftDocument => {
    const previous = findDocumentByHash(db, hash);
    const { session, warnings } = proposeSession(db, extraction, file.fileName);
    if (previous) warnings.unshift(`Văn bản này đã được nhập ngày ${formatDateVi(previous.importedAt.slice(0, 10))} (tệp "${previous.fileName}"): lưu lại sẽ không thêm gì.`);
    if (read.encoding === 'tcvn3' || read.encoding === 'vni') {
      warnings.push(`Tệp gõ bằng bảng mã ${ENCODING_NAMES[read.encoding]} đã được chuyển sang Unicode: cần soát lại chữ.`);
    }
    return {
      fileName: file.fileName,
      text: read.text,
      contentHash: hash,
      format: read.format,
      encoding: read.encoding ?? null,
      alreadyImported: previous ? { documentId: previous.id, fileName: previous.fileName, importedAt: previous.importedAt } : null,
      extraction,
      session,
      figures: draftFigures(db, extraction, session.date, index, warnings),
      tasks: draftTasks(db, extraction, index),
      warnings,
    };
  })();
}

/** Reads and extracts each file and matches it against the database; writes nothing. */
export async function draftImport(db: Db, files: readonly ImportFileInput[]): Promise<ImportDraft> {
  const draft: ImportDraft = { documents: [], failures: [] };
  for (const [index, file] of files.entries()) {
    try {
      draft.documents.push(await draftDocument(db, file, index));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      draft.failures.push({ fileName: file.fileName, code: error.code, message: error.message });
    }
  }
  return draft;
}

/**
 * The import service on a real SQLite file: drafts write nothing, saves are whole or
 * nothing, and importing the same thing twice adds nothing.
 */
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { listDocuments } from '../../electron/db/documents';
import { createIndicator, listIndicators, listObservations, listTargets } from '../../electron/db/indicators';
import type { Db } from '../../electron/db/open';
import { openDatabase } from '../../electron/db/open';
import { listSessions } from '../../electron/db/sessions';
import { listTasks } from '../../electron/db/tasks';
import { draftImport, saveImport } from '../../electron/importing';
import type { ImportDraft } from '../../electron/importing';
import { tempDir } from '../helpers/temp';

const NOTICE = [
  'THÔNG BÁO',
  'Kết luận tại Phiên họp lần thứ năm của Ban Chỉ đạo',
  'Ngày 15 tháng 11 năm 2025, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Phiên họp lần thứ năm của Ban Chỉ đạo. Thủ tướng kết luận như sau:',
  'I. KẾT QUẢ',
  'Trong 6 tháng đầu năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết TTHC đạt 44,2%. Năm 2025 đã có 812 thủ tục hành chính được cắt giảm.',
  'Đã cấp 3,4 triệu chữ ký số cho người dân.',
  'II. NHIỆM VỤ',
  'Bộ Công an chủ trì, phối hợp với Bộ Tư pháp hoàn thành kết nối dữ liệu hộ tịch, hoàn thành trong tháng 12/2025.',
  'Bộ Tài chính bố trí kinh phí cho các dự án chuyển đổi số trọng điểm trong Quý I/2026.',
].join('\n');

/** Another text about the same session, reporting one figure again. */
const PRESS = [
  'Phiên họp lần thứ năm của Ban Chỉ đạo diễn ra ngày 15/11/2025.',
  'Theo báo cáo, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết TTHC trong 6 tháng đầu năm 2025 đạt 44,2%.',
].join('\n');

function file(fileName: string, text: string) {
  return { fileName, bytes: Buffer.from(text, 'utf8') };
}

function tableCounts(db: Db) {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    sessions: count('sessions'),
    documents: count('documents'),
    indicators: count('indicators'),
    aliases: count('indicator_aliases'),
    observations: count('observations'),
    targets: count('targets'),
    tasks: count('tasks'),
  };
}

let db: Db;

beforeEach(() => {
  db = openDatabase(path.join(tempDir(), 'import.db'));
  return () => db.close();
});

describe('draftImport', () => {
  it('proposes the session, indicators and agencies and writes nothing', async () => {
    const before = tableCounts(db);
    const draft = await draftImport(db, [file('ket-luan.txt', NOTICE)]);
    expect(tableCounts(db)).toEqual(before);
    expect(draft.failures).toEqual([]);
    const [doc] = draft.documents;
    expect(doc!.session).toMatchObject({ existingId: null, number: 5, year: 2025, date: '2025-11-15', dateUncertain: false });
    expect(doc!.alreadyImported).toBeNull();
    expect(doc!.figures.map((f) => [f.figure.value, f.asOf, f.indicator.action])).toEqual([
      [44.2, '2025-06-30', 'create'],
      [812, '2025-12-31', 'create'],
      [3.4, '2025-11-15', 'create'],
    ]);
    expect(doc!.tasks.map((t) => [t.task.lead, t.leadAgencyId != null, t.task.deadline.due])).toEqual([
      ['Bộ Công an', true, '2025-12-31'],
      ['Bộ Tài chính', true, '2026-03-31'],
    ]);
    expect(JSON.parse(JSON.stringify(draft))).toEqual(draft);
  });

  it('reports files it cannot read and drafts the others', async () => {
    const draft = await draftImport(db, [file('rong.txt', ''), file('ket-luan.txt', NOTICE)]);
    expect(draft.documents).toHaveLength(1);
    expect(draft.failures).toEqual([expect.objectContaining({ fileName: 'rong.txt', code: 'empty' })]);
  });

  it('suggests an existing indicator whose name the figure extends, and links it as an alias', async () => {
    const known = createIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', unit: '%', direction: 'higher_is_better', groupName: null });
    const draft = await draftImport(db, [file('ket-luan.txt', NOTICE)]);
    const figure = draft.documents[0]!.figures[0]!;
    expect(figure.indicator).toEqual({ action: 'alias', indicatorId: known.id });
    expect(figure.suggestions[0]).toMatchObject({ indicatorId: known.id, name: known.name });
    expect(figure.suggestions[0]!.similarity).toBeGreaterThanOrEqual(0.85);
    const counts = saveImport(db, draft);
    expect(counts.aliases).toBe(1);
    expect(listIndicators(db).find((i) => i.id === known.id)?.aliases).toEqual([figure.figure.name]);
    expect(listObservations(db, known.id).map((o) => o.value)).toEqual([44.2]);
  });

  it('links a later figure worded as a confirmed alias to its indicator', async () => {
    const known = createIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', unit: '%', direction: 'higher_is_better', groupName: null });
    saveImport(db, await draftImport(db, [file('ket-luan.txt', NOTICE)]));
    const draft = await draftImport(db, [file('bao-chi.txt', PRESS)]);
    const figure = draft.documents[0]!.figures.find((f) => f.figure.value === 44.2)!;
    expect(figure.indicator).toEqual({ action: 'existing', indicatorId: known.id });
  });
});

describe('saveImport', () => {
  it('saves everything with its document and evidence', async () => {
    const draft = await draftImport(db, [file('ket-luan.txt', NOTICE)]);
    const counts = saveImport(db, draft);
    expect(counts).toMatchObject({ documents: 1, sessions: 1, indicators: 3, observations: 3, tasks: 2, skippedDocuments: 0, skippedDuplicates: 0 });
    const [document] = listDocuments(db);
    const [session] = listSessions(db);
    expect(session).toMatchObject({ number: 5, date: '2025-11-15', chair: 'Thủ tướng Chính phủ Phạm Minh Chính' });
    expect(document).toMatchObject({ fileName: 'ket-luan.txt', sessionId: session!.id });
    for (const indicator of listIndicators(db)) {
      for (const o of listObservations(db, indicator.id)) {
        expect(o).toMatchObject({ documentId: document!.id, sessionId: session!.id });
        expect(NOTICE).toContain(o.evidence);
      }
    }
    for (const t of listTasks(db)) {
      expect(t).toMatchObject({ documentId: document!.id, sessionId: session!.id });
      expect(NOTICE).toContain(t.evidence);
    }
    expect(listTasks(db).map((t) => [t.leadName, t.partnerNames, t.deadline.due])).toEqual([
      ['Bộ Công an', ['Bộ Tư pháp'], '2025-12-31'],
      ['Bộ Tài chính', [], '2026-03-31'],
    ]);
  });

  it('adds nothing when the same document is imported twice', async () => {
    saveImport(db, await draftImport(db, [file('ket-luan.txt', NOTICE)]));
    const after = tableCounts(db);
    const again = await draftImport(db, [file('ket-luan-ban-sao.txt', NOTICE)]);
    expect(again.documents[0]!.alreadyImported).toMatchObject({ fileName: 'ket-luan.txt' });
    expect(again.documents[0]!.session.existingId).not.toBeNull();
    const counts = saveImport(db, again);
    expect(counts).toMatchObject({ documents: 0, skippedDocuments: 1, observations: 0, tasks: 0, sessions: 0 });
    expect(tableCounts(db)).toEqual(after);
  });

  it('flags a figure already saved from another document and does not save it twice', async () => {
    saveImport(db, await draftImport(db, [file('ket-luan.txt', NOTICE)]));
    const draft = await draftImport(db, [file('bao-chi.txt', PRESS)]);
    const [doc] = draft.documents;
    expect(doc!.session.existingId).toBe(listSessions(db)[0]!.id);
    const figure = doc!.figures.find((f) => f.figure.value === 44.2)!;
    expect(figure.indicator.action).toBe('existing');
    expect(figure.duplicateOf).toMatchObject({ kind: 'observation' });
    const before = tableCounts(db);
    const counts = saveImport(db, draft);
    expect(counts).toMatchObject({ documents: 1, observations: 0, skippedDuplicates: 1 });
    expect(tableCounts(db)).toEqual({ ...before, documents: before.documents + 1 });
  });

  it('respects the user\'s edits: dropped rows, corrected values, another lead, a new indicator name', async () => {
    const draft: ImportDraft = await draftImport(db, [file('ket-luan.txt', NOTICE)]);
    const [doc] = draft.documents;
    doc!.figures[1]!.include = false;
    doc!.figures[2]!.figure.value = 3.5;
    doc!.figures[2]!.indicator = { action: 'create', name: 'Số chữ ký số cấp cho người dân', unit: 'triệu chữ ký số', direction: 'higher_is_better' };
    doc!.tasks[1]!.include = false;
    doc!.tasks[0]!.task.lead = 'Bộ Tư pháp';
    doc!.tasks[0]!.leadAgencyId = null;
    doc!.session.title = 'Phiên họp lần thứ năm (đã sửa)';
    const counts = saveImport(db, JSON.parse(JSON.stringify(draft)) as ImportDraft);
    expect(counts).toMatchObject({ observations: 2, tasks: 1, indicators: 2 });
    const signatures = listIndicators(db).find((i) => i.name === 'Số chữ ký số cấp cho người dân');
    expect(listObservations(db, signatures!.id).map((o) => o.value)).toEqual([3.5]);
    expect(listTasks(db).map((t) => t.leadName)).toEqual(['Bộ Tư pháp']);
    expect(listSessions(db)[0]!.title).toBe('Phiên họp lần thứ năm (đã sửa)');
  });

  it('keeps targets with their due date', async () => {
    const text = `${NOTICE}\nMục tiêu năm 2025 là 70% nhưng tỷ lệ thanh toán trực tuyến mới đạt 48,5%.`;
    saveImport(db, await draftImport(db, [file('ket-luan.txt', text)]));
    const targets = listIndicators(db).flatMap((i) => listTargets(db, i.id));
    expect(targets.map((t) => [t.value, t.dueDate])).toEqual([[70, '2025-12-31']]);
  });

  it('flags a goal already saved from another document and does not save it twice', async () => {
    const goal = 'Năm 2026 phấn đấu tỷ lệ thanh toán trực tuyến đạt 80%.';
    saveImport(db, await draftImport(db, [file('ket-luan.txt', `${NOTICE}\n${goal}`)]));
    const draft = await draftImport(db, [file('bao-chi.txt', `${PRESS}\n${goal}`)]);
    const figure = draft.documents[0]!.figures.find((f) => f.figure.kind === 'target')!;
    expect(figure.duplicateOf).toMatchObject({ kind: 'target' });
    const before = tableCounts(db);
    expect(saveImport(db, draft)).toMatchObject({ targets: 0, skippedDuplicates: 2 });
    expect(tableCounts(db)).toEqual({ ...before, documents: before.documents + 1 });
  });

  it('rolls back everything when one row fails', async () => {
    const draft = await draftImport(db, [file('ket-luan.txt', NOTICE), file('bao-chi.txt', PRESS)]);
    draft.documents[1]!.figures[0]!.indicator = { action: 'existing', indicatorId: 9999 };
    const before = tableCounts(db);
    expect(() => saveImport(db, draft)).toThrow(/Không tìm thấy chỉ tiêu #9999/u);
    expect(tableCounts(db)).toEqual(before);
  });

  it('refuses a new session without a date, and a malformed draft, saving nothing', async () => {
    const draft = await draftImport(db, [file('ket-luan.txt', NOTICE)]);
    draft.documents[0]!.session.date = null;
    const before = tableCounts(db);
    expect(() => saveImport(db, draft)).toThrow(expect.objectContaining({ code: 'missing_session_date' }));
    const broken = JSON.parse(JSON.stringify(draft)) as { documents: { figures: { figure: { value: unknown } }[] }[] };
    broken.documents[0]!.figures[0]!.figure.value = 'bốn mươi';
    expect(() => saveImport(db, broken as unknown as ImportDraft)).toThrow(expect.objectContaining({ code: 'invalid_draft' }));
    expect(tableCounts(db)).toEqual(before);
  });

  it('proposes the end of the month when only the month is known, flagged for checking', async () => {
    const text = ' date 2025-07 (Báo điện tử) -\nThủ tướng chủ trì phiên họp lần thứ ba của Ban Chỉ đạo.\nTỷ lệ thanh toán không dùng tiền mặt đạt 71,4%.';
    const draft = await draftImport(db, [file('bao.txt', text)]);
    expect(draft.documents[0]!.session).toMatchObject({ date: '2025-07-31', dateUncertain: true });
    expect(draft.documents[0]!.warnings.join(' ')).toContain('cần kiểm tra lại');
  });
});

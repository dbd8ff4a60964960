import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiInput, ImportDraftView, IndicatorRow, OperationName, SessionChangesView, SessionPage, SessionTaskPageView } from '../../electron/api/contract';
import { OPERATION_NAMES } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers, type Handlers } from '../../electron/api/handlers';
import { closeAppDatabase, createAppContext, type AppContext } from '../../electron/app-context';
import { loadSampleData } from '../../electron/db/sample';
import { TEMPLATES_DIR } from '../../electron/paths';
import { tempDir } from '../helpers/temp';

type Input<K extends OperationName> = ApiInput<K>;

const session: Input<'createSession'>['session'] = {
  number: 1,
  year: 2026,
  date: '2026-02-25',
  title: 'Phiên họp lần thứ nhất năm 2026',
  chair: null,
  format: 'hybrid',
  notes: null,
};
const indicator: Input<'createIndicator'>['indicator'] = { name: 'Chỉ tiêu thử của bộ kiểm thử hợp đồng', unit: '%', direction: 'higher_is_better', groupName: null };
const target: Input<'createTarget'>['target'] = {
  indicatorId: 1,
  value: 80,
  valueMax: null,
  of: null,
  dueDate: '2026-12-31',
  scope: null,
  baselineValue: 40,
  baselineDate: '2025-12-31',
  sessionId: null,
  documentId: null,
  evidence: null,
};
const observation: Input<'createObservation'>['observation'] = {
  indicatorId: 1,
  value: 52.38,
  valueMax: null,
  of: null,
  kind: 'level',
  qualifier: 'exact',
  period: 'năm 2025',
  asOf: '2025-12-31',
  scope: null,
  sessionId: null,
  documentId: null,
  evidence: null,
};
const task: Input<'createTask'>['task'] = {
  leadAgencyId: 2,
  leadName: null,
  partnerNames: ['Bộ Khoa học và Công nghệ'],
  content: 'Hoàn thành kết nối Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu chuyên ngành',
  output: null,
  deadline: { kind: 'quarter', due: '2026-06-30', text: 'trong Quý II/2026' },
  sessionId: 1,
  documentId: null,
  evidence: null,
};

const fixture = fs.readFileSync(path.resolve('test/fixtures/e2e/phien-hop-thu-nhat-2026.txt')).toString('base64');

/** An indicator spreadsheet in the documented layout, with one figure and its target. */
async function spreadsheet(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Chỉ tiêu');
  sheet.addRow(['Chỉ tiêu', 'Đơn vị', 'Phạm vi', 'Kỳ số liệu', 'Ngày số liệu', 'Giá trị', 'Mục tiêu', 'Hạn mục tiêu', 'Chiều', 'Nguồn']);
  sheet.addRow(['Tỷ lệ người dân có danh tính số', '%', null, 'năm 2025', new Date(Date.UTC(2025, 11, 31)), 71.4, 80, new Date(Date.UTC(2026, 11, 31)), 'Cao hơn tốt hơn', 'Báo cáo thử']);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/**
 * A valid call of every operation, in an order that works on the sample data (the
 * deletions come after what they delete was made). Typed against the contract, so an
 * operation added without a case here fails the typecheck.
 */
const VALID: { [K in OperationName]: ApiInput<K> } = {
  appInfo: {},
  listSessions: {},
  getSession: { id: 1 },
  getSessionDetail: { id: 2 },
  listSessionTasks: { id: 3, list: 'carriedOver', offset: 0, limit: 20 },
  getSessionChanges: { id: 3 },
  createSession: { session },
  updateSession: { id: 1, session: { ...session, number: 2, year: 2025, date: '2025-05-17', title: 'Phiên họp lần thứ hai' } },
  listAgencies: {},
  updateAgency: { id: 11, shortForms: ['Bộ KH&CN', 'BKHCN'], successorId: null, active: true },
  search: { query: 'de an 06' },
  listIndicators: { asOf: '2025-12-22' },
  getIndicator: { id: 1, asOf: '2025-12-22' },
  createIndicator: { indicator },
  updateIndicator: { id: 1, indicator: { ...indicator, name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' } },
  createTarget: { target },
  updateTarget: { id: 1, target: { ...target, value: 81 } },
  createObservation: { observation },
  updateObservation: { id: 1, observation: { ...observation, value: 39.51 } },
  listTasks: { asOf: '2025-12-22', status: 'overdue', text: 'du lieu', offset: 0, limit: 50 },
  getTaskHistory: { id: 4 },
  createTask: { task },
  updateTask: { id: 3, task: { ...task, sessionId: 1 } },
  updateTaskStatuses: { taskIds: [1, 2], progress: 'done', date: '2025-10-01', note: 'Theo báo cáo của bộ' },
  getDashboard: { asOf: '2025-09-01' },
  importDraft: { files: [{ name: 'phien-hop-thu-nhat-2026.txt', base64: fixture }] },
  saveImport: { draft: { documents: [] } },
  importSpreadsheet: { file: { name: 'bang-chi-tieu.xlsx', base64: '' } },
  indicatorSpreadsheetTemplate: {},
  exportDocument: { sessionId: 2, kind: 'conclusion', format: 'docx' },
  listTemplates: {},
  getThresholds: {},
  updateThresholds: { thresholds: { onTrackOfExpected: 1, atRiskOfExpected: 0.85, onTrackAttainment: 0.9, atRiskAttainment: 0.7, forecastPoints: 3 } },
  getDataFolder: {},
  backupNow: {},
  restoreBackup: { name: '' },
  deleteTarget: { id: 1 },
  deleteObservation: { id: 2 },
  deleteSession: { id: 5 },
  loadSample: {},
};

/** Payloads every schema must refuse, with the reason each should be refused for. */
const INVALID: Array<[OperationName, unknown, string]> = [
  ['getSession', { id: -1 }, 'a negative id'],
  ['getSession', { id: 1.5 }, 'a fractional id'],
  ['getSession', { id: '1' }, 'an id as text'],
  ['getSession', { id: 1, extra: true }, 'an unknown field'],
  ['createSession', { session: { ...session, date: '2026-02-30' } }, 'a day that is not on the calendar'],
  ['createSession', { session: { ...session, date: '25/2/2026' } }, 'a date not in ISO form'],
  ['createSession', { session: { ...session, title: '   ' } }, 'an empty title'],
  ['createSession', { session: { ...session, title: 'x'.repeat(501) } }, 'a title too long'],
  ['createSession', { session: { ...session, format: 'by_post' } }, 'an unknown format'],
  ['listTasks', { limit: 1_000_000 }, 'a page too long'],
  ['listTasks', { status: 'lost' }, 'an unknown status'],
  ['listTasks', { text: 'x'.repeat(201) }, 'a search too long'],
  ['updateTaskStatuses', { taskIds: [], progress: 'done', date: '2025-10-01', note: null }, 'no task'],
  ['updateTaskStatuses', { taskIds: [1], progress: 'abandoned', date: '2025-10-01', note: null }, 'an unknown progress'],
  ['createTask', { task: { ...task, deadline: { kind: 'recurring', due: '2026-01-01', text: null } } }, 'a recurring task with a due date'],
  ['createTask', { task: { ...task, deadline: { kind: 'month', due: null, text: null } } }, 'a dated deadline without its date'],
  ['createObservation', { observation: { ...observation, value: Number.NaN } }, 'a value that is not a number'],
  ['createObservation', { observation: { ...observation, kind: 'target' } }, 'a target posing as a figure'],
  ['createTarget', { target: { ...target, of: 0 } }, 'a count out of nothing'],
  ['updateThresholds', { thresholds: { onTrackOfExpected: 5, atRiskOfExpected: 0.9, onTrackAttainment: 0.9, atRiskAttainment: 0.7, forecastPoints: 3 } }, 'a ratio out of range'],
  ['exportDocument', { sessionId: 1, kind: 'minutes', format: 'pdf' }, 'an unknown document'],
  ['exportDocument', { sessionId: 1, kind: 'briefing', format: 'exe' }, 'an unknown format'],
  ['restoreBackup', { name: '../phien-hop.db' }, 'a path up the tree'],
  ['restoreBackup', { name: '..\\phien-hop.db' }, 'a Windows path up the tree'],
  ['restoreBackup', { name: '/etc/passwd.db' }, 'an absolute path'],
  ['restoreBackup', { name: 'backup.txt' }, 'a file that is not a database'],
  ['search', { query: 'x'.repeat(201) }, 'a search too long'],
  ['importDraft', { files: [] }, 'no file'],
  ['importDraft', { files: [{ name: '../../etc/passwd', base64: 'AAAA' }] }, 'a path for a file name'],
  ['importDraft', { files: [{ name: 'C:\\Windows\\win.ini', base64: 'AAAA' }] }, 'a Windows path for a file name'],
  ['importDraft', { files: [{ name: 'a.txt', base64: 'không phải base64!' }] }, 'bytes that are not base64'],
  ['importDraft', { files: [{ name: 'a.txt', base64: 'A'.repeat(70_000_000) }] }, 'a file over 50 MB'],
  ['importDraft', { files: Array.from({ length: 21 }, (_, i) => ({ name: `${i}.txt`, base64: 'AAAA' })) }, 'too many files'],
  ['importDraft', { files: [{ path: '/etc/passwd' }] }, 'a path instead of the bytes'],
  ['saveImport', { draft: { documents: [{ fileName: 'a.txt', text: 'x' }] } }, 'a draft missing its parts'],
];

/** The parts of a draft that saving reads, as the import screen sends them back. */
function savable(draft: ImportDraftView) {
  return {
    documents: draft.documents.map((d) => ({
      fileName: d.fileName,
      text: d.text,
      session: d.session,
      figures: d.figures.map(({ key, include, figure, asOf, targetDue, indicator: choice }) => ({ key, include, figure, asOf, targetDue, indicator: choice })),
      tasks: d.tasks.map(({ key, include, task: t, leadAgencyId }) => ({ key, include, task: t, leadAgencyId })),
    })),
  };
}

let ctx: AppContext;
let handlers: Handlers;

beforeAll(() => {
  ctx = createAppContext({ dbFile: path.join(tempDir('bcd-contract-'), 'contract.db'), templatesDir: TEMPLATES_DIR, version: 'test' });
  loadSampleData(ctx.db);
  handlers = createHandlers(ctx);
});

afterAll(() => closeAppDatabase(ctx));

describe('the API contract on the sample data', () => {
  it('answers every operation through dispatch', async () => {
    expect(Object.keys(VALID).sort()).toEqual([...OPERATION_NAMES].sort());
    const failures: string[] = [];
    for (const name of Object.keys(VALID) as OperationName[]) {
      let input: unknown = VALID[name];
      if (name === 'restoreBackup') {
        // The backup made by backupNow a moment ago.
        const folder = await dispatch(handlers, 'getDataFolder', {});
        input = { name: folder.ok ? (folder.value as { backups: Array<{ name: string }> }).backups[0]?.name : '' };
      }
      if (name === 'saveImport') {
        // The draft importDraft made a moment ago, sent back as the import screen does.
        const drafted = await dispatch(handlers, 'importDraft', VALID.importDraft);
        input = { draft: drafted.ok ? savable(drafted.value as ImportDraftView) : null };
      }
      if (name === 'importSpreadsheet') input = { file: { name: 'bang-chi-tieu.xlsx', base64: await spreadsheet() } };
      if (name === 'loadSample') {
        // Sample data goes into an empty database only: empty it first, through the contract.
        const sessions = await dispatch(handlers, 'listSessions', {});
        for (const s of sessions.ok ? (sessions.value as Array<{ id: number }>) : []) await dispatch(handlers, 'deleteSession', { id: s.id });
        ctx.db.exec('DELETE FROM tasks; DELETE FROM observations; DELETE FROM targets; DELETE FROM indicator_aliases; DELETE FROM indicators;');
      }
      const result = await dispatch(handlers, name, input);
      if (!result.ok) failures.push(`${name}: ${result.error}`);
    }
    expect(failures).toEqual([]);
  });

  it('returns what the screens need in the shapes they read', async () => {
    const dashboard = await dispatch(handlers, 'getDashboard', { asOf: '2025-12-22', drawCharts: true });
    expect(dashboard.ok).toBe(true);
    if (!dashboard.ok) return;
    const value = dashboard.value as { charts: Array<{ option: object; drawing?: string }>; taskCounts: Record<string, number> };
    expect(value.charts.length).toBe(2);
    // Drawn on the server for the first screen: an SVG of the chart, its own title in it.
    for (const chart of value.charts) expect(chart.drawing).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(value.charts[0]?.drawing).toContain('Mức đạt so với mục tiêu');
    // Once the screen's ECharts has loaded, they are not drawn again.
    const again = await dispatch(handlers, 'getDashboard', { asOf: '2025-12-22' });
    expect(again.ok && (again.value as { charts: Array<{ drawing?: string }> }).charts.map((c) => c.drawing)).toEqual([undefined, undefined]);
    expect(JSON.parse(JSON.stringify(value.charts))).toEqual(value.charts);
    expect(Object.keys(value.taskCounts).sort()).toEqual(['done_late', 'done_on_time', 'in_progress_on_time', 'overdue', 'recurring']);
    // Lines rated no_data are counted by what they lack, as the indicator table labels them.
    const { ratingCounts, indicatorCount } = dashboard.value as { ratingCounts: Array<{ rating: string; label: string; count: number }>; indicatorCount: number };
    const rows = await dispatch(handlers, 'listIndicators', { asOf: '2025-12-22' });
    const lines = rows.ok ? (rows.value as Array<{ ratingLabel: string; actual: unknown }>) : [];
    const byLabel = new Map<string, number>();
    for (const line of lines) byLabel.set(line.ratingLabel, (byLabel.get(line.ratingLabel) ?? 0) + 1);
    expect(ratingCounts.map((r) => [r.label, r.count])).toEqual(
      ['Đạt/Vượt', 'Đúng tiến độ', 'Có nguy cơ', 'Chậm/Không đạt', 'Chưa có số liệu', 'Chưa có mục tiêu', 'Không so sánh được']
        .map((label) => [label, byLabel.get(label) ?? 0]),
    );
    expect(byLabel.get('Chưa có mục tiêu')).toBeGreaterThan(0);
    expect(lines.filter((l) => l.actual == null)).toHaveLength(byLabel.get('Chưa có số liệu') ?? 0);
    // A line carries what the table shows; the sources, the forecast and the previous figure come with getIndicator.
    const online = (rows.ok ? (rows.value as IndicatorRow[]) : []).find((l) => l.indicatorName === 'Tỷ lệ hồ sơ trực tuyến toàn trình');
    expect(online).toMatchObject({ actual: { value: 36.8 }, targetValue: 80, targetDueDate: '2025-12-31', attainment: 0.46, rating: 'off_track' });
    expect(Object.keys(online?.actual ?? {}).sort()).toEqual(['asOf', 'kind', 'of', 'period', 'value', 'valueMax']);
    for (const line of lines) expect(line).not.toHaveProperty('target');
    expect(ratingCounts.reduce((sum, r) => sum + r.count, 0)).toBe(indicatorCount);

    const exported = await dispatch(handlers, 'exportDocument', { sessionId: 2, kind: 'briefing', format: 'pdf' });
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const file = exported.value as { fileName: string; mimeType: string; base64: string };
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toMatch(/^Dự thảo Báo cáo - .+\.pdf$/);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const hits = await dispatch(handlers, 'search', { query: 'de an 06' });
    expect(hits.ok && (hits.value as Array<{ title: string }>).some((h) => h.title.includes('Đề án 06'))).toBe(true);
  });

  it.each(INVALID.map(([name, input, reason]) => ({ name, input, reason })))('refuses $name with $reason, touching nothing', async ({ name, input }) => {
    const before = ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    const result = await dispatch(handlers, name, input);
    expect(result).toMatchObject({ ok: false, invalidInput: true });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });

  it('refuses a payload that is not an object, for every operation', async () => {
    for (const name of OPERATION_NAMES) {
      expect(await dispatch(handlers, name, 'x'), name).toMatchObject({ ok: false, invalidInput: true });
      expect(await dispatch(handlers, name, [1, 2]), name).toMatchObject({ ok: false, invalidInput: true });
    }
    expect(await dispatch(handlers, 'dropDatabase', {})).toMatchObject({ ok: false, invalidInput: true });
  });

  it("sends a session's task lists a page at a time, each counted whole", async () => {
    const sessions = await dispatch(handlers, 'listSessions', {});
    const all = sessions.ok ? (sessions.value as Array<{ id: number; date: string }>) : [];
    const latest = all.at(-1);
    if (!latest) throw new Error('the sample has no session');
    const detail = await dispatch(handlers, 'getSessionDetail', { id: latest.id });
    const counts = detail.ok ? (detail.value as SessionPage).taskCounts : null;
    expect(counts?.carriedOver).toBeGreaterThan(5);
    for (const list of ['new', 'carriedOver'] as const) {
      const ids: number[] = [];
      for (let offset = 0; offset < (counts?.[list] ?? 0); offset += 5) {
        const page = await dispatch(handlers, 'listSessionTasks', { id: latest.id, list, offset, limit: 5 });
        const value = page.ok ? (page.value as SessionTaskPageView) : { total: -1, tasks: [] };
        expect(value.total).toBe(counts?.[list]);
        expect(value.tasks.length).toBe(Math.min(5, value.total - offset));
        for (const task of value.tasks) expect(task.sixClear.message).toBeTruthy();
        ids.push(...value.tasks.map((t) => t.id));
      }
      expect(new Set(ids).size).toBe(counts?.[list]);
    }
    expect(await dispatch(handlers, 'listSessionTasks', { id: latest.id, list: 'done', offset: 0, limit: 5 })).toMatchObject({ ok: false, invalidInput: true });
    expect(await dispatch(handlers, 'listSessionTasks', { id: latest.id, list: 'new', offset: 0, limit: 501 })).toMatchObject({ ok: false, invalidInput: true });

    // The changes since the previous session: each changed line as the indicator table has it.
    const lines: SessionChangesView['ratingChanges'] = [];
    for (const { id } of all) {
      const changes = await dispatch(handlers, 'getSessionChanges', { id });
      lines.push(...(changes.ok ? (changes.value as SessionChangesView).ratingChanges : []));
    }
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.comparison.rating).toBe(line.after);
      expect(line.comparison).not.toHaveProperty('series');
      expect(line.comparison).not.toHaveProperty('target');
    }
  });

  it('says in Vietnamese what is wrong when a service refuses', async () => {
    const missing = await dispatch(handlers, 'getSessionDetail', { id: 99_999 });
    expect(missing).toMatchObject({ ok: false });
    expect(!missing.ok && missing.error).toMatch(/Không tìm thấy phiên họp/);
    const unknownBackup = await dispatch(handlers, 'restoreBackup', { name: 'khong-co.db' });
    expect(!unknownBackup.ok && unknownBackup.error).toMatch(/Không có bản sao lưu/);
  });
});

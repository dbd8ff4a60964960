/**
 * The documents of a session that carries many open tasks and an indicator followed in
 * many provinces, built from a real SQLite file: the limits of document-limits.ts turn
 * what would be hundreds of entries into counts per agency and per indicator.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/open';
import { openDatabase } from '../../electron/db/open';
import { buildDocumentModel, exportDocument } from '../../electron/exporting';
import {
  APPENDIX_TASK_ROWS,
  CARRIED_OVER_LISTED,
  CARRIED_OVER_NAMED,
  SCOPES_NAMED,
  SCOPES_WRITTEN_OUT,
  TASKS_PER_AGENCY,
} from '../../electron/exporting/document-limits';
import type { Block, DocumentModel, TableBlock } from '../../electron/exporting/document-model';
import { addFigure, addIndicator, addSession, addTarget, addTask, due, recurring } from '../comparison/fixtures';
import { pdfPages, pdfText, save } from './helpers';

const LEADS = ['Bộ Công an', 'Bộ Tài chính', 'Bộ Y tế'];
const OVERDUE = 120;
const RECURRING = 12;
const PROVINCES = 40;

function text(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${block.label} ${block.text}`;
    case 'paragraph':
      return block.runs.map((r) => r.text).join('');
    case 'listItem':
      return `${block.marker} ${block.runs.map((r) => r.text).join('')}`;
    case 'table':
      return `[bảng] ${block.caption ?? ''}`;
    case 'chart':
      return `[biểu đồ] ${block.caption}`;
  }
}

/** The blocks between the heading that starts with `from` and the next heading of the same level or higher. */
function section(model: DocumentModel, from: string): Block[] {
  const start = model.body.findIndex((b) => b.kind === 'heading' && text(b).startsWith(from));
  expect(start).toBeGreaterThanOrEqual(0);
  const level = (model.body[start] as Extract<Block, { kind: 'heading' }>).level;
  const end = model.body.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= level);
  return model.body.slice(start + 1, end < 0 ? undefined : end);
}

describe('documents of a session carrying many open tasks and many scopes', () => {
  let dir: string;
  let db: Db;
  let sessionId: number;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-limits-'));
    db = openDatabase(path.join(dir, 'many.db'));
    db.transaction(() => {
      const earlier = addSession(db, '2024-03-15', 1);
      const session = addSession(db, '2025-06-20', 2);
      sessionId = session.id;
      // Earlier sessions' work still open: overdue, spread over three ministries, and recurring.
      for (let i = 0; i < OVERDUE; i++) {
        const month = String((i % 12) + 1).padStart(2, '0');
        addTask(db, { lead: LEADS[i % LEADS.length], content: `Nhiệm vụ cũ số ${i + 1}`, deadline: due(`2024-${month}-28`), sessionId: earlier.id });
      }
      for (let i = 0; i < RECURRING; i++) addTask(db, { lead: LEADS[0], content: `Nhiệm vụ thường xuyên ${i + 1}`, deadline: recurring, sessionId: earlier.id });
      // Done before the session: not carried over.
      addTask(db, { lead: 'Bộ Công an', content: 'Nhiệm vụ đã xong', deadline: due('2024-12-31'), sessionId: earlier.id, updates: [['done', '2024-11-30']] });
      for (let i = 0; i < 4; i++) addTask(db, { lead: 'Bộ Xây dựng', content: `Nhiệm vụ mới số ${i + 1}`, deadline: due('2025-12-31'), sessionId: session.id });

      const indicator = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
      addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31', baselineValue: 20, baselineDate: '2024-12-31' });
      addFigure(db, indicator.id, { value: 39.51, asOf: '2025-05-31' });
      for (let p = 1; p <= PROVINCES; p++) {
        addFigure(db, indicator.id, { value: 10 + 2 * p, asOf: '2025-05-31', scope: `Tỉnh ${String(p).padStart(2, '0')}` });
      }
    })();
  });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sums up the earlier tasks still open per agency, naming the longest overdue, and lists the new ones in full', () => {
    expect(OVERDUE + RECURRING).toBeGreaterThan(CARRIED_OVER_LISTED);
    const model = buildDocumentModel(db, { sessionId, kind: 'conclusion' });
    const carried = section(model, '2. ').map(text);
    expect(carried[0]).toBe(
      `Các bộ, ngành, địa phương tiếp tục thực hiện các nhiệm vụ chưa hoàn thành được giao tại các Thông báo kết luận trước: còn ${OVERDUE + RECURRING} nhiệm vụ, trong đó ${OVERDUE} nhiệm vụ quá hạn, thuộc trách nhiệm của ${LEADS.length} cơ quan, cụ thể:`,
    );
    const entries = carried.filter((l) => l.startsWith('- '));
    expect(entries).toHaveLength(LEADS.length);
    // The recurring tasks count with their ministry, most overdue first; the oldest deadline leads.
    expect(entries[0]).toMatch(/^- Bộ Công an: 52 nhiệm vụ, trong đó 40 nhiệm vụ quá hạn, thời hạn sớm nhất 28\/01\/2024; khẩn trương hoàn thành: “Nhiệm vụ cũ số 1” \(28\/01\/2024\), /);
    for (const entry of entries) expect(entry.match(/“/g)).toHaveLength(CARRIED_OVER_NAMED);
    expect(entries.at(-1)).toMatch(/\.$/);

    const fresh = section(model, '3. ').map(text).filter((l) => l.startsWith('- '));
    expect(fresh).toHaveLength(4);
    expect(fresh[0]).toBe('- Bộ Xây dựng chủ trì nhiệm vụ mới số 1, hoàn thành trước ngày 31/12/2025;');
  });

  it('sums up an indicator followed in many provinces in one sentence, naming the furthest behind', () => {
    expect(PROVINCES).toBeGreaterThan(SCOPES_WRITTEN_OUT);
    const model = buildDocumentModel(db, { sessionId, kind: 'conclusion', appendix: true });
    const gaps = section(model, 'II. ').map(text).filter((l) => l.includes('Tỷ lệ hồ sơ trực tuyến toàn trình'));
    expect(gaps).toEqual([
      '- Tỷ lệ hồ sơ trực tuyến toàn trình: mục tiêu năm 2025 là 80% nhưng mới đạt 39,51%, còn thiếu 40,49 điểm phần trăm;',
      expect.stringMatching(/^- Tỷ lệ hồ sơ trực tuyến toàn trình tại 40 địa phương: .*chậm\/không đạt; chậm nhất là Tỉnh 01 12%, Tỉnh 02 14%, Tỉnh 03 16%[;.]$/),
    ]);
    // The sources appendix lists the figures cited, not the forty provinces.
    const sources = model.appendices[0]?.blocks[0] as TableBlock;
    // Each named province's figure and its target.
    expect(sources.rows.filter((r) => r.cells[1]?.startsWith('Tỷ lệ hồ sơ trực tuyến toàn trình (Tỉnh'))).toHaveLength(2 * SCOPES_NAMED);
  });

  it('gives the briefing one row for the provinces and lists long task lists per agency with "và N nhiệm vụ khác"', () => {
    expect(OVERDUE).toBeGreaterThan(APPENDIX_TASK_ROWS);
    const model = buildDocumentModel(db, { sessionId, kind: 'briefing' });
    const table = model.body.find((b): b is TableBlock => b.kind === 'table' && b.caption?.startsWith('Bảng 1.') === true);
    expect(table?.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ['Tỷ lệ hồ sơ trực tuyến toàn trình', 'Cả nước'],
      ['Tỷ lệ hồ sơ trực tuyến toàn trình', '40 địa phương'],
    ]);
    const [figures, overdue] = model.appendices;
    // Every row of the indicator, then its provinces furthest behind.
    expect((figures?.blocks[0] as TableBlock).rows).toHaveLength(2 + SCOPES_NAMED);

    const list = overdue?.blocks[0] as TableBlock;
    expect(list.rows).toHaveLength(LEADS.length * (TASKS_PER_AGENCY + 1));
    expect(list.rows[0]?.cells.slice(1, 4)).toEqual(['Nhiệm vụ cũ số 1', 'Bộ Công an', '28/01/2024']);
    expect(list.rows[TASKS_PER_AGENCY]?.cells.slice(1, 3)).toEqual([`và ${OVERDUE / LEADS.length - TASKS_PER_AGENCY} nhiệm vụ khác`, 'Bộ Công an']);
    expect(section(model, '2. ').map(text)).toEqual([
      `Danh mục ${OVERDUE} nhiệm vụ của ${LEADS.length} cơ quan chủ trì tại Phụ lục II, mỗi cơ quan nêu ${TASKS_PER_AGENCY} nhiệm vụ có thời hạn sớm nhất và số nhiệm vụ còn lại.`,
    ]);
  });

  it('prints both documents in a few pages, and reads the database again once it changes', async () => {
    // The Word file and the PDF of one document are drawn from one reading of the database.
    const model = buildDocumentModel(db, { sessionId, kind: 'conclusion' });
    expect(buildDocumentModel(db, { sessionId, kind: 'conclusion' })).toBe(model);
    for (const kind of ['briefing', 'conclusion'] as const) {
      const file = save(dir, `${kind}.pdf`, await exportDocument(db, { sessionId, kind, format: 'pdf' }));
      expect(pdfPages(file)).toBeLessThanOrEqual(8);
    }
    const read = async (name: string) =>
      pdfText(save(dir, name, await exportDocument(db, { sessionId, kind: 'conclusion', format: 'pdf' }))).normalize('NFC').replace(/\s+/g, ' ');
    expect(await read('before.pdf')).not.toContain('nhiệm vụ mới số 5');
    addTask(db, { lead: 'Bộ Xây dựng', content: 'Nhiệm vụ mới số 5', deadline: due('2025-12-31'), sessionId });
    expect(await read('after.pdf')).toContain('nhiệm vụ mới số 5');
    expect(buildDocumentModel(db, { sessionId, kind: 'conclusion' })).not.toBe(model);
  });
});

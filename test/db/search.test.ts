import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open';
import { search } from '../../electron/db/search';
import { createSession } from '../../electron/db/sessions';
import { createTask } from '../../electron/db/tasks';

describe('search', () => {
  it('ignores Vietnamese diacritics, including đ', () => {
    const db = openDatabase(':memory:');
    createSession(db, { number: 2, year: 2025, date: '2025-05-17', title: 'Phiên họp về Đề án 06', chair: null, format: 'hybrid', notes: null });
    const task = createTask(db, {
      leadAgencyId: null,
      partnerNames: [],
      content: 'Hoàn thành kết nối cơ sở dữ liệu quốc gia về dân cư',
      output: null,
      deadline: { kind: 'none', due: null, text: null },
      sessionId: null,
      documentId: null,
      evidence: null,
    });
    expect(search(db, 'co so du lieu')).toEqual([expect.objectContaining({ kind: 'task', id: task.id, title: 'Hoàn thành kết nối cơ sở dữ liệu quốc gia về dân cư' })]);
    expect(search(db, 'de an 06').map((h) => h.kind)).toEqual(['session']);
    expect(search(db, 'Đề án')[0]?.title).toBe('Phiên họp về Đề án 06');
    expect(search(db, 'khong co gi')).toEqual([]);
    expect(search(db, '"*)(')).toEqual([]);
    db.close();
  });
});

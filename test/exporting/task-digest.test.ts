/**
 * digestTasks on a real SQLite file: the counts per agency answering now, and each
 * agency's first tasks by deadline (ties by id, undated last), whether they come from
 * a walk along a catalogued lead's deadlines, from a merged ministry's tasks, or from a
 * lead named outside the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { OPEN_STATUSES } from '../../electron/comparison/task-status';
import { digestTasks } from '../../electron/exporting/task-digest';
import { addSession, addTask, due, recurring, tempDb } from '../comparison/fixtures';

const AS_OF = '2025-06-30';
const EVERY_TASK = { filter: { where: [], params: {} } };

describe('digestTasks', () => {
  it('names the first tasks by deadline, ties by id, and undated ones only after every dated one', () => {
    const db = tempDb();
    const undated = addTask(db, { lead: 'Bộ Y tế', content: 'Không hạn', deadline: recurring });
    const late = addTask(db, { lead: 'Bộ Y tế', content: 'Hạn muộn', deadline: due('2025-12-31') });
    const tieFirst = addTask(db, { lead: 'Bộ Y tế', content: 'Hạn sớm 1', deadline: due('2025-03-31') });
    const tieSecond = addTask(db, { lead: 'Bộ Y tế', content: 'Hạn sớm 2', deadline: due('2025-03-31') });
    const digest = (first: number) => digestTasks(db, AS_OF, EVERY_TASK, first).agencies[0]?.first.map((t) => t.id);

    expect(digest(2)).toEqual([tieFirst.id, tieSecond.id]);
    expect(digest(3)).toEqual([tieFirst.id, tieSecond.id, late.id]);
    // Too few dated tasks: the undated one follows them.
    expect(digest(5)).toEqual([tieFirst.id, tieSecond.id, late.id, undated.id]);
    expect(digest(0)).toEqual([]);
    expect(digestTasks(db, AS_OF, EVERY_TASK, 2)).toMatchObject({ total: 4, overdue: 2, agencies: [{ agencyName: 'Bộ Y tế', count: 4, overdue: 2 }] });
  });

  it("counts a merged ministry's tasks under its successor and takes the successor's first from both leads", () => {
    const db = tempDb();
    const inherited = addTask(db, { lead: 'Bộ Thông tin và Truyền thông', deadline: due('2025-01-31') });
    addTask(db, { lead: 'Bộ Khoa học và Công nghệ', deadline: due('2025-05-31') });
    const own = addTask(db, { lead: 'Bộ Khoa học và Công nghệ', deadline: due('2025-02-28') });
    addTask(db, { lead: 'Bộ Thông tin và Truyền thông', deadline: due('2025-04-30') });
    addTask(db, { lead: 'Bộ Công an', deadline: due('2025-12-31') });

    const digest = digestTasks(db, AS_OF, { ...EVERY_TASK, statuses: ['overdue'] }, 2);
    expect(digest.total).toBe(4);
    expect(digest.agencies).toHaveLength(1);
    expect(digest.agencies[0]).toMatchObject({ agencyName: 'Bộ Khoa học và Công nghệ', count: 4, overdue: 4 });
    expect(digest.agencies[0]?.first.map((t) => t.id)).toEqual([inherited.id, own.id]);
  });

  it('groups leads outside the catalogue by their name, and keeps to the selection', () => {
    const db = tempDb();
    const earlier = addSession(db, '2025-01-15', 1);
    const session = addSession(db, '2025-06-30', 2);
    const named = addTask(db, { lead: 'Tổ công tác liên ngành', deadline: due('2025-03-31'), sessionId: earlier.id });
    addTask(db, { lead: 'Tổ công tác liên ngành ', deadline: due('2025-02-28'), sessionId: earlier.id, updates: [['done', '2025-02-20']] });
    addTask(db, { lead: 'Bộ Công an', deadline: due('2025-09-30'), sessionId: session.id });
    const open = addTask(db, { lead: 'Bộ Công an', deadline: due('2025-08-31'), sessionId: earlier.id });

    const carried = digestTasks(
      db,
      AS_OF,
      {
        filter: { where: ['coalesce(t.session_id, 0) <> @sessionId'], params: { sessionId: session.id } },
        statuses: OPEN_STATUSES,
      },
      3,
    );
    expect(carried.agencies.map((a) => [a.agencyName, a.count, a.overdue, a.first.map((t) => t.id)])).toEqual([
      ['Tổ công tác liên ngành', 1, 1, [named.id]],
      ['Bộ Công an', 1, 0, [open.id]],
    ]);
  });
});

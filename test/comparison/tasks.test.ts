import { describe, expect, it } from 'vitest';
import { countTasksByAgency, forEachTaskStatus, listTaskStatuses, sessionTaskCounts, sessionTaskPage, updateTaskStatus } from '../../electron/comparison';
import { overdueSummary } from '../../electron/comparison/task-summary';
import { listTaskUpdates } from '../../electron/db/tasks';
import { addSession, addTask, agencyId, due, recurring, tempDb, undated } from './fixtures';

describe('listTaskStatuses', () => {
  it('lists a long list whole and in order, read a chunk at a time, as pages and forEachTaskStatus list it', () => {
    const db = tempDb();
    // Deadlines repeat and some tasks have none: the order is by deadline (undated last), then id.
    db.transaction(() => {
      for (let i = 0; i < 2_345; i++) addTask(db, { deadline: i % 7 === 0 ? undated : due(`2025-0${1 + (i % 9)}-1${i % 10}`) });
    })();
    const whole = listTaskStatuses(db, { asOf: '2025-06-30' });
    const expected = db
      .prepare('SELECT id FROM tasks ORDER BY due_date IS NULL, due_date, id')
      .pluck()
      .all() as number[];
    expect(whole.total).toBe(2_345);
    expect(whole.tasks.map((t) => t.id)).toEqual(expected);
    const visited: number[] = [];
    expect(forEachTaskStatus(db, { asOf: '2025-06-30' }, (t) => visited.push(t.id))).toBe('2025-06-30');
    expect(visited).toEqual(expected);
    const page = listTaskStatuses(db, { asOf: '2025-06-30', limit: 100, offset: 1_950 });
    expect(page.tasks.map((t) => t.id)).toEqual(expected.slice(1_950, 2_050));
    const overdue = listTaskStatuses(db, { asOf: '2025-06-30', status: 'overdue' }).tasks;
    expect(overdue.length).toBeGreaterThan(1_000);
    expect(overdue.every((t) => t.status === 'overdue')).toBe(true);
  });

  it('computes each status as of the date: overdue from the day after the deadline', () => {
    const db = tempDb();
    const t = addTask(db, { deadline: { kind: 'month', due: '2025-08-31', text: 'trong tháng 8/2025' } });
    expect(listTaskStatuses(db, { asOf: '2025-08-31' }).tasks[0]).toMatchObject({ id: t.id, status: 'in_progress_on_time', overdueDays: null });
    expect(listTaskStatuses(db, { asOf: '2025-09-01' }).tasks[0]).toMatchObject({
      status: 'overdue',
      statusLabel: 'Quá hạn chưa hoàn thành',
      overdueDays: 1,
    });
  });

  it('tells done on time from done late, and recurring work from the rest', () => {
    const db = tempDb();
    const onTime = addTask(db, { deadline: due('2025-08-31'), updates: [['in_progress', '2025-08-01'], ['done', '2025-08-31']] });
    const late = addTask(db, { deadline: due('2025-08-31'), updates: [['done', '2025-09-03']] });
    const ongoing = addTask(db, { deadline: recurring });
    const open = addTask(db, { deadline: undated });
    const statuses = new Map(listTaskStatuses(db, { asOf: '2025-10-01' }).tasks.map((t) => [t.id, [t.status, t.doneDate]]));
    expect(statuses.get(onTime.id)).toEqual(['done_on_time', '2025-08-31']);
    expect(statuses.get(late.id)).toEqual(['done_late', '2025-09-03']);
    expect(statuses.get(ongoing.id)).toEqual(['recurring', null]);
    expect(statuses.get(open.id)).toEqual(['in_progress_on_time', null]);
  });

  it('leaves out tasks assigned by a session held after the date', () => {
    const db = tempDb();
    const s3 = addSession(db, '2025-07-20', 3);
    const s4 = addSession(db, '2025-09-24', 4);
    addTask(db, { sessionId: s3.id });
    addTask(db, { sessionId: s4.id });
    expect(listTaskStatuses(db, { asOf: '2025-08-01' }).total).toBe(1);
    expect(listTaskStatuses(db, { asOf: '2025-09-24' }).total).toBe(2);
    expect(listTaskStatuses(db, { sessionId: s3.id }).asOf).toBe('2025-07-20');
  });

  it("lists a merged ministry's tasks under its successor, by name or short form", () => {
    const db = tempDb();
    const inherited = addTask(db, { lead: 'Bộ Thông tin và Truyền thông' });
    const own = addTask(db, { lead: 'Bộ Khoa học và Công nghệ' });
    addTask(db, { lead: 'Bộ Công an' });
    const list = listTaskStatuses(db, { asOf: '2025-10-01', agency: 'Bộ KH&CN' });
    expect(list.tasks.map((t) => t.id)).toEqual([inherited.id, own.id]);
    expect(list.tasks[0]).toMatchObject({ leadName: 'Bộ Thông tin và Truyền thông', currentAgencyName: 'Bộ Khoa học và Công nghệ' });
    expect(listTaskStatuses(db, { asOf: '2025-10-01', agency: agencyId(db, 'Bộ Thông tin và Truyền thông') }).total).toBe(1);
    expect(() => listTaskStatuses(db, { agency: 'Bộ Không Tồn Tại' })).toThrow('Không tìm thấy cơ quan "Bộ Không Tồn Tại"');
  });

  it('filters by status, deadline and words (ignoring diacritics), and pages in SQL', () => {
    const db = tempDb();
    const ids = Array.from({ length: 7 }, (_, i) => addTask(db, { deadline: due(`2025-0${i + 1}-15`) }).id);
    const database = addTask(db, { content: 'Hoàn thành cơ sở dữ liệu quốc gia về dân cư', deadline: due('2025-12-15') }).id;

    const overdue = listTaskStatuses(db, { asOf: '2025-06-01', status: 'overdue', limit: 2, offset: 1 });
    expect(overdue.total).toBe(5);
    expect(overdue.countsByStatus).toMatchObject({ overdue: 5, in_progress_on_time: 3 });
    expect(overdue.tasks.map((t) => t.id)).toEqual([ids[1], ids[2]]);

    expect(listTaskStatuses(db, { asOf: '2025-06-01', dueFrom: '2025-03-01', dueTo: '2025-04-30' }).tasks.map((t) => t.id)).toEqual([ids[2], ids[3]]);
    expect(listTaskStatuses(db, { asOf: '2025-06-01', text: 'co so du lieu' }).tasks.map((t) => t.id)).toEqual([database]);
  });
});

describe('countTasksByAgency', () => {
  it('counts under the current agency and sums up the overdue work in a sentence', () => {
    const db = tempDb();
    addTask(db, { lead: 'Bộ Thông tin và Truyền thông', deadline: due('2025-06-30') });
    addTask(db, { lead: 'Bộ Khoa học và Công nghệ', deadline: due('2025-06-30') });
    addTask(db, { lead: 'Bộ Khoa học và Công nghệ', deadline: due('2025-06-30'), updates: [['done', '2025-06-20']] });
    addTask(db, { lead: 'Bộ Kế hoạch và Đầu tư', deadline: due('2025-05-31') });
    addTask(db, { lead: 'Bộ Công an', deadline: due('2025-12-31') });
    addTask(db, { lead: 'Tổ công tác liên ngành', deadline: due('2025-12-31') });

    const counts = countTasksByAgency(db, '2025-07-01');
    expect(counts.agencies.map((a) => [a.agencyName, a.counts.overdue, a.total])).toEqual([
      ['Bộ Khoa học và Công nghệ', 2, 3],
      ['Bộ Tài chính', 1, 1],
      ['Bộ Công an', 0, 1],
      ['Tổ công tác liên ngành', 0, 1],
    ]);
    expect(counts.agencies.find((a) => a.agencyName === 'Tổ công tác liên ngành')?.agencyId).toBeNull();
    expect(counts.totals).toEqual({ done_on_time: 1, done_late: 0, in_progress_on_time: 2, overdue: 3, recurring: 0 });
    expect(counts.overdueAgencyCount).toBe(2);
    expect(counts.summary).toBe('còn 3 nhiệm vụ chậm tiến độ thuộc trách nhiệm của 2 bộ, ngành');

    const one = countTasksByAgency(db, '2025-07-01', { agency: 'Bộ Thông tin và Truyền thông' });
    expect(one.agencies.map((a) => [a.agencyName, a.total])).toEqual([['Bộ Khoa học và Công nghệ', 1]]);
  });
});

describe('tasks as of a date', () => {
  it('are only those assigned by then, with only the completions dated by then, in every list and count', () => {
    const db = tempDb();
    const march = addSession(db, '2025-03-01');
    const june = addSession(db, '2025-06-01');
    const early = addTask(db, { sessionId: march.id, deadline: due('2025-04-30'), updates: [['done', '2025-05-20']] });
    const later = addTask(db, { lead: 'Bộ Tư pháp', sessionId: june.id, deadline: due('2025-04-30') });

    const may = listTaskStatuses(db, { asOf: '2025-05-01' });
    expect(may.tasks.map((t) => [t.id, t.status])).toEqual([[early.id, 'overdue']]);
    expect(may.countsByStatus).toMatchObject({ overdue: 1, done_late: 0 });
    const counts = countTasksByAgency(db, '2025-05-01');
    expect(counts.agencies.map((a) => [a.agencyName, a.counts.overdue, a.total])).toEqual([['Bộ Công an', 1, 1]]);
    expect(sessionTaskPage(db, march.id, 'carriedOver', { limit: 100, offset: 0 })).toEqual({ total: 0, tasks: [] });

    const july = listTaskStatuses(db, { asOf: '2025-07-01' });
    expect(july.tasks.map((t) => [t.id, t.status, t.doneDate])).toEqual([
      [early.id, 'done_late', '2025-05-20'],
      [later.id, 'overdue', null],
    ]);
    expect(countTasksByAgency(db, '2025-07-01').totals).toMatchObject({ done_late: 1, overdue: 1 });
  });
});

describe('overdueSummary', () => {
  it('chooses the noun from the kinds of agencies responsible', () => {
    expect(overdueSummary(75, Array(9).fill('ministry'))).toBe('còn 75 nhiệm vụ chậm tiến độ thuộc trách nhiệm của 9 bộ, ngành');
    expect(overdueSummary(4, ['province', 'province'])).toBe('còn 4 nhiệm vụ chậm tiến độ thuộc trách nhiệm của 2 địa phương');
    expect(overdueSummary(5, ['ministry', 'province', 'group'])).toBe('còn 5 nhiệm vụ chậm tiến độ thuộc trách nhiệm của 3 bộ, ngành, địa phương');
    expect(overdueSummary(1200, ['enterprise', 'ministry'])).toBe('còn 1.200 nhiệm vụ chậm tiến độ thuộc trách nhiệm của 2 cơ quan, đơn vị');
    expect(overdueSummary(0, [])).toBe('không còn nhiệm vụ nào chậm tiến độ');
  });
});

describe('sessionTaskPage', () => {
  it("pages the session's new tasks and the earlier sessions' tasks still open on its date", () => {
    const db = tempDb();
    const s2 = addSession(db, '2025-05-17', 2);
    const s3 = addSession(db, '2025-07-20', 3);
    const s4 = addSession(db, '2025-09-24', 4);
    const stillOpen = addTask(db, { sessionId: s2.id, deadline: due('2025-06-30') });
    addTask(db, { sessionId: s2.id, deadline: due('2025-06-30'), updates: [['done', '2025-06-15']] });
    const doneLater = addTask(db, { sessionId: s2.id, deadline: due('2025-12-31'), updates: [['done', '2025-08-01']] });
    const recurringWork = addTask(db, { sessionId: s2.id, deadline: recurring });
    const fresh = addTask(db, { sessionId: s3.id, deadline: due('2025-10-31') });
    addTask(db, { sessionId: s4.id });

    const all = { limit: 100, offset: 0 };
    const statuses = (list: 'new' | 'carriedOver', page = all) => {
      const { total, tasks } = sessionTaskPage(db, s3.id, list, page);
      return { total, tasks: tasks.map((t) => [t.id, t.status]) };
    };
    expect(statuses('new')).toEqual({ total: 1, tasks: [[fresh.id, 'in_progress_on_time']] });
    expect(statuses('carriedOver')).toEqual({
      total: 3,
      tasks: [
        [stillOpen.id, 'overdue'],
        [doneLater.id, 'in_progress_on_time'],
        [recurringWork.id, 'recurring'],
      ],
    });
    // A page further on still counts the whole list.
    expect(statuses('carriedOver', { limit: 2, offset: 1 })).toEqual({
      total: 3,
      tasks: [
        [doneLater.id, 'in_progress_on_time'],
        [recurringWork.id, 'recurring'],
      ],
    });
    expect(sessionTaskCounts(db, s3.id)).toEqual({ new: 1, carriedOver: 3 });
    expect(sessionTaskCounts(db, s4.id)).toEqual({ new: 1, carriedOver: 3 });
    expect(() => sessionTaskPage(db, 999, 'new', all)).toThrow();
  });
});

describe('updateTaskStatus', () => {
  it('records one update per task in one transaction, logged in the audit trail', () => {
    const db = tempDb();
    const a = addTask(db, { deadline: due('2025-08-31') });
    const b = addTask(db, { deadline: due('2025-08-31') });
    const result = updateTaskStatus(db, { taskIds: [a.id, b.id, a.id], progress: 'done', date: '2025-09-02', note: '  Đã ban hành  ', evidenceDocumentId: null });
    expect(result.updated).toBe(2);
    expect(listTaskUpdates(db, a.id)).toEqual([expect.objectContaining({ progress: 'done', date: '2025-09-02', note: 'Đã ban hành' })]);
    expect(listTaskStatuses(db, { asOf: '2025-09-30' }).countsByStatus.done_late).toBe(2);
    const audited = db.prepare("SELECT count(*) AS n FROM audit_log WHERE table_name = 'task_updates' AND action = 'insert'").get() as { n: number };
    expect(audited.n).toBe(2);
  });

  it('writes nothing when one task is unknown or the input is wrong', () => {
    const db = tempDb();
    const a = addTask(db);
    const input = { progress: 'done' as const, date: '2025-09-02', note: null, evidenceDocumentId: null };
    expect(() => updateTaskStatus(db, { ...input, taskIds: [a.id, 9999] })).toThrow('Không tìm thấy nhiệm vụ #9999');
    expect(listTaskUpdates(db, a.id)).toEqual([]);
    expect(() => updateTaskStatus(db, { ...input, taskIds: [] })).toThrow('Chưa chọn nhiệm vụ nào');
    expect(() => updateTaskStatus(db, { ...input, taskIds: [a.id], date: '2025-02-30' })).toThrow('Ngày không hợp lệ');
    expect(() => updateTaskStatus(db, { ...input, taskIds: [a.id], evidenceDocumentId: 42 })).toThrow('Không tìm thấy văn bản #42');
  });
});

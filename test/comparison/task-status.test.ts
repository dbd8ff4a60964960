import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listTaskStatuses, taskStatusAsOf } from '../../electron/comparison';
import { addDays } from '../../electron/comparison/dates';
import { listTaskUpdates } from '../../electron/db/tasks';
import type { Deadline, TaskProgress } from '../../electron/domain/model';
import { addSession, addTask, due, recurring, tempDb, undated } from './fixtures';

const task = (deadline: Deadline) => ({ deadline });
const done = (date: string) => ({ progress: 'done' as const, date });
const progress = (date: string) => ({ progress: 'in_progress' as const, date });

describe('taskStatusAsOf', () => {
  it('is overdue the day after the deadline, and still in time on the deadline itself', () => {
    const t = task({ kind: 'month', due: '2025-08-31', text: 'trong tháng 8/2025' });
    expect(taskStatusAsOf(t, [], '2025-08-31')).toBe('in_progress_on_time');
    expect(taskStatusAsOf(t, [], '2025-09-01')).toBe('overdue');
  });

  it('is done on time when finished on or before the deadline, late when after', () => {
    const t = task(due('2025-08-31'));
    expect(taskStatusAsOf(t, [done('2025-08-31')], '2025-12-31')).toBe('done_on_time');
    expect(taskStatusAsOf(t, [done('2025-09-10')], '2025-12-31')).toBe('done_late');
  });

  it('does not see a completion dated after the as-of date', () => {
    const t = task(due('2025-08-31'));
    expect(taskStatusAsOf(t, [done('2025-09-10')], '2025-09-05')).toBe('overdue');
    expect(taskStatusAsOf(t, [progress('2025-08-01')], '2025-09-05')).toBe('overdue');
  });

  it('takes the latest completion on or before the date', () => {
    const t = task(due('2025-08-31'));
    const updates = [done('2025-08-20'), done('2025-09-15')];
    expect(taskStatusAsOf(t, updates, '2025-09-01')).toBe('done_on_time');
    expect(taskStatusAsOf(t, updates, '2025-09-30')).toBe('done_late');
  });

  it('keeps recurring work recurring, never overdue, until it is marked done', () => {
    expect(taskStatusAsOf(task(recurring), [], '2030-01-01')).toBe('recurring');
    expect(taskStatusAsOf(task(recurring), [done('2025-10-01')], '2025-12-31')).toBe('done_on_time');
  });

  it('keeps undated work in progress', () => {
    expect(taskStatusAsOf(task(undated), [], '2030-01-01')).toBe('in_progress_on_time');
  });
});

const DAY0 = '2025-01-01';
const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays(DAY0, n));
const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  day.map((d) => due(d)),
  fc.constant(recurring),
  fc.constant(undated),
);
const update = fc.tuple(fc.constantFrom<TaskProgress>('done', 'in_progress'), day);

describe('the SQL status', () => {
  it('agrees with taskStatusAsOf for any deadline, updates and date', () => {
    const db = tempDb();
    const session = addSession(db, DAY0);
    fc.assert(
      fc.property(fc.array(fc.tuple(deadline, fc.array(update, { maxLength: 3 })), { minLength: 1, maxLength: 12 }), day, (specs, asOf) => {
        db.exec('DELETE FROM task_updates; DELETE FROM tasks;');
        const tasks = specs.map(([d, updates]) => addTask(db, { deadline: d, updates, sessionId: session.id }));
        const listed = new Map(listTaskStatuses(db, { asOf }).tasks.map((t) => [t.id, t.status]));
        for (const t of tasks) expect(listed.get(t.id)).toBe(taskStatusAsOf(t, listTaskUpdates(db, t.id), asOf));
      }),
      { numRuns: 60 },
    );
  });
});

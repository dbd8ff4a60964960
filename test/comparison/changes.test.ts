import { describe, expect, it } from 'vitest';
import { changesSincePrevious } from '../../electron/comparison';
import { addFigure, addIndicator, addSession, addTarget, addTask, due, tempDb } from './fixtures';

describe('changesSincePrevious', () => {
  it('lists new, completed and newly overdue tasks, and indicators whose rating changed', () => {
    const db = tempDb();
    const s3 = addSession(db, '2025-07-20', 3);
    const s4 = addSession(db, '2025-09-24', 4);

    const overdueBefore = addTask(db, { sessionId: s3.id, deadline: due('2025-06-30') });
    const fallsOverdue = addTask(db, { sessionId: s3.id, deadline: due('2025-08-31') });
    const doneBetween = addTask(db, { sessionId: s3.id, deadline: due('2025-08-31'), updates: [['done', '2025-08-25']] });
    addTask(db, { sessionId: s3.id, deadline: due('2025-06-30'), updates: [['done', '2025-06-15']] });
    const assigned = addTask(db, { sessionId: s4.id, deadline: due('2025-12-31') });

    const indicator = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
    addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31' });
    addFigure(db, indicator.id, { value: 39.51, asOf: '2025-06-30', sessionId: s3.id });
    addFigure(db, indicator.id, { value: 75, asOf: '2025-08-31', sessionId: s4.id });
    const steady = addIndicator(db, { name: 'Trạm phát sóng 5G', unit: 'trạm' });
    addFigure(db, steady.id, { value: 15000, asOf: '2025-06-30' });

    const changes = changesSincePrevious(db, s4.id);
    expect(changes).toMatchObject({ from: '2025-07-20', to: '2025-09-24', previousSession: { id: s3.id } });
    expect(changes.newTasks.map((t) => t.id)).toEqual([assigned.id]);
    expect(changes.doneTasks.map((t) => [t.id, t.status])).toEqual([[doneBetween.id, 'done_on_time']]);
    expect(changes.newlyOverdue.map((t) => t.id)).toEqual([fallsOverdue.id]);
    expect(changes.newlyOverdue.map((t) => t.id)).not.toContain(overdueBefore.id);
    expect(changes.ratingChanges).toEqual([
      expect.objectContaining({ indicatorName: 'Tỷ lệ hồ sơ trực tuyến toàn trình', scope: null, before: 'off_track', after: 'on_track' }),
    ]);
  });

  it('counts everything on record as new at the first session', () => {
    const db = tempDb();
    const first = addSession(db, '2025-05-17', 2);
    const task = addTask(db, { sessionId: first.id, deadline: due('2025-04-30') });
    const changes = changesSincePrevious(db, first.id);
    expect(changes.previousSession).toBeNull();
    expect(changes.newTasks.map((t) => t.id)).toEqual([task.id]);
    expect(changes.newlyOverdue.map((t) => t.id)).toEqual([task.id]);
  });
});

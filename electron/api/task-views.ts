import { checkSixClear } from '../comparison';
import { findTasksWithStatus } from '../comparison/task-queries';
import type { TaskWithStatus } from '../comparison/types';
import type { Db } from '../db/open';
import { requireSession } from '../db/sessions';
import { getTask } from '../db/tasks';
import type { IsoDate } from '../domain/model';
import type { TaskView } from './contract';

/** A task with its "6 rõ" check, as every task list of the screens shows it. */
export function withSixClear(task: TaskWithStatus): TaskView {
  return { ...task, sixClear: checkSixClear(task) };
}

/** One task with its status as of the date; a task assigned later is shown as of its session's date. */
export function taskView(db: Db, id: number, asOf: IsoDate): TaskView {
  const task = getTask(db, id);
  if (!task) throw new Error(`Không tìm thấy nhiệm vụ #${id}`);
  const find = (date: IsoDate) => findTasksWithStatus(db, date, { where: ['t.id = @id'], params: { id } })[0];
  const sessionDate = task.sessionId == null ? null : requireSession(db, task.sessionId).date;
  const found = find(asOf) ?? (sessionDate ? find(sessionDate) : undefined);
  if (!found) throw new Error(`Không tính được trạng thái của nhiệm vụ #${id}`);
  return withSixClear(found);
}

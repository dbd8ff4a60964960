import { listTaskStatuses, updateTaskStatus } from '../comparison';
import { getAgency, listAgencies, updateAgency } from '../db/agencies';
import { createTask, listTaskUpdates, updateTask } from '../db/tasks';
import { listTaskAudit } from '../db/views';
import type { TaskInput } from '../domain/model';
import { todayIso } from '../domain/vietnamese';
import type { HandlerGroup } from './handler-types';
import { inTransaction } from './handler-types';
import { taskView, withSixClear } from './task-views';

/** Nhiệm vụ: the task list as of a date, a task's history, edits and bulk status updates; the agencies tasks go to. */
export const taskHandlers: HandlerGroup<'listTasks' | 'getTaskHistory' | 'createTask' | 'updateTask' | 'updateTaskStatuses' | 'listAgencies' | 'updateAgency'> = (
  ctx,
) => {
  /** A task linked to a catalogued agency also keeps its name: the search index reads it from there. */
  const withLeadName = (task: TaskInput): TaskInput => {
    if (task.leadAgencyId == null) return task;
    const agency = getAgency(ctx.db, task.leadAgencyId);
    if (!agency) throw new Error(`Không tìm thấy cơ quan #${task.leadAgencyId}`);
    return { ...task, leadName: agency.name };
  };

  return {
    listTasks: ({ agencyId, ...options }) => {
      const list = listTaskStatuses(ctx.db, { ...options, agency: agencyId });
      return { ...list, tasks: list.tasks.map(withSixClear) };
    },
    getTaskHistory: ({ id, asOf }) => ({
      task: taskView(ctx.db, id, asOf ?? todayIso()),
      updates: listTaskUpdates(ctx.db, id),
      changes: listTaskAudit(ctx.db, id),
    }),
    createTask: ({ task }) => inTransaction(ctx, () => createTask(ctx.db, withLeadName(task))),
    updateTask: ({ id, task }) => inTransaction(ctx, () => updateTask(ctx.db, id, withLeadName(task))),
    updateTaskStatuses: ({ taskIds, progress, date, note }) => updateTaskStatus(ctx.db, { taskIds, progress, date, note, evidenceDocumentId: null }),
    listAgencies: () => listAgencies(ctx.db),
    updateAgency: ({ id, shortForms, successorId, active }) =>
      inTransaction(ctx, () => {
        if (successorId === id) throw new Error('Một cơ quan không thể là cơ quan kế thừa của chính nó.');
        if (successorId != null && !getAgency(ctx.db, successorId)) throw new Error(`Không tìm thấy cơ quan #${successorId}`);
        return updateAgency(ctx.db, id, { shortForms, successorId, active });
      }),
  };
};

import type { DeadlineKind, Task, TaskInput, TaskProgress, TaskUpdate } from '../domain/model';
import type { Db } from './open';
import { statement } from './statements';

export interface TaskRow {
  id: number;
  lead_agency_id: number | null;
  lead_name: string | null;
  partners: string;
  content: string;
  output: string | null;
  deadline_kind: string;
  due_date: string | null;
  deadline_text: string | null;
  session_id: number | null;
  document_id: number | null;
  evidence: string | null;
}

interface TaskUpdateRow {
  id: number;
  task_id: number;
  progress: string;
  date: string;
  note: string | null;
  evidence_document_id: number | null;
  created_at: string;
}

/** The agency name a task shows: the catalogue's name when linked, else the wording read. */
export const TASK_SELECT = `SELECT t.id, t.lead_agency_id, coalesce(a.name, t.lead_name) AS lead_name, t.partners, t.content, t.output,
  t.deadline_kind, t.due_date, t.deadline_text, t.session_id, t.document_id, t.evidence
  FROM tasks t LEFT JOIN agencies a ON a.id = t.lead_agency_id`;

export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    leadAgencyId: row.lead_agency_id,
    leadName: row.lead_name,
    partnerNames: JSON.parse(row.partners) as string[],
    content: row.content,
    output: row.output,
    deadline: { kind: row.deadline_kind as DeadlineKind, due: row.due_date, text: row.deadline_text },
    sessionId: row.session_id,
    documentId: row.document_id,
    evidence: row.evidence,
  };
}

function toTaskUpdate(row: TaskUpdateRow): TaskUpdate {
  return {
    id: row.id,
    taskId: row.task_id,
    progress: row.progress as TaskProgress,
    date: row.date,
    note: row.note,
    evidenceDocumentId: row.evidence_document_id,
    createdAt: row.created_at,
  };
}

export function listTasks(db: Db): Task[] {
  return (statement(db, `${TASK_SELECT} ORDER BY t.id`).all() as TaskRow[]).map(toTask);
}

export function getTask(db: Db, id: number): Task | null {
  const row = statement(db, `${TASK_SELECT} WHERE t.id = ?`).get(id) as TaskRow | undefined;
  return row ? toTask(row) : null;
}

function taskParams(input: TaskInput) {
  return {
    lead_agency_id: input.leadAgencyId,
    lead_name: input.leadName ?? null,
    partners: JSON.stringify(input.partnerNames),
    content: input.content,
    output: input.output,
    deadline_kind: input.deadline.kind,
    due_date: input.deadline.due,
    deadline_text: input.deadline.text,
    session_id: input.sessionId,
    document_id: input.documentId,
    evidence: input.evidence,
  };
}

/** Inserts a task and gives its id, for callers that save many and do not read them back. */
export function insertTask(db: Db, input: TaskInput): number {
  const info = statement(db, 
      `INSERT INTO tasks (lead_agency_id, lead_name, partners, content, output, deadline_kind, due_date, deadline_text, session_id, document_id, evidence)
       VALUES (@lead_agency_id, @lead_name, @partners, @content, @output, @deadline_kind, @due_date, @deadline_text, @session_id, @document_id, @evidence)`,
    )
    .run(taskParams(input));
  return Number(info.lastInsertRowid);
}

export function createTask(db: Db, input: TaskInput): Task {
  return getTask(db, insertTask(db, input)) as Task;
}

export function updateTask(db: Db, id: number, input: TaskInput): Task {
  const info = statement(db, 
      `UPDATE tasks SET lead_agency_id = @lead_agency_id, lead_name = @lead_name, partners = @partners, content = @content,
       output = @output, deadline_kind = @deadline_kind, due_date = @due_date, deadline_text = @deadline_text,
       session_id = @session_id, document_id = @document_id, evidence = @evidence WHERE id = @id`,
    )
    .run({ ...taskParams(input), id });
  if (info.changes === 0) throw new Error(`Không tìm thấy nhiệm vụ #${id}`);
  return getTask(db, id) as Task;
}

export function deleteTask(db: Db, id: number): void {
  statement(db, 'DELETE FROM tasks WHERE id = ?').run(id);
}

export function addTaskUpdate(
  db: Db,
  input: Pick<TaskUpdate, 'taskId' | 'progress' | 'date' | 'note' | 'evidenceDocumentId'>,
): TaskUpdate {
  if (!getTask(db, input.taskId)) throw new Error(`Không tìm thấy nhiệm vụ #${input.taskId}`);
  const info = statement(db, 'INSERT INTO task_updates (task_id, progress, date, note, evidence_document_id) VALUES (?, ?, ?, ?, ?)')
    .run(input.taskId, input.progress, input.date, input.note, input.evidenceDocumentId);
  const row = statement(db, 'SELECT * FROM task_updates WHERE id = ?').get(info.lastInsertRowid) as TaskUpdateRow;
  return toTaskUpdate(row);
}

export function listTaskUpdates(db: Db, taskId: number): TaskUpdate[] {
  return (statement(db, 'SELECT * FROM task_updates WHERE task_id = ? ORDER BY date, id').all(taskId) as TaskUpdateRow[]).map(
    toTaskUpdate,
  );
}

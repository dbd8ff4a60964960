/**
 * Domain types shared by the services, the API contract and the renderer.
 * Pure types only: this file imports nothing, so the renderer can use it.
 * Dates are ISO strings (YYYY-MM-DD); numbers use a dot decimal.
 */

export type IsoDate = string;

export type SessionFormat = 'in_person' | 'online' | 'hybrid';

export interface Session {
  id: number;
  /** Number within its numbering series (2 for "lần thứ hai"); null for a conference. */
  number: number | null;
  /** The numbering restarts each year from 2026; the year the number belongs to. */
  year: number;
  date: IsoDate;
  title: string;
  chair: string | null;
  format: SessionFormat;
  notes: string | null;
}

export type SessionInput = Omit<Session, 'id'>;

export type AgencyKind = 'ministry' | 'ministerial' | 'government_agency' | 'province' | 'group' | 'enterprise' | 'other';

export interface Agency {
  id: number;
  name: string;
  kind: AgencyKind;
  shortForms: string[];
  /** The agency that took over this one's tasks after the 2025 reorganisation. */
  successorId: number | null;
  active: boolean;
}

export type Direction = 'higher_is_better' | 'lower_is_better';

export interface Indicator {
  id: number;
  name: string;
  unit: string;
  direction: Direction;
  groupName: string | null;
  /** Other wordings confirmed to name the same indicator. */
  aliases: string[];
}

export type IndicatorInput = Omit<Indicator, 'id' | 'aliases'> & { aliases?: string[] };

/** What a figure measures: only like is compared with like. */
export type FigureKind = 'level' | 'change' | 'count_of' | 'rank' | 'target';

export type Qualifier = 'exact' | 'approx' | 'more_than' | 'less_than';

export interface Target {
  id: number;
  indicatorId: number;
  value: number;
  /** Upper bound of a range target (8,3-8,5%). */
  valueMax: number | null;
  /** Denominator for a count or rank target (40/61). */
  of: number | null;
  dueDate: IsoDate;
  /** null = nationwide. */
  scope: string | null;
  baselineValue: number | null;
  baselineDate: IsoDate | null;
  sessionId: number | null;
  documentId: number | null;
  evidence: string | null;
}

export type TargetInput = Omit<Target, 'id'>;

export interface Observation {
  id: number;
  indicatorId: number;
  value: number;
  valueMax: number | null;
  of: number | null;
  kind: Exclude<FigureKind, 'target'>;
  qualifier: Qualifier;
  /** The period as worded ("6 tháng đầu năm 2025"). */
  period: string | null;
  /** The date the value stands at (end of the period). */
  asOf: IsoDate;
  scope: string | null;
  sessionId: number | null;
  documentId: number | null;
  evidence: string | null;
}

export type ObservationInput = Omit<Observation, 'id'>;

export type DeadlineKind = 'date' | 'month' | 'quarter' | 'half' | 'year' | 'recurring' | 'none';

export interface Deadline {
  kind: DeadlineKind;
  /** Last day the task may be finished; null for recurring or undated work. */
  due: IsoDate | null;
  text: string | null;
}

export interface Task {
  id: number;
  leadAgencyId: number | null;
  leadName: string | null;
  partnerNames: string[];
  content: string;
  /** The concrete output the task must deliver (rõ sản phẩm), when stated. */
  output: string | null;
  deadline: Deadline;
  sessionId: number | null;
  documentId: number | null;
  evidence: string | null;
}

export type TaskInput = Omit<Task, 'id' | 'leadName'> & { leadName?: string | null };

/** The raw state a status update records; the displayed status is computed as of a date. */
export type TaskProgress = 'in_progress' | 'done';

export interface TaskUpdate {
  id: number;
  taskId: number;
  progress: TaskProgress;
  date: IsoDate;
  note: string | null;
  evidenceDocumentId: number | null;
  createdAt: string;
}

/** Status as the Government Office counts it, always as of a date. */
export type TaskStatus =
  | 'done_on_time'
  | 'done_late'
  | 'in_progress_on_time'
  | 'overdue'
  | 'recurring';

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  done_on_time: 'Đã hoàn thành đúng hạn',
  done_late: 'Đã hoàn thành quá hạn',
  in_progress_on_time: 'Đang thực hiện trong hạn',
  overdue: 'Quá hạn chưa hoàn thành',
  recurring: 'Thường xuyên',
};

export type Rating = 'met' | 'on_track' | 'at_risk' | 'off_track' | 'no_data';

export const RATING_LABELS: Record<Rating, string> = {
  met: 'Đạt/Vượt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ',
  off_track: 'Chậm/Không đạt',
  no_data: 'Chưa có số liệu',
};

/**
 * What a line rated no_data says it lacks (its ratingLabel) when it does have a figure:
 * no target in force, or a change ("tăng 20,5%") that a target for a level cannot judge.
 */
export const UNRATED_LABELS = { noTarget: 'Chưa có mục tiêu', notComparable: 'Không so sánh được' } as const;

/** Every label a comparison line can carry (its ratingLabel), in the order the screens list them, with its rating. */
export const RATING_LINE_LABELS: ReadonlyArray<{ rating: Rating; label: string }> = [
  ...(Object.keys(RATING_LABELS) as Rating[]).map((rating) => ({ rating, label: RATING_LABELS[rating] })),
  ...Object.values(UNRATED_LABELS).map((label) => ({ rating: 'no_data' as const, label })),
];

export interface DocumentRecord {
  id: number;
  fileName: string;
  contentHash: string;
  sessionId: number | null;
  importedAt: string;
  charCount: number;
}

export interface SearchHit {
  kind: 'session' | 'document' | 'task' | 'indicator';
  id: number;
  title: string;
  snippet: string;
}

export interface AuditEntry {
  id: number;
  tableName: string;
  rowId: number;
  action: 'insert' | 'update' | 'delete';
  before: unknown;
  after: unknown;
  at: string;
}

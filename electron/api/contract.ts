/**
 * The API contract: the only thing the renderer knows about the main process.
 * Each operation has an input schema (checked in the main process and the bridge
 * before any handler runs) and an output type. The preload exposes it over IPC;
 * the loopback bridge serves it over HTTP; both dispatch to the same handlers.
 */
import { z } from 'zod';
import { OPERATION_NAMES, type OperationName } from './operation-names';
import type {
  IndicatorComparison,
  IndicatorDetail,
  RatingChange,
  SeriesPoint,
  SessionChanges,
  SessionTaskListName,
  SessionTaskPage,
  SixClearCheck,
  StatusCounts,
  TaskList,
  TaskStatusUpdateResult,
  TaskWithStatus,
} from '../comparison/types';
import type { ImportCounts, ImportDraft } from '../importing/draft-types';
import type { Agency, AuditEntry, Indicator, IsoDate, Rating, Session, Task, TaskUpdate } from '../domain/model';
import type {
  ChartView,
  DataFolderInfo,
  ExportedFile,
  FigureView,
  RatingThresholdSettings,
  SearchResult,
  SessionDetail,
  SpreadsheetPreview,
  TargetView,
  TemplatesInfo,
} from '../domain/views';

const id = z.number().int().positive();

/** A real calendar day as YYYY-MM-DD: 2025-02-30 is refused, not rolled over to March. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((iso) => {
    const ms = Date.parse(`${iso}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === iso;
  }, 'Ngày không có thật trên lịch');

/** Free text from a form: trimmed, bounded, and null when left empty. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Không quá ${max} ký tự`)
    .nullable()
    .transform((text) => (text ? text : null));

const requiredText = (max: number, emptyMessage: string) =>
  z.string().trim().min(1, emptyMessage).max(max, `Không quá ${max} ký tự`);

/** Figures are finite numbers; a value the forms cannot produce is refused. */
const amount = z.number().finite();

export const sessionInputSchema = z.strictObject({
  number: z.number().int().positive().nullable(),
  year: z.number().int().min(2000).max(2100),
  date: isoDate,
  title: requiredText(500, 'Tên phiên họp không được để trống'),
  chair: optionalText(200),
  format: z.enum(['in_person', 'online', 'hybrid']),
  notes: optionalText(10_000),
});

const indicatorInputSchema = z.strictObject({
  name: requiredText(300, 'Tên chỉ tiêu không được để trống'),
  unit: z.string().trim().max(50),
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  groupName: optionalText(200),
});

const targetInputSchema = z.strictObject({
  indicatorId: id,
  value: amount,
  valueMax: amount.nullable(),
  of: amount.positive().nullable(),
  dueDate: isoDate,
  scope: optionalText(200),
  baselineValue: amount.nullable(),
  baselineDate: isoDate.nullable(),
  sessionId: id.nullable(),
  documentId: id.nullable(),
  evidence: optionalText(4000),
});

const observationInputSchema = z.strictObject({
  indicatorId: id,
  value: amount,
  valueMax: amount.nullable(),
  of: amount.positive().nullable(),
  kind: z.enum(['level', 'change', 'count_of', 'rank']),
  qualifier: z.enum(['exact', 'approx', 'more_than', 'less_than']),
  period: optionalText(200),
  asOf: isoDate,
  scope: optionalText(200),
  sessionId: id.nullable(),
  documentId: id.nullable(),
  evidence: optionalText(4000),
});

const deadlineSchema = z
  .object({
    kind: z.enum(['date', 'month', 'quarter', 'half', 'year', 'recurring', 'none']),
    due: isoDate.nullable(),
    text: optionalText(500),
  })
  .refine((d) => (d.kind === 'recurring' || d.kind === 'none' ? d.due === null : d.due !== null), {
    message: 'Thời hạn có ngày thì phải ghi ngày; nhiệm vụ thường xuyên hoặc không thời hạn thì không ghi ngày',
    path: ['due'],
  });

const taskInputSchema = z.strictObject({
  leadAgencyId: id.nullable(),
  leadName: optionalText(300),
  partnerNames: z.array(requiredText(300, 'Tên cơ quan phối hợp không được để trống')).max(60),
  content: requiredText(5000, 'Nội dung nhiệm vụ không được để trống'),
  output: optionalText(1000),
  deadline: deadlineSchema,
  sessionId: id.nullable(),
  documentId: id.nullable(),
  evidence: optionalText(4000),
});

const taskStatus = z.enum(['done_on_time', 'done_late', 'in_progress_on_time', 'overdue', 'recurring']);

/** A ratio between thresholds, 1 = 100%. */
const ratio = z.number().positive('Ngưỡng phải lớn hơn 0').max(2, 'Ngưỡng không quá 200%');

const thresholdsSchema = z.strictObject({
  onTrackOfExpected: ratio,
  atRiskOfExpected: ratio,
  onTrackAttainment: ratio,
  atRiskAttainment: ratio,
  forecastPoints: z.number().int().min(2).max(20),
});

/** The importer reads files up to 50 MB; base64 carries 3 bytes in 4 characters. */
const MAX_FILE_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4;
const MAX_FILES = 20;

/** A file name as the browser gives it: a name, never a path. */
const fileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .regex(/^[^/\\\0]+$/, 'Tên tệp không được chứa đường dẫn')
  .refine((name) => name !== '.' && name !== '..', 'Tên tệp không hợp lệ');

/** A picked or dropped file: its name and its bytes as base64 (the renderer never sends paths). */
const fileInput = z.strictObject({
  name: fileName,
  base64: z
    .string()
    .min(1, 'Tệp rỗng')
    .max(MAX_FILE_BASE64, 'Tệp quá lớn: tối đa 50 MB mỗi tệp')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Nội dung tệp không phải base64'),
});

const figureKind = z.enum(['level', 'change', 'count_of', 'rank', 'target']);
const qualifier = z.enum(['exact', 'approx', 'more_than', 'less_than']);
const direction = z.enum(['higher_is_better', 'lower_is_better']);

/**
 * A reviewed draft as the import screen sends it back: the parts saving reads. The
 * extracted figure and task are plain objects (the extractor may add fields), bounded.
 */
const draftDocumentInput = z.strictObject({
  fileName,
  text: z.string().min(1).max(20 * 1024 * 1024),
  session: z.strictObject({
    existingId: id.nullable(),
    number: z.number().int().positive().max(1000).nullable(),
    year: z.number().int().min(2000).max(2100).nullable(),
    date: isoDate.nullable(),
    dateUncertain: z.boolean(),
    title: requiredText(500, 'Tên phiên họp không được để trống'),
    chair: optionalText(200),
    format: z.enum(['in_person', 'online', 'hybrid']),
  }),
  figures: z
    .array(
      z.strictObject({
        key: z.string().max(40),
        include: z.boolean(),
        figure: z.object({
          name: requiredText(500, 'Tên chỉ tiêu không được để trống'),
          value: amount,
          value_max: amount.optional(),
          unit: z.string().trim().max(100),
          qualifier,
          target: amount.nullable(),
          target_max: amount.optional(),
          target_period: z.string().max(200).optional(),
          scope: z.string().trim().max(200).nullable(),
          period: z.string().trim().max(200).nullable(),
          kind: figureKind,
          direction: z.enum(['up', 'down']).optional(),
          of: amount.positive().nullable(),
          evidence: z.string().max(10_000),
        }),
        asOf: isoDate.nullable(),
        targetDue: isoDate.nullable(),
        indicator: z.discriminatedUnion('action', [
          z.strictObject({ action: z.literal('existing'), indicatorId: id }),
          z.strictObject({ action: z.literal('alias'), indicatorId: id }),
          z.strictObject({ action: z.literal('create'), name: requiredText(300, 'Tên chỉ tiêu không được để trống'), unit: z.string().trim().max(100), direction }),
        ]),
      }),
    )
    .max(10_000),
  tasks: z
    .array(
      z.strictObject({
        key: z.string().max(40),
        include: z.boolean(),
        task: z.object({
          lead: requiredText(300, 'Cơ quan chủ trì không được để trống'),
          partners: z.array(z.string().trim().max(300)).max(60),
          content: requiredText(5000, 'Nội dung nhiệm vụ không được để trống'),
          deadline: deadlineSchema,
          evidence: z.string().max(10_000),
        }),
        leadAgencyId: id.nullable(),
      }),
    )
    .max(10_000),
});

/** A backup is named by its file name alone: no folder part can reach outside backups/. */
const backupName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+\.db$/, 'Tên bản sao lưu không hợp lệ')
  .refine((name) => name !== '.' && name !== '..' && !name.includes('\0'), 'Tên bản sao lưu không hợp lệ');

export const operations = {
  appInfo: z.strictObject({}),
  listSessions: z.strictObject({}),
  getSession: z.strictObject({ id }),
  getSessionDetail: z.strictObject({ id }),
  listSessionTasks: z.strictObject({
    id,
    list: z.enum(['new', 'carriedOver']),
    offset: z.number().int().min(0).max(100_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(20),
  }),
  createSession: z.strictObject({ session: sessionInputSchema }),
  updateSession: z.strictObject({ id, session: sessionInputSchema }),
  deleteSession: z.strictObject({ id }),
  listAgencies: z.strictObject({}),
  updateAgency: z.strictObject({
    id,
    shortForms: z.array(requiredText(60, 'Tên viết tắt không được để trống')).max(20),
    successorId: id.nullable(),
    active: z.boolean(),
  }),
  search: z.strictObject({ query: z.string().max(200) }),
  loadSample: z.strictObject({}),
  createIndicator: z.strictObject({ indicator: indicatorInputSchema }),
  updateIndicator: z.strictObject({ id, indicator: indicatorInputSchema }),
  createTarget: z.strictObject({ target: targetInputSchema }),
  updateTarget: z.strictObject({ id, target: targetInputSchema }),
  deleteTarget: z.strictObject({ id }),
  createObservation: z.strictObject({ observation: observationInputSchema }),
  updateObservation: z.strictObject({ id, observation: observationInputSchema }),
  deleteObservation: z.strictObject({ id }),
  listIndicators: z.strictObject({ asOf: isoDate.optional(), sessionId: id.optional() }),
  getIndicator: z.strictObject({ id, asOf: isoDate.optional() }),
  listTasks: z.strictObject({
    asOf: isoDate.optional(),
    agencyId: id.optional(),
    status: taskStatus.optional(),
    sessionId: id.optional(),
    dueFrom: isoDate.optional(),
    dueTo: isoDate.optional(),
    text: z.string().trim().max(200).optional(),
    offset: z.number().int().min(0).max(100_000_000).default(0),
    /** A page; the table draws only the rows in view, so a page may be long. */
    limit: z.number().int().min(1).max(5000).default(500),
  }),
  getTaskHistory: z.strictObject({ id, asOf: isoDate.optional() }),
  createTask: z.strictObject({ task: taskInputSchema }),
  updateTask: z.strictObject({ id, task: taskInputSchema }),
  updateTaskStatuses: z.strictObject({
    taskIds: z.array(id).min(1, 'Chưa chọn nhiệm vụ nào').max(100_000),
    progress: z.enum(['in_progress', 'done']),
    date: isoDate,
    note: optionalText(2000),
  }),
  /** drawCharts: each chart comes drawn as SVG too, for a screen whose ECharts has not loaded yet. */
  getDashboard: z.strictObject({ asOf: isoDate.optional(), drawCharts: z.boolean().optional() }),
  getSessionChanges: z.strictObject({ id }),
  importDraft: z.strictObject({
    files: z
      .array(fileInput)
      .min(1, 'Chưa chọn tệp nào')
      .max(MAX_FILES, `Mỗi lần nhập tối đa ${MAX_FILES} tệp`)
      .refine((files) => files.reduce((sum, f) => sum + f.base64.length, 0) <= 4 * MAX_FILE_BASE64, 'Tổng dung lượng các tệp quá lớn: tối đa 200 MB mỗi lần'),
  }),
  saveImport: z.strictObject({ draft: z.strictObject({ documents: z.array(draftDocumentInput).min(1).max(MAX_FILES) }) }),
  importSpreadsheet: z.strictObject({ file: fileInput }),
  indicatorSpreadsheetTemplate: z.strictObject({}),
  exportDocument: z.strictObject({
    sessionId: id,
    kind: z.enum(['briefing', 'conclusion']),
    format: z.enum(['docx', 'pdf']),
    /** Conclusion notice only: an appendix giving each figure's source. */
    appendix: z.boolean().default(false),
    /** The number and date once issued; without them the document is a draft. */
    issue: z.strictObject({ number: z.number().int().positive().max(99_999), date: isoDate }).nullable().default(null),
  }),
  listTemplates: z.strictObject({}),
  getThresholds: z.strictObject({}),
  updateThresholds: z.strictObject({ thresholds: thresholdsSchema }),
  getDataFolder: z.strictObject({}),
  backupNow: z.strictObject({}),
  restoreBackup: z.strictObject({ name: backupName }),
} as const satisfies Record<OperationName, z.ZodType>;

export type { OperationName };
/** What a caller sends. */
export type ApiInput<K extends OperationName> = z.input<(typeof operations)[K]>;
/** What a handler receives: the input after its schema checked and normalised it (text trimmed, empty text null). */
export type ParsedInput<K extends OperationName> = z.output<(typeof operations)[K]>;

export interface AppInfo {
  version: string;
  dbFile: string;
  dataDir: string;
  /** True when the database holds no session yet: the first screen offers the sample data. */
  empty: boolean;
}

/** A task with its status as of a date and its "6 rõ" check. */
export type TaskView = TaskWithStatus & { sixClear: SixClearCheck };

/**
 * A line of the indicator table: one series against its target, with what the table
 * shows and filters on. The sources, the forecast and the previous figure come with
 * the indicator (getIndicator): carried in every line they made the table's answer
 * 2 KB a line (20 MB at 10,000 series, mostly the same session titles and target
 * again and again), for columns the table does not have.
 */
export type IndicatorRow = Pick<
  IndicatorComparison,
  | 'indicatorId'
  | 'indicatorName'
  | 'groupName'
  | 'unit'
  | 'scope'
  | 'scopeLabel'
  | 'kind'
  | 'valueUnit'
  | 'targetValue'
  | 'targetValueMax'
  | 'attainment'
  | 'gap'
  | 'gapUnit'
  | 'rating'
  | 'ratingLabel'
  | 'ratingReason'
> & {
  /** The latest figure as the table words it. */
  actual: Pick<SeriesPoint, 'kind' | 'value' | 'valueMax' | 'of' | 'period' | 'asOf'> | null;
  /** The due date of the target in force. */
  targetDueDate: IsoDate | null;
};

export interface SessionPage extends SessionDetail {
  /**
   * How many tasks each of its lists holds: those the session assigned, and earlier
   * tasks still open on its date. The tasks come a page at a time (listSessionTasks).
   */
  taskCounts: Record<SessionTaskListName, number>;
}

/** A page of one of a session's task lists, with the list's length. */
export interface SessionTaskPageView extends Omit<SessionTaskPage, 'tasks'> {
  tasks: TaskView[];
}

/** The changes since the previous session, each indicator line as the indicator table has it. */
export interface SessionChangesView extends Omit<SessionChanges, 'ratingChanges'> {
  ratingChanges: Array<Omit<RatingChange, 'comparison'> & { comparison: IndicatorRow }>;
}

export interface IndicatorPage {
  indicator: Indicator;
  detail: IndicatorDetail;
  /** Every figure and target, editable, with its source. */
  figures: FigureView[];
  targets: TargetView[];
  /** One chart per compared series. */
  charts: ChartView[];
}

export interface TaskPage extends Omit<TaskList, 'tasks'> {
  tasks: TaskView[];
}

export interface TaskHistory {
  task: TaskView;
  updates: TaskUpdate[];
  /** Every recorded change to the task and its updates, oldest first. */
  changes: AuditEntry[];
}

/** Comparison lines under one label: a rating's, or for no_data what the lines lack (ratingLabel). */
export interface RatingCount {
  rating: Rating;
  label: string;
  count: number;
}

export interface Dashboard {
  asOf: IsoDate;
  indicatorCount: number;
  ratingCounts: RatingCount[];
  taskCounts: StatusCounts;
  /** "còn 75 nhiệm vụ chậm tiến độ thuộc trách nhiệm của 9 bộ, ngành". */
  overdueSummary: string;
  charts: ChartView[];
  latestSession: Session | null;
  nextSession: Session | null;
  /** Open tasks due from asOf up to this date: the next session's date, or 30 days on when none is planned. */
  dueUntil: IsoDate;
  dueSoon: TaskView[];
  dueSoonTotal: number;
}

/** What the import screen shows for review: the documents' drafts, the spreadsheets read, the files that failed. */
export interface ImportDraftView extends ImportDraft {
  spreadsheets: SpreadsheetPreview[];
}

export type { DraftDocument, DraftFigure, DraftTask, ImportCounts } from '../importing/draft-types';

export type {
  IndicatorComparison,
  IndicatorDetail,
  SixClearCheck,
  SixClearPoint,
  StatusCounts,
  TaskWithStatus,
} from '../comparison/types';

export interface ApiOutputs {
  appInfo: AppInfo;
  listSessions: Session[];
  getSession: Session;
  getSessionDetail: SessionPage;
  listSessionTasks: SessionTaskPageView;
  createSession: Session;
  updateSession: Session;
  deleteSession: { deleted: true };
  listAgencies: Agency[];
  updateAgency: Agency;
  search: SearchResult[];
  loadSample: { sessions: number; observations: number; tasks: number };
  createIndicator: Indicator;
  updateIndicator: Indicator;
  createTarget: TargetView;
  updateTarget: TargetView;
  deleteTarget: { deleted: true };
  createObservation: FigureView;
  updateObservation: FigureView;
  deleteObservation: { deleted: true };
  listIndicators: IndicatorRow[];
  getIndicator: IndicatorPage;
  listTasks: TaskPage;
  getTaskHistory: TaskHistory;
  createTask: Task;
  updateTask: Task;
  updateTaskStatuses: TaskStatusUpdateResult;
  getDashboard: Dashboard;
  getSessionChanges: SessionChangesView;
  importDraft: ImportDraftView;
  saveImport: ImportCounts;
  importSpreadsheet: ImportCounts;
  indicatorSpreadsheetTemplate: ExportedFile;
  exportDocument: ExportedFile;
  listTemplates: TemplatesInfo;
  getThresholds: { thresholds: RatingThresholdSettings; defaults: RatingThresholdSettings };
  updateThresholds: { thresholds: RatingThresholdSettings };
  getDataFolder: DataFolderInfo;
  backupNow: { file: string; name: string };
  restoreBackup: { restored: string };
}

/** Errors cross the boundary as values: a thrown error would lose everything but its message. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: string; invalidInput?: boolean };

export type Api = {
  [K in OperationName]: (input: ApiInput<K>) => Promise<ApiResult<ApiOutputs[K]>>;
};

export { OPERATION_NAMES };

/**
 * What the comparison services return: targets against actuals, task statuses as of
 * a date, the "6 rõ" check and the changes between sessions. Pure types (they cross
 * IPC and reach the renderer); dates are ISO, numbers use a dot decimal.
 */
import type {
  AgencyKind,
  IsoDate,
  Observation,
  Qualifier,
  Rating,
  Session,
  Target,
  Task,
  TaskProgress,
  TaskStatus,
  TaskUpdate,
} from '../domain/model';

export type ObservationKind = Observation['kind'];

/** How an actual and a target were put on one scale: only like is compared with like. */
export type ComparisonBasis =
  /** Value against value in the indicator's unit (a count against a count too). */
  | 'level'
  /** A count of a whole (40/61) as a percentage of that whole, against a share target. */
  | 'share'
  /** A position (46/132): lower is better whatever the indicator's direction. */
  | 'rank'
  /** A change (tăng 20,5% so với cùng kỳ): reported, never compared with a level target. */
  | 'change';

/** Where a figure or a target came from, for the detail view and the briefing's footnotes. */
export interface SourceRef {
  sessionId: number | null;
  sessionTitle: string | null;
  sessionDate: IsoDate | null;
  documentId: number | null;
  documentName: string | null;
  evidence: string | null;
}

/** One actual of a series, with its value on the comparison's scale. */
export interface SeriesPoint extends SourceRef {
  observationId: number;
  value: number;
  valueMax: number | null;
  of: number | null;
  kind: ObservationKind;
  qualifier: Qualifier;
  period: string | null;
  asOf: IsoDate;
  /** The value on the comparison's scale, in IndicatorComparison.valueUnit. */
  comparable: number;
}

export interface TargetWithSource extends Target, Omit<SourceRef, 'documentId' | 'evidence' | 'sessionId'> {
  /** True when this nationwide target stands in for a scope that has none of its own. */
  inheritedFromNationwide: boolean;
}

export interface Forecast {
  /** How many of the latest figures set the pace. */
  pointsUsed: number;
  /** Pace in valueUnit per year (negative when the figure falls). */
  pacePerYear: number;
  /** The date the target would be reached at this pace; null when the pace leads away from it, or is too slow to get there by 9999. */
  metBy: IsoDate | null;
  beforeDue: boolean;
}

export interface ChangeSincePrevious {
  /** The latest earlier figure that another session reported (else simply the one before). */
  previous: SeriesPoint;
  /** Latest minus previous, in valueUnit. */
  change: number;
}

/** One series (indicator, scope, kind of figure) judged against the target in force. */
export interface IndicatorComparison {
  indicatorId: number;
  indicatorName: string;
  groupName: string | null;
  unit: string;
  /** null = nationwide. */
  scope: string | null;
  scopeLabel: string;
  /** The kind of figure the series holds; null when the indicator has no figure yet. */
  kind: ObservationKind | null;
  /**
   * The date the comparison stands at: it reads the figures reported by then, those that
   * stand at that date or earlier and whose session (if any) was held on or before it.
   */
  asOf: IsoDate;
  /** The latest figure reported by asOf (by the date it stands at, then by entry). */
  actual: SeriesPoint | null;
  /**
   * The target in force at the actual's date, among those set by asOf (one a later
   * session set is not yet). Shared by the comparisons that use it, and frozen.
   */
  target: TargetWithSource | null;
  basis: ComparisonBasis | null;
  lowerIsBetter: boolean;
  /** Unit of actualValue, targetValue, expected and the series' comparable values. */
  valueUnit: string;
  actualValue: number | null;
  /** The bound to reach: the target, or the near end of a range target. */
  targetValue: number | null;
  /** Upper end of a range target, on the same scale. */
  targetValueMax: number | null;
  /** actual / target (target / actual when lower is better): 0.494 means 49,4%. */
  attainment: number | null;
  /** What is still missing, in gapUnit; negative when the target is exceeded. */
  gap: number | null;
  gapUnit: string;
  /** Where the figure should stand at its date on the straight line from baseline to target. */
  expected: number | null;
  rating: Rating;
  /** RATING_LABELS[rating]; for no_data with a figure, what is missing (UNRATED_LABELS). */
  ratingLabel: string;
  /** Why the rating, in a sentence for the staff. */
  ratingReason: string;
  /**
   * The series' figures reported by asOf, oldest first, the latest included. getIndicatorDetail
   * gives every one; compareIndicators those the comparison rests on: the forecast's
   * (RatingThresholds.forecastPoints dates) and one before, and back to the previous
   * session's figure (changeSincePrevious), sought among the latest 12 (or forecastPoints,
   * if more).
   */
  series: SeriesPoint[];
  changeSincePrevious: ChangeSincePrevious | null;
  forecast: Forecast | null;
}

export interface CompareOptions {
  /** Defaults to the session's date when sessionId is given, else today. */
  asOf?: IsoDate;
  sessionId?: number;
}

export interface IndicatorDetail {
  indicatorId: number;
  name: string;
  unit: string;
  groupName: string | null;
  asOf: IsoDate;
  /** One comparison per scope and kind of figure. */
  comparisons: IndicatorComparison[];
  /** Every target of the indicator with its source, in force or not. */
  targets: TargetWithSource[];
}

export type StatusCounts = Record<TaskStatus, number>;

export interface TaskWithStatus extends Task {
  status: TaskStatus;
  statusLabel: string;
  /** The latest 'done' update on or before the as-of date. */
  doneDate: IsoDate | null;
  /** Days past the deadline, for an overdue task. */
  overdueDays: number | null;
  /** The agency answering for the task now: a merged ministry's successor. */
  currentAgencyId: number | null;
  currentAgencyName: string | null;
}

export interface TaskListOptions {
  /** Defaults to the session's date when sessionId is given, else today. */
  asOf?: IsoDate;
  /** An agency id, or a name or short form; its predecessors' tasks are included. */
  agency?: number | string;
  /** Only the tasks this session assigned. */
  sessionId?: number;
  status?: TaskStatus;
  dueFrom?: IsoDate;
  dueTo?: IsoDate;
  /** Words in the content, lead or output, ignoring diacritics. */
  text?: string;
  limit?: number;
  offset?: number;
}

export interface TaskList {
  asOf: IsoDate;
  /** Tasks matching every filter, before paging. */
  total: number;
  /** Counts by status under every filter but the status one, for the filter buttons. */
  countsByStatus: StatusCounts;
  tasks: TaskWithStatus[];
}

export interface AgencyTaskCounts {
  /** null for tasks whose lead is not linked to the catalogue. */
  agencyId: number | null;
  agencyName: string;
  agencyKind: AgencyKind | null;
  counts: StatusCounts;
  total: number;
}

export interface TaskCountsByAgency {
  asOf: IsoDate;
  /** Most overdue first. */
  agencies: AgencyTaskCounts[];
  totals: StatusCounts;
  /** Agencies with at least one overdue task. */
  overdueAgencyCount: number;
  /** "còn 75 nhiệm vụ chậm tiến độ thuộc trách nhiệm của 9 bộ, ngành". */
  summary: string;
}

/**
 * A session's two task lists, as of its date: the tasks it assigned, and the tasks of
 * earlier sessions (or of none) still open then.
 */
export type SessionTaskListName = 'new' | 'carriedOver';

export interface SessionTaskPage {
  /** Tasks in the whole list. */
  total: number;
  tasks: TaskWithStatus[];
}

export interface TaskStatusUpdateInput {
  taskIds: number[];
  progress: TaskProgress;
  date: IsoDate;
  note: string | null;
  evidenceDocumentId: number | null;
}

export interface TaskStatusUpdateResult {
  updated: number;
  updates: TaskUpdate[];
}

export type SixClearPoint = 'who' | 'what' | 'when' | 'responsibility' | 'authority' | 'output';

export interface SixClearCheck {
  missing: SixClearPoint[];
  message: string;
}

export interface RatingChange {
  indicatorId: number;
  indicatorName: string;
  scope: string | null;
  scopeLabel: string;
  before: Rating;
  after: Rating;
  /** The comparison at this session's date. */
  comparison: IndicatorComparison;
}

export interface SessionChanges {
  session: Session;
  previousSession: Session | null;
  /** The previous session's date; null when this is the first session. */
  from: IsoDate | null;
  to: IsoDate;
  newTasks: TaskWithStatus[];
  doneTasks: TaskWithStatus[];
  newlyOverdue: TaskWithStatus[];
  ratingChanges: RatingChange[];
}

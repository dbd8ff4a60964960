/**
 * What the API hands the screens: records joined with the names they are shown
 * with. Pure types only (like model.ts), so the renderer typecheck can read them.
 */
import type { DocumentRecord, IsoDate, Observation, SearchHit, Session, Target } from './model';

/**
 * A search hit with the session it belongs to, so a document hit can open its session.
 * Its snippet is the matching passage in the original wording, empty when the title holds the match.
 */
export interface SearchResult extends SearchHit {
  sessionId: number | null;
}

/** Where a figure, target or task came from: the document read, and the session it was reported at. */
export interface SourceNames {
  documentName: string | null;
  sessionNumber: number | null;
  sessionDate: IsoDate | null;
}

/** A figure with the indicator it measures and the document it was read from. */
export interface FigureView extends Observation, SourceNames {
  indicatorName: string;
  unit: string;
}

/** A target with the indicator it is set for and where it was set. */
export interface TargetView extends Target, SourceNames {
  indicatorName: string;
  unit: string;
}

/** One backup file in the data folder's backups/. */
export interface BackupInfo {
  /** The file name only: restoring names a backup by it, never by a path. */
  name: string;
  size: number;
  modifiedAt: string;
}

export interface DataFolderInfo {
  dataDir: string;
  dbFile: string;
  backupDir: string;
  /** Newest first. */
  backups: BackupInfo[];
}


/** The thresholds behind the indicator ratings (Cài đặt): ratios, 1 = 100%. */
export interface RatingThresholdSettings {
  /** With a baseline: on track from this share of the expected value on the trajectory. */
  onTrackOfExpected: number;
  atRiskOfExpected: number;
  /** Without a baseline: on track from this attainment. */
  onTrackAttainment: number;
  atRiskAttainment: number;
  /** How many of the latest figures set the pace of the forecast. */
  forecastPoints: number;
}

/** A chart for a screen: its ECharts option, what it shows in words, and the height it needs. */
export interface ChartView {
  key: string;
  label: string;
  option: Record<string, unknown>;
  height: number;
  /** The chart drawn on the server as SVG, for a screen to show until its own ECharts has loaded (Tổng quan). */
  drawing?: string;
}

/** A file made for the user to preview, save or print: the bytes travel as base64. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** One file of the document templates, and what is wrong with it, if anything. */
export interface TemplateFileInfo {
  name: string;
  size: number;
  modifiedAt: string;
  /** The first problem, naming the line and the field; null when the file is usable. */
  problem: string | null;
  line: number | null;
}

export interface TemplatesInfo {
  dir: string;
  files: TemplateFileInfo[];
}

/** A row of an indicator spreadsheet, as read, shown before it is saved. */
export interface SheetRowView {
  row: number;
  name: string;
  unit: string;
  scope: string | null;
  period: string | null;
  asOf: IsoDate | null;
  value: number | null;
  target: number | null;
  targetDue: IsoDate | null;
  direction: 'higher_is_better' | 'lower_is_better';
  source: string | null;
}

/** An indicator spreadsheet read for review; it is saved as it is, in the documented column layout. */
export interface SpreadsheetPreview {
  fileName: string;
  rows: SheetRowView[];
}

/** A session with what it brought: its documents, the figures and targets reported, the tasks assigned. */
export interface SessionDetail {
  session: Session;
  previous: Session | null;
  documents: DocumentRecord[];
  figures: FigureView[];
  targets: TargetView[];
}

/**
 * What an import shows the user before anything is saved, and what comes back after
 * the user has reviewed it. Plain JSON objects only, so the renderer and the API carry
 * them as they are; saveImport validates them again (draft-schema.ts).
 */
import type { Direction, IsoDate, SessionFormat } from '../domain/model';
import type { ExtractedFigure, ExtractedTask, Extraction } from './extraction/types';

export interface ImportFileInput {
  fileName: string;
  bytes: Uint8Array;
}

export interface DraftSession {
  /** The session already in the database that the document is about, if one matches. */
  existingId: number | null;
  number: number | null;
  year: number | null;
  /** Required to save a new session; proposed from the text, editable. */
  date: IsoDate | null;
  /** True when the text did not give the day and the date is a guess to confirm. */
  dateUncertain: boolean;
  title: string;
  chair: string | null;
  format: SessionFormat;
}

/** A known indicator that a figure may be about, with how close the names are (0 to 1). */
export interface IndicatorSuggestion {
  indicatorId: number;
  name: string;
  unit: string;
  similarity: number;
}

/**
 * How a figure is linked to an indicator: an exact match of name or alias, another
 * wording of a known indicator (saved as an alias), or a new indicator.
 */
export type IndicatorChoice =
  | { action: 'existing'; indicatorId: number }
  | { action: 'alias'; indicatorId: number }
  | { action: 'create'; name: string; unit: string; direction: Direction };

export interface DraftFigure {
  /** Stable within the draft: "d0-f3" is figure 3 of document 0. */
  key: string;
  /** The user's choice to save this row. */
  include: boolean;
  figure: ExtractedFigure;
  /**
   * The date the figure stands at: the end of its period, else the session date. Null
   * when the session date is not known yet; it is then computed when saving.
   */
  asOf: IsoDate | null;
  /** When the figure's target is due; null to compute it when saving. */
  targetDue: IsoDate | null;
  indicator: IndicatorChoice;
  suggestions: IndicatorSuggestion[];
  /** The same indicator, period end and scope is already in the database: saving skips it. */
  duplicateOf: { kind: 'observation' | 'target'; id: number } | null;
  /**
   * An earlier figure of this draft goes to the same indicator, period end, scope and
   * kind: only the first is saved unless the user links one of them elsewhere.
   */
  repeatsKey: string | null;
}

export interface DraftTask {
  key: string;
  include: boolean;
  task: ExtractedTask;
  /** The catalogue agency the lead was matched to; null keeps the lead as worded. */
  leadAgencyId: number | null;
}

export interface DraftDocument {
  fileName: string;
  /** The NFC text that is stored with the document; its hash identifies it. */
  text: string;
  contentHash: string;
  format: 'txt' | 'docx' | 'pdf';
  /** For .txt: the encoding it was read in ("tcvn3" and "vni" were converted). */
  encoding: string | null;
  /** This very text was imported before: saving it again adds nothing. */
  alreadyImported: { documentId: number; fileName: string; importedAt: string } | null;
  extraction: Extraction;
  session: DraftSession;
  figures: DraftFigure[];
  tasks: DraftTask[];
  /** Things the user should check, in Vietnamese. */
  warnings: string[];
}

export interface DraftFailure {
  fileName: string;
  code: string;
  message: string;
}

export interface ImportDraft {
  documents: DraftDocument[];
  /** Files that could not be read, with the reason. */
  failures: DraftFailure[];
}

export interface ImportCounts {
  documents: number;
  /** Documents left out because the same text was imported before. */
  skippedDocuments: number;
  sessions: number;
  indicators: number;
  aliases: number;
  observations: number;
  targets: number;
  tasks: number;
  /** Figures left out because the same indicator, period end and scope was already saved. */
  skippedDuplicates: number;
}

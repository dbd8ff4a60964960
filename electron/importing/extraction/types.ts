/**
 * The shape of what the importer reads out of a session document (extraction.md).
 * Field names follow the contract's JSON, snake_case included, so `extract --json`
 * prints these objects as they are. Pure types: the renderer may import them.
 */
import type { DeadlineKind, FigureKind, IsoDate, Qualifier } from '../../domain/model';

export interface ExtractedSession {
  title: string | null;
  number: number | null;
  date: IsoDate | null;
  chair: string | null;
  /** Year the session belongs to when the text gives one, even without a full date. */
  year: number | null;
  /** "YYYY-MM" when the text dates the session to a month only. */
  month: string | null;
}

export interface ExtractedFigure {
  name: string;
  value: number;
  /** Upper bound of a range ("8,3-8,5%" gives 8.3 and 8.5). */
  value_max?: number;
  unit: string;
  qualifier: Qualifier;
  target: number | null;
  target_max?: number;
  /** The period the target is due in, as worded ("năm 2025"), when the text gives it. */
  target_period?: string;
  scope: string | null;
  period: string | null;
  kind: FigureKind;
  direction?: 'up' | 'down';
  of: number | null;
  evidence: string;
}

export interface ExtractedDeadline {
  kind: DeadlineKind;
  due: IsoDate | null;
  text: string | null;
}

export interface ExtractedTask {
  lead: string;
  partners: string[];
  content: string;
  deadline: ExtractedDeadline;
  evidence: string;
}

export interface Extraction {
  source: string;
  session: ExtractedSession;
  indicators: ExtractedFigure[];
  tasks: ExtractedTask[];
}

/**
 * What the documents of a session read from the database, read once and shared while
 * the data stay as they were. The staff export a document as Word, then as PDF, and the
 * notice beside the briefing: each export compared every indicator again (0.3 s at
 * 10,030 series, more than the rest of an export) and counted every task again.
 *
 * One snapshot is kept per connection, for the last session exported, and each read is
 * made the first time a document asks for it. It is dropped as soon as anything is
 * written: by this connection (total_changes() counts every row it changed) or by any
 * other (PRAGMA data_version moves when another connection commits). Thresholds and
 * agencies live in the same file, so they are covered too. Callers must not change the
 * arrays they get: the next export reads the same ones.
 */
import type { IndicatorComparison, IndicatorDetail, TaskCountsByAgency, TaskWithStatus } from '../comparison';
import { compareIndicators, countTasksByAgency, getIndicatorDetail } from '../comparison';
import type { Db } from '../db/open';
import { requireSession } from '../db/sessions';
import { statement } from '../db/statements';
import type { IsoDate, Session } from '../domain/model';
import type { DocumentModel } from './document-model';
import type { IndicatorEntry } from './scope-summary';
import { indicatorEntries, scopeNouns } from './scope-summary';
import type { TaskDigest, TaskSelection } from './task-digest';
import { digestTasks, listTasks } from './task-digest';

const DATA_STAMP_SQL = 'SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version';

export class SessionData {
  private readonly memo = new Map<string, unknown>();

  constructor(
    private readonly db: Db,
    readonly session: Session,
  ) {}

  /** The date both documents stand at: the session's. */
  get asOf(): IsoDate {
    return this.session.date;
  }

  private once<T>(key: string, read: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = read();
    this.memo.set(key, value);
    return value;
  }

  /** Every series against its target as of the session (the figures it rests on, not every figure). */
  comparisons(): readonly IndicatorComparison[] {
    return this.once('comparisons', () => compareIndicators(this.db, { sessionId: this.session.id }));
  }

  /** The comparisons by indicator, many scopes summarised; `tracked`: only the series with a target. */
  indicatorEntries(tracked: boolean): readonly IndicatorEntry[] {
    return this.once(`entries:${tracked}`, () => {
      const nouns = this.once('scopeNouns', () => scopeNouns(this.db));
      const comparisons = this.comparisons();
      const withTarget = comparisons.filter((c) => c.target != null);
      // Where every series has a target, as at the bench's 10,030, both are the same.
      if (tracked && withTarget.length === comparisons.length) return this.indicatorEntries(false);
      return indicatorEntries(tracked ? withTarget : comparisons, nouns);
    });
  }

  taskCounts(): TaskCountsByAgency {
    return this.once('taskCounts', () => countTasksByAgency(this.db, this.asOf));
  }

  /** One indicator with every figure of every series, for a chart of its history. */
  indicatorDetail(indicatorId: number): IndicatorDetail {
    return this.once(`detail:${indicatorId}`, () => getIndicatorDetail(this.db, indicatorId, { asOf: this.asOf }));
  }

  /** The selected tasks counted per agency, with the first `first` of each. */
  taskDigest(selection: TaskSelection, first: number): TaskDigest {
    return this.once(`digest:${first}:${JSON.stringify(selection)}`, () => digestTasks(this.db, this.asOf, selection, first));
  }

  /**
   * A document built from the snapshot, kept under what else it depends on (`key`: its
   * kind, the text of its templates, the options): the PDF after the Word file, or a
   * document exported again, is then only drawn.
   */
  document(key: string, build: () => DocumentModel): DocumentModel {
    return this.once(`document:${key}`, build);
  }

  /** Every selected task, for a list short enough to print whole. */
  tasks(selection: TaskSelection): readonly TaskWithStatus[] {
    return this.once(`tasks:${JSON.stringify(selection)}`, () => listTasks(this.db, this.asOf, selection));
  }
}

const snapshots = new WeakMap<Db, { stamp: string; data: SessionData }>();

/** The session's data as the database holds them now: the last snapshot if nothing was written since. */
export function sessionData(db: Db, sessionId: number): SessionData {
  const { changes, version } = statement(db, DATA_STAMP_SQL).get() as { changes: number; version: number };
  const stamp = `${changes}:${version}`;
  const kept = snapshots.get(db);
  if (kept && kept.stamp === stamp && kept.data.session.id === sessionId) return kept.data;
  const data = new SessionData(db, requireSession(db, sessionId));
  snapshots.set(db, { stamp, data });
  return data;
}

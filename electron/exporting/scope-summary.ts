/**
 * Indicators followed scope by scope (each of the 34 provinces, each ministry) as the
 * documents write them: a handful of scopes one by one, as before; more than
 * SCOPES_WRITTEN_OUT as one summary, "34 địa phương: 12 đạt/vượt, 20 chậm/không đạt;
 * thấp nhất Cà Mau 15,2%", the way the staff sum up the provinces by hand. Nationwide
 * series are always written out.
 */
import type { IndicatorComparison } from '../comparison';
import { agencyFinder } from '../db/agencies';
import type { Db } from '../db/open';
import type { AgencyKind, Rating } from '../domain/model';
import { RATING_LABELS } from '../domain/model';
import { formatNumberVi } from '../domain/vietnamese';
import { SCOPES_NAMED, SCOPES_WRITTEN_OUT } from './document-limits';
import { actualText, targetText } from './figure-wording';

/**
 * The scoped series of one indicator and one kind of figure, too many to write out, with
 * what the documents say of them worded once (the snapshot of session-data.ts keeps it
 * for every export of the session).
 */
export interface ScopeSummary {
  indicatorId: number;
  indicatorName: string;
  /** "34 địa phương", "17 bộ, ngành". */
  scopes: string;
  /** How many scopes have each rating, best first, none left out: ["12 đạt/vượt", "20 chậm/không đạt"]. */
  ratings: string[];
  /** The rating most of the scopes have (the worse on a tie): the summary's place in the counts by rating. */
  prevailing: Rating;
  /** Some scope is behind its target (off track or at risk); else some may be met or on track. */
  behind: boolean;
  good: boolean;
  /** The scopes furthest behind, worst first, and furthest ahead, best first (SCOPES_NAMED each). */
  worst: IndicatorComparison[];
  best: IndicatorComparison[];
  /** The target the scopes share, or "" when they differ. */
  target: string;
  /** "15,2% – 48,9%": the lowest and highest figure. */
  figures: string;
}

/** An indicator as the documents write it: series one by one, and summaries of many scopes. */
export interface IndicatorEntry {
  indicatorId: number;
  /** Every series, or the nationwide ones when the scopes are summarised. */
  listed: IndicatorComparison[];
  /** One per kind of figure the scopes report, when they are more than SCOPES_WRITTEN_OUT. */
  summaries: ScopeSummary[];
}

/** Worst first. */
const RATING_ORDER: readonly Rating[] = ['off_track', 'at_risk', 'on_track', 'met', 'no_data'];
/** In a distribution, as the ratings read, best to worst. */
const DISTRIBUTION_ORDER: readonly Rating[] = ['met', 'on_track', 'at_risk', 'off_track', 'no_data'];
/** The ratings as words inside a sentence: "đạt/vượt", "chậm/không đạt"; no_data is named for what it is there. */
const RATING_WORDS: Record<Rating, string> = {
  met: RATING_LABELS.met.toLocaleLowerCase('vi'),
  on_track: RATING_LABELS.on_track.toLocaleLowerCase('vi'),
  at_risk: RATING_LABELS.at_risk.toLocaleLowerCase('vi'),
  off_track: RATING_LABELS.off_track.toLocaleLowerCase('vi'),
  no_data: 'chưa đánh giá',
};

const MINISTRIES: ReadonlySet<AgencyKind> = new Set(['ministry', 'ministerial', 'government_agency']);

/**
 * What to call the scopes of an indicator: ministries and agencies of the catalogue are
 * "bộ, ngành"; names outside it are places (the committee's figures come from the
 * provinces, which the catalogue holds only as a group), "địa phương"; a mix, "phạm vi".
 */
export function scopeNouns(db: Db): (scopes: readonly string[]) => string {
  const find = agencyFinder(db);
  // The same 34 provinces come back for every indicator: each is looked up once.
  const kindOf = new Map<string, AgencyKind | null>();
  const kind = (scope: string) => {
    if (!kindOf.has(scope)) kindOf.set(scope, find(scope)?.kind ?? null);
    return kindOf.get(scope) ?? null;
  };
  return (scopes) => {
    const kinds = scopes.map(kind);
    if (kinds.every((kind) => kind !== null && MINISTRIES.has(kind))) return 'bộ, ngành';
    if (kinds.every((kind) => kind === null || kind === 'province')) return 'địa phương';
    return 'phạm vi';
  };
}

/** Ratings of a figure behind its target, and of one met or on its way. */
export const BEHIND: ReadonlySet<Rating> = new Set(['off_track', 'at_risk']);
export const GOOD: ReadonlySet<Rating> = new Set(['met', 'on_track']);

function summarise(series: IndicatorComparison[], noun: (scopes: readonly string[]) => string): ScopeSummary {
  const first = series[0] as IndicatorComparison;
  const scopes = [...new Set(series.map((c) => c.scope ?? ''))];
  const counts = new Map<Rating, number>();
  for (const c of series) counts.set(c.rating, (counts.get(c.rating) ?? 0) + 1);
  const prevailing = RATING_ORDER.reduce((best, r) => ((counts.get(r) ?? 0) > (counts.get(best) ?? 0) ? r : best), RATING_ORDER[0] as Rating);
  const rated = series.filter((c) => c.attainment != null && c.actual && c.target).sort((a, b) => (a.attainment ?? 0) - (b.attainment ?? 0));
  // 10,030 series are summarised on every export of a large session: only the figures shown are worded.
  const withFigure = series.filter((c) => c.actualValue != null);
  const low = withFigure.reduce<IndicatorComparison | undefined>((m, c) => (m && (m.actualValue ?? 0) <= (c.actualValue ?? 0) ? m : c), undefined);
  const high = withFigure.reduce<IndicatorComparison | undefined>((m, c) => (m && (m.actualValue ?? 0) >= (c.actualValue ?? 0) ? m : c), undefined);
  return {
    indicatorId: first.indicatorId,
    indicatorName: first.indicatorName,
    scopes: `${formatNumberVi(scopes.length)} ${noun(scopes)}`,
    ratings: DISTRIBUTION_ORDER.flatMap((rating) => {
      const n = counts.get(rating) ?? 0;
      return n > 0 ? [`${formatNumberVi(n)} ${RATING_WORDS[rating]}`] : [];
    }),
    prevailing,
    behind: rated.some((c) => BEHIND.has(c.rating)),
    good: rated.some((c) => GOOD.has(c.rating)),
    worst: rated.slice(0, SCOPES_NAMED),
    best: rated.slice(-SCOPES_NAMED).reverse(),
    target: series.every((c) => sameTarget(c, first)) ? targetText(first) : '',
    figures: range(low && actualText(low), high && actualText(high)),
  };
}

/** Whether two series are held to the same target (the same value due the same day). */
function sameTarget(a: IndicatorComparison, b: IndicatorComparison): boolean {
  const [x, y] = [a.target, b.target];
  if (!x || !y) return x === y;
  return x.value === y.value && x.valueMax === y.valueMax && x.of === y.of && x.dueDate === y.dueDate && a.basis === b.basis;
}

/** "15,2% – 48,9%": the lowest and the highest, once when they read alike. */
function range(low: string | undefined, high: string | undefined): string {
  if (low === undefined || high === undefined) return '';
  return low === high ? low : `${low} – ${high}`;
}

/** The comparisons by indicator, in the service's order, each with its scopes summarised when they are many. */
export function indicatorEntries(comparisons: readonly IndicatorComparison[], noun: (scopes: readonly string[]) => string): IndicatorEntry[] {
  return [...groupBy(comparisons, (c) => c.indicatorId)].map(([indicatorId, series]) => {
    const scoped = series.filter((c) => c.scope != null);
    if (new Set(scoped.map((c) => c.scope)).size <= SCOPES_WRITTEN_OUT) return { indicatorId, listed: series, summaries: [] };
    const byKind = groupBy(scoped, (c) => c.kind);
    return { indicatorId, listed: series.filter((c) => c.scope == null), summaries: [...byKind.values()].map((s) => summarise(s, noun)) };
  });
}

/** Items by key, keys in the order first met. */
function groupBy<K, V>(items: readonly V[], key: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** "Cà Mau 15,2%, Lai Châu 16,1%": scopes and their figures. */
export function scopeFigures(list: readonly IndicatorComparison[]): string {
  return list.map((c) => `${c.scopeLabel} ${actualText(c)}`).join(', ');
}

/**
 * Which known indicator an extracted figure is about, by the similarity of folded
 * names: "tỷ lệ hồ sơ trực tuyến toàn trình" and "tỷ lệ hồ sơ trực tuyến toàn trình
 * trên tổng hồ sơ giải quyết TTHC" are one indicator worded twice. Only names whose
 * units mean the same (percent, scale, currency) are compared.
 */
import { listIndicators } from '../db/indicators';
import type { Db } from '../db/open';
import type { Direction, Indicator } from '../domain/model';
import type { IndicatorSuggestion } from './draft-types';
import { foldVietnamese } from '../domain/vietnamese';
import { expandFoldedWords } from './extraction/abbreviations';
import { sameUnitMeaning } from './extraction/numbers';

/** Words that carry no meaning of their own in indicator names. */
const STOPWORDS = new Set(['cua', 'cac', 'va', 'nhung', 'duoc', 'da', 'voi', 'cho', 'tai', 'trong']);

/** From this similarity on, a figure is proposed as another wording of the indicator. */
export const ALIAS_THRESHOLD = 0.85;
/** From this similarity on, an indicator is listed as a suggestion. */
export const SUGGESTION_THRESHOLD = 0.5;

/** A name's meaningful words, folded, with short forms spelled out, each once. */
function nameWords(name: string): readonly string[] {
  const words = foldVietnamese(name).split(/[^a-z0-9]+/u).filter((w) => w !== '');
  return [...new Set(expandFoldedWords(words).filter((w) => !STOPWORDS.has(w)))];
}

/**
 * Similarity of two names in [0, 1], from how many distinct words each has and how
 * many they share: their Dice overlap, or nearly 1 when every word of the shorter (of
 * at least three words) appears in the longer.
 */
function wordSimilarity(shared: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0 || sizeB === 0) return 0;
  const dice = (2 * shared) / (sizeA + sizeB);
  const smaller = Math.min(sizeA, sizeB);
  const containment = smaller >= 3 ? shared / smaller : 0;
  return Math.max(dice, 0.9 * containment);
}

/**
 * Each connection's words of the indicator names it last matched against: the names
 * change little from one draft to the next, and splitting every known name again for
 * each draft was most of an import's time once the database held a thousand names and
 * aliases. Only the current names are kept.
 */
const wordsOfNames = new WeakMap<Db, Map<string, readonly string[]>>();

/** One wording of a known indicator: its name or an alias. */
interface Wording {
  /** Position of the indicator in the list, which is also the order of ties. */
  indicator: number;
  size: number;
}

/**
 * The known indicators with the words of their names and aliases, indexed by word. A
 * name shares no word with most known names, and those score 0: only the wordings
 * that share a word with it are scored, from the count of words they share.
 */
export class IndicatorMatcher {
  private constructor(
    private readonly indicators: readonly Indicator[],
    private readonly wordings: readonly Wording[],
    private readonly byWord: ReadonlyMap<string, readonly number[]>,
  ) {}

  static load(db: Db): IndicatorMatcher {
    const indicators = listIndicators(db);
    const previous = wordsOfNames.get(db);
    const current = new Map<string, readonly string[]>();
    const wordings: Wording[] = [];
    const byWord = new Map<string, number[]>();
    indicators.forEach((indicator, position) => {
      for (const name of [indicator.name, ...indicator.aliases]) {
        const words = current.get(name) ?? previous?.get(name) ?? nameWords(name);
        current.set(name, words);
        for (const word of words) {
          const list = byWord.get(word);
          if (list) list.push(wordings.length);
          else byWord.set(word, [wordings.length]);
        }
        wordings.push({ indicator: position, size: words.length });
      }
    });
    wordsOfNames.set(db, current);
    return new IndicatorMatcher(indicators, wordings, byWord);
  }

  /** Known indicators close to a name, best first (ties in the order of the list); units must mean the same. */
  suggest(name: string, unit: string, limit = 3): IndicatorSuggestion[] {
    const words = nameWords(name);
    // Counts in typed arrays, not maps: the common words of indicator names ("ty", "le",
    // "so") are in most wordings, so one figure touches most of them.
    const shared = new Uint16Array(this.wordings.length);
    const touched: number[] = [];
    for (const word of words) {
      for (const wording of this.byWord.get(word) ?? []) {
        const count = shared[wording] ?? 0;
        if (count === 0) touched.push(wording);
        shared[wording] = count + 1;
      }
    }
    const best = new Float64Array(this.indicators.length);
    const candidates: number[] = [];
    for (const wording of touched) {
      const { indicator, size } = this.wordings[wording] as Wording;
      const similarity = wordSimilarity(shared[wording] as number, words.length, size);
      if (similarity < SUGGESTION_THRESHOLD) continue;
      if (best[indicator] === 0) candidates.push(indicator);
      best[indicator] = Math.max(best[indicator] as number, similarity);
    }
    return candidates
      .sort((a, b) => a - b)
      .map((position) => ({ indicator: this.indicators[position] as Indicator, similarity: best[position] as number }))
      .filter(({ indicator }) => indicator.unit === '' || unit === '' || sameUnitMeaning(indicator.unit, unit))
      .map(({ indicator, similarity }) => ({ indicatorId: indicator.id, name: indicator.name, unit: indicator.unit, similarity }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, limit);
  }
}

/** Indicators where less is better: delays, backlogs, costs and durations. */
const LOWER_IS_BETTER = /\b(?:cham|qua han|ton dong|thoi gian|chi phi|ty le loi|vi pham|su co|tan cong)\b/u;

export function guessDirection(name: string): Direction {
  return LOWER_IS_BETTER.test(foldVietnamese(name)) ? 'lower_is_better' : 'higher_is_better';
}

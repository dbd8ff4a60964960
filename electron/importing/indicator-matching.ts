/**
 * Which known indicator an extracted figure is about, by the similarity of folded
 * names: "tỷ lệ hồ sơ trực tuyến toàn trình" and "tỷ lệ hồ sơ trực tuyến toàn trình
 * trên tổng hồ sơ giải quyết TTHC" are one indicator worded twice. Only names whose
 * units mean the same (percent, scale, currency) are compared.
 */
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

function tokens(name: string): string[] {
  const words = foldVietnamese(name).split(/[^a-z0-9]+/u).filter((w) => w !== '');
  return expandFoldedWords(words).filter((w) => !STOPWORDS.has(w));
}

/**
 * Similarity of two names in [0, 1]: the Dice overlap of their words, or nearly 1
 * when every word of the shorter (of at least three words) appears in the longer.
 */
export function nameSimilarity(a: string, b: string): number {
  const x = new Set(tokens(a));
  const y = new Set(tokens(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  const dice = (2 * shared) / (x.size + y.size);
  const smaller = Math.min(x.size, y.size);
  const containment = smaller >= 3 ? shared / smaller : 0;
  return Math.max(dice, 0.9 * containment);
}

/** Known indicators close to a name, best first; units must mean the same. */
export function suggestIndicators(indicators: readonly Indicator[], name: string, unit: string, limit = 3): IndicatorSuggestion[] {
  return indicators
    .filter((indicator) => indicator.unit === '' || unit === '' || sameUnitMeaning(indicator.unit, unit))
    .map((indicator) => ({
      indicatorId: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      similarity: Math.max(nameSimilarity(name, indicator.name), ...indicator.aliases.map((a) => nameSimilarity(name, a))),
    }))
    .filter((s) => s.similarity >= SUGGESTION_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit);
}

/** Indicators where less is better: delays, backlogs, costs and durations. */
const LOWER_IS_BETTER = /\b(?:cham|qua han|ton dong|thoi gian|chi phi|ty le loi|vi pham|su co|tan cong)\b/u;

export function guessDirection(name: string): Direction {
  return LOWER_IS_BETTER.test(foldVietnamese(name)) ? 'lower_is_better' : 'higher_is_better';
}

/**
 * Scores an extraction against a careful reader's labels (the rules of the eval in
 * the importing issue): an indicator matches on its value (within 0.5%) and on what its
 * unit means (percent, scale word, currency); a task matches on its lead agency and on
 * its due date (within one day). Matching is one-to-one and greedy, label by label.
 */
import { canonicalAgencyName } from '../electron/importing/extraction/agencies';
import { sameUnitMeaning, sameValue } from '../electron/importing/extraction/numbers';

export interface LabelFigure {
  value: number;
  unit: string;
}

export interface LabelTask {
  lead: string;
  deadline: { due: string | null };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Greedy one-to-one matching: each label takes the first unused prediction it accepts, preferring the closest. */
function greedyMatch<P, L>(predicted: readonly P[], labels: readonly L[], accepts: (p: P, l: L) => number | null): Score {
  const used = new Set<number>();
  let tp = 0;
  for (const label of labels) {
    let best = -1;
    let bestDistance = Infinity;
    predicted.forEach((p, i) => {
      if (used.has(i)) return;
      const distance = accepts(p, label);
      if (distance != null && distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    });
    if (best >= 0) {
      used.add(best);
      tp += 1;
    }
  }
  return score(tp, predicted.length - tp, labels.length - tp);
}

export function scoreIndicators(predicted: readonly LabelFigure[], labels: readonly LabelFigure[]): Score {
  return greedyMatch(predicted, labels, (p, l) =>
    sameValue(p.value, l.value) && sameUnitMeaning(p.unit, l.unit) ? Math.abs(p.value - l.value) : null,
  );
}

function dayDistance(a: string | null, b: string | null): number | null {
  if (a == null || b == null) return a === b ? 0 : null;
  const days = Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
  return days <= 1 ? days : null;
}

export function scoreTasks(predicted: readonly LabelTask[], labels: readonly LabelTask[]): Score {
  return greedyMatch(predicted, labels, (p, l) =>
    canonicalAgencyName(p.lead) === canonicalAgencyName(l.lead) ? dayDistance(p.deadline.due, l.deadline.due) : null,
  );
}

export function addScores(scores: readonly Score[]): Score {
  return score(
    scores.reduce((n, s) => n + s.tp, 0),
    scores.reduce((n, s) => n + s.fp, 0),
    scores.reduce((n, s) => n + s.fn, 0),
  );
}

export function formatScore(s: Score): string {
  const f = (x: number) => x.toFixed(3);
  return `P=${f(s.precision)} R=${f(s.recall)} F1=${f(s.f1)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

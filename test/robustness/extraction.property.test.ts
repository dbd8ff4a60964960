/**
 * Property-based tests of extractDocument over random text and over session texts
 * mangled the ways files get mangled (cut, duplicated, retyped, decomposed, pasted
 * into). It never throws, and what it returns keeps the shape of extraction.md: finite
 * numbers, real dates, known kinds, and evidence quoted verbatim from the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../electron/importing/extraction/extract';
import { seededRandom } from '../../bench/random';
import { sessionText } from '../../bench/texts';
import { anyText, isRealIsoDate } from './arbitraries';

const FIGURE_KINDS = ['level', 'change', 'count_of', 'rank', 'target'];
const QUALIFIERS = ['exact', 'approx', 'more_than', 'less_than'];
const DEADLINE_KINDS = ['date', 'month', 'quarter', 'half', 'year', 'recurring', 'none'];

type Mutation = (text: string) => string;

/** A range of the text given by two unbounded naturals, folded into its length. */
const range = (text: string, at: number, length: number): [number, number] => {
  const start = at % (text.length + 1);
  return [start, Math.min(text.length, start + length)];
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 400 })).map(([at, n]): Mutation => (t) => {
    const [a, b] = range(t, at, n);
    return t.slice(0, a) + t.slice(b);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.nat()).map(([at, n, to]): Mutation => (t) => {
    const [a, b] = range(t, at, n);
    const q = to % (t.length + 1);
    return t.slice(0, q) + t.slice(a, b) + t.slice(q);
  }),
  fc.tuple(fc.nat(), anyText).map(([at, inserted]): Mutation => (t) => {
    const q = at % (t.length + 1);
    return t.slice(0, q) + inserted.slice(0, 300) + t.slice(q);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 2000 }), fc.integer({ min: 1, max: 9 })).map(([at, n, shift]): Mutation => (t) => {
    const [a, b] = range(t, at, n);
    return t.slice(0, a) + t.slice(a, b).replace(/\d/g, (d) => String((Number(d) + shift) % 10)) + t.slice(b);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 2000 }), fc.constantFrom<'NFD' | 'NFKD' | 'upper' | 'swap'>('NFD', 'NFKD', 'upper', 'swap')).map(
    ([at, n, how]): Mutation => (t) => {
      const [a, b] = range(t, at, n);
      const part = t.slice(a, b);
      const changed =
        how === 'upper' ? part.toUpperCase() : how === 'swap' ? part.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')) : part.normalize(how);
      return t.slice(0, a) + changed + t.slice(b);
    },
  ),
  fc.nat().map((at): Mutation => (t) => t.slice(0, at % (t.length + 1))),
);

/**
 * A generated session text (4–30 KB) with a few mutations applied in turn. Printed
 * short in a counterexample: fast-check's seed and path reproduce it whole.
 */
const mangledSessionText = fc
  .tuple(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(mutation, { maxLength: 6 }))
  .map(([seed, mutations]) => {
    const text = mutations.reduce((t, mutate) => mutate(t), sessionText(seededRandom(seed), 0).text);
    return { text, [fc.toStringMethod]: () => `session text of seed ${seed}, ${mutations.length} mutations, ${text.length} chars` };
  });

function expectWellFormed(text: string): void {
  const normalised = text.normalize('NFC');
  const result = extractDocument(text, 'văn bản.txt');
  expect(result.source).toBe('văn bản.txt');
  const { session } = result;
  if (session.date !== null) expect(isRealIsoDate(session.date), session.date).toBe(true);
  if (session.number !== null) expect(Number.isInteger(session.number) && session.number > 0).toBe(true);
  for (const f of result.indicators) {
    expect(Number.isFinite(f.value), f.evidence).toBe(true);
    for (const other of [f.value_max, f.of, f.target, f.target_max]) if (other != null) expect(Number.isFinite(other)).toBe(true);
    expect(FIGURE_KINDS).toContain(f.kind);
    expect(QUALIFIERS).toContain(f.qualifier);
    expect(typeof f.unit).toBe('string');
    expect(f.evidence.length).toBeGreaterThan(0);
    expect(normalised.includes(f.evidence), `evidence not in the text: ${f.evidence}`).toBe(true);
  }
  for (const t of result.tasks) {
    expect(t.lead.trim().length).toBeGreaterThan(0);
    expect(DEADLINE_KINDS).toContain(t.deadline.kind);
    if (t.deadline.due !== null) expect(isRealIsoDate(t.deadline.due), `due "${t.deadline.due}"`).toBe(true);
    expect(normalised.includes(t.evidence), `evidence not in the text: ${t.evidence}`).toBe(true);
  }
}

describe('extractDocument on bad input', () => {
  it('returns a well-formed extraction for any text', () => {
    fc.assert(fc.property(anyText, expectWellFormed), { numRuns: 300 });
  });

  it('returns a well-formed extraction for session texts cut, duplicated, retyped and decomposed', () => {
    fc.assert(
      fc.property(mangledSessionText, ({ text }) => expectWellFormed(text)),
      { numRuns: 40 },
    );
  });
});

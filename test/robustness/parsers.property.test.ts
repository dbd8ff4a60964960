/**
 * Property-based tests of the importer's parsers over random and near-miss Vietnamese
 * text: numbers, deadlines and periods, agency names. Whatever the input, they return
 * well-formed values (no crash, offsets inside the text, real calendar dates); on the
 * wordings extraction.md lists they return what the table there says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENCY_CATALOGUE } from '../../electron/domain/agencies';
import { formatNumberVi } from '../../electron/domain/vietnamese';
import { canonicalAgencyName, matchAgencyList } from '../../electron/importing/extraction/agencies';
import { findDeadlines, findPeriod, periodEnd } from '../../electron/importing/extraction/dates';
import { parseNumberToken } from '../../electron/importing/extraction/numbers';
import { anyText, isRealIsoDate, numberWord, timeSoup, wordSoup } from './arbitraries';

const RUNS = { numRuns: 300 };
const DEADLINE_KINDS = ['date', 'month', 'quarter', 'half', 'year', 'recurring', 'none'];

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('parseNumberToken', () => {
  it('returns null or a finite, non-negative number for any input', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, numberWord), (token) => {
        const value = parseNumberToken(token);
        expect(value === null || (Number.isFinite(value) && value >= 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads back every whole number and every two-decimal number written the Vietnamese way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseNumberToken(formatNumberVi(n, 0))).toBe(n);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (cents) => {
        const value = cents / 100;
        expect(parseNumberToken(formatNumberVi(value, 2))).toBeCloseTo(value, 6);
      }),
      RUNS,
    );
  });

  it('reads a single dot before three digits as thousands and before one or two as a decimal slip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (whole, part) => {
        expect(parseNumberToken(`${whole}.${String(part).padStart(3, '0')}`)).toBe(whole * 1000 + part);
        if (part < 100) expect(parseNumberToken(`${whole}.${part}`)).toBeCloseTo(Number(`${whole}.${part}`), 9);
      }),
      RUNS,
    );
  });
});

describe('findDeadlines', () => {
  const context = fc.oneof(
    fc.constant({ sessionDate: null, year: null }),
    fc.date({ min: new Date('2021-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => {
      const iso = d.toISOString().slice(0, 10);
      return { sessionDate: iso, year: Number(iso.slice(0, 4)) };
    }),
  );

  it('gives ordered, non-overlapping matches inside the text, each with a real due date or none', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, timeSoup), context, (text, ctx) => {
        let end = 0;
        for (const d of findDeadlines(text, ctx)) {
          expect(d.start).toBeGreaterThanOrEqual(end);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(d.start, d.end).trim()).toBe(d.text.trim());
          expect(DEADLINE_KINDS).toContain(d.kind);
          if (d.due !== null) expect(isRealIsoDate(d.due), `due "${d.due}" from "${d.text}"`).toBe(true);
          end = d.end;
        }
      }),
      RUNS,
    );
  });

  it('reads the wordings of extraction.md inside a task sentence', () => {
    const quarterNames = ['I', 'II', 'III', 'IV'];
    const wording = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2021, max: 2035 })).map(([m, y]) => ({
        text: `hoàn thành trong tháng ${m}/${y}`,
        kind: 'month',
        due: lastDay(y, m),
      })),
      fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2021, max: 2035 })).map(([q, y]) => ({
        text: `trong Quý ${quarterNames[q - 1]}/${y}`,
        kind: 'quarter',
        due: lastDay(y, q * 3),
      })),
      fc.date({ min: new Date('2021-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number);
        return { text: `hoàn thành trước ngày ${day}/${String(m).padStart(2, '0')}/${y}`, kind: 'date', due: iso };
      }),
      fc.integer({ min: 2021, max: 2035 }).map((y) => ({ text: `trong năm ${y}`, kind: 'year', due: `${y}-12-31` })),
      fc.tuple(fc.constantFrom('đầu', 'cuối'), fc.integer({ min: 2021, max: 2035 })).map(([half, y]) => ({
        text: `6 tháng ${half} năm ${y}`,
        kind: 'half',
        due: half === 'đầu' ? `${y}-06-30` : `${y}-12-31`,
      })),
      fc.constant({ text: 'nhiệm vụ thường xuyên', kind: 'recurring', due: null }),
    );
    const lead = fc.constantFrom('Bộ Công an chủ trì, phối hợp với Bộ Tài chính', 'Các bộ, ngành, địa phương', 'Bộ Y tế');
    const work = fc.constantFrom('xây dựng Kiến trúc dữ liệu tổng thể quốc gia', 'rà soát, cắt giảm thủ tục hành chính', 'kết nối cơ sở dữ liệu');
    fc.assert(
      fc.property(lead, work, wording, (who, what, when) => {
        const found = findDeadlines(`${who} ${what}, ${when.text}.`, { sessionDate: '2025-07-20', year: 2025 });
        expect(found.map((d) => ({ kind: d.kind, due: d.due }))).toEqual([{ kind: when.kind, due: when.due }]);
      }),
      RUNS,
    );
  });
});

describe('periods of figures', () => {
  it('findPeriod points at its wording inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const period = findPeriod(text);
        if (period) expect(text.slice(period.index, period.index + period.text.length)).toBe(period.text);
      }),
      RUNS,
    );
  });

  it('periodEnd always gives a real calendar date', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, wordSoup, timeSoup), (text) => {
        const period = findPeriod(text)?.text ?? text;
        const end = periodEnd(period, '2025-07-20');
        expect(isRealIsoDate(end), `"${period}" -> "${end}"`).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('agency names', () => {
  const names = new Set(AGENCY_CATALOGUE.map((a) => a.name));
  /** Spaces as copy-paste leaves them: doubled, tabs, no-break spaces. */
  const respaced = (text: string) => fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \n').map((space) => text.split(' ').join(space));

  it('returns a catalogue name or the wording itself, whatever the input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const name = canonicalAgencyName(text);
        expect(names.has(name) || name === text.trim().replace(/\s+/g, ' ')).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads every name and short form of the catalogue, however spaced, as its canonical name', () => {
    const forms = AGENCY_CATALOGUE.flatMap((a) => [a.name, ...a.shortForms].map((form) => ({ form, name: a.name })));
    fc.assert(
      fc.property(
        fc.constantFrom(...forms).chain(({ form, name }) => respaced(form).map((written) => ({ written, name }))),
        fc.constantFrom('', ' ', '\n'),
        ({ written, name }, pad) => {
          expect(canonicalAgencyName(`${pad}${written}${pad}`)).toBe(name);
        },
      ),
      RUNS,
    );
  });

  it('splits a list of agencies joined by commas and "và" into its members, in order', () => {
    const agencies = AGENCY_CATALOGUE.filter((a) => a.kind !== 'group').map((a) => a.name);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...agencies), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(', ', ' và ', ', và '),
        (list, joiner) => {
          const text = `${list.slice(0, -1).join(', ')}${list.length > 1 ? joiner : ''}${list.at(-1)} triển khai thực hiện.`;
          expect(matchAgencyList(text, 0)?.names).toEqual(list);
        },
      ),
      RUNS,
    );
  });
});

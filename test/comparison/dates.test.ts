import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../electron/comparison/dates';

describe('day arithmetic on ISO dates', () => {
  it('crosses month ends, leap days and years', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('agrees with the calendar of Date for any day and any shift', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 2_000_000 }), fc.integer({ min: -100_000, max: 100_000 }), (day, shift) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        const expected = new Date((day + shift) * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(iso, shift)).toBe(expected);
        expect(daysBetween(iso, addDays(iso, shift))).toBe(shift);
      }),
    );
  });
});

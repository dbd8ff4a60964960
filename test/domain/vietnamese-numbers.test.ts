import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberVi } from '../../electron/domain/vietnamese';
import { parseNumberToken } from '../../electron/importing/extraction/numbers';

describe('numbers in Vietnamese form', () => {
  it('writes a comma decimal mark, dots between thousands, and no trailing zeros', () => {
    expect(formatNumberVi(39.51)).toBe('39,51');
    expect(formatNumberVi(1_259_499)).toBe('1.259.499');
    expect(formatNumberVi(-1234.5)).toBe('-1.234,5');
    expect(formatNumberVi(80)).toBe('80');
    expect(formatNumberVi(999.999)).toBe('1.000');
    expect(formatNumberVi(0.004)).toBe('0');
    expect(formatNumberVi(-0.004)).toBe('0');
    expect(formatNumberVi(49.4081, 1)).toBe('49,4');
    expect(formatNumberVi(3241.7, 0)).toBe('3.242');
  });

  it('is read back by the importer as the number it wrote, to the decimals it keeps', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 3 }), (value, decimals) => {
        const factor = 10 ** decimals;
        expect(parseNumberToken(formatNumberVi(value, decimals))).toBeCloseTo(Math.round(value * factor) / factor, 6);
      }),
    );
  });
});

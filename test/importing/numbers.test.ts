import { describe, expect, it } from 'vitest';
import { leadingScaleWord, parseNumberToken, sameUnitMeaning, sameValue, unitMeaning } from '../../electron/importing/extraction/numbers';

describe('Vietnamese numbers', () => {
  it('reads the comma as the decimal mark and the dot as the thousands separator', () => {
    expect(parseNumberToken('39,51')).toBe(39.51);
    expect(parseNumberToken('3.241')).toBe(3241);
    expect(parseNumberToken('1.259.499')).toBe(1259499);
    expect(parseNumberToken('1.259.499,75')).toBe(1259499.75);
  });

  it('reads a single dot before one or two digits as a decimal slip', () => {
    expect(parseNumberToken('50.5')).toBe(50.5);
    expect(parseNumberToken('7.25')).toBe(7.25);
  });

  it('keeps leading zeros out of the value', () => {
    expect(parseNumberToken('03')).toBe(3);
    expect(parseNumberToken('06')).toBe(6);
  });

  it('refuses a malformed grouping', () => {
    expect(parseNumberToken('1.25.3')).toBeNull();
    expect(parseNumberToken('abc')).toBeNull();
  });

  it('finds the scale word, longest first', () => {
    expect(leadingScaleWord(' nghìn tỷ đồng')?.scale).toBe('trillion');
    expect(leadingScaleWord(' tỷ USD')?.scale).toBe('billion');
    expect(leadingScaleWord(' triệu hồ sơ')?.scale).toBe('million');
    expect(leadingScaleWord(' ngàn doanh nghiệp')?.scale).toBe('thousand');
    expect(leadingScaleWord(' tỷ lệ')).toBeNull();
    expect(leadingScaleWord(' hồ sơ')).toBeNull();
  });

  it('compares units by percent, scale and currency, not by the counted noun', () => {
    expect(unitMeaning('nghìn tỷ đồng')).toEqual({ percent: false, scale: 'trillion', currency: 'VND' });
    expect(unitMeaning('tỷ USD')).toEqual({ percent: false, scale: 'billion', currency: 'USD' });
    expect(sameUnitMeaning('thủ tục', 'TTHC')).toBe(true);
    expect(sameUnitMeaning('triệu hồ sơ', 'triệu văn bản')).toBe(true);
    expect(sameUnitMeaning('%', 'phần trăm')).toBe(true);
    expect(sameUnitMeaning('%', 'điểm phần trăm')).toBe(false);
    expect(sameUnitMeaning('tỷ đồng', 'nghìn tỷ đồng')).toBe(false);
    expect(sameUnitMeaning('tỷ đồng', 'tỷ USD')).toBe(false);
  });

  it('treats values within half a percent as the same', () => {
    expect(sameValue(39.51, 39.6)).toBe(true);
    expect(sameValue(100, 101)).toBe(false);
  });
});

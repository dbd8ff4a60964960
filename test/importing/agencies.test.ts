import { describe, expect, it } from 'vitest';
import { canonicalAgencyName, matchAgencyList, partnerLists } from '../../electron/importing/extraction/agencies';

describe('agency names', () => {
  it('reads short forms as the catalogue names', () => {
    expect(canonicalAgencyName('Bộ KH&CN')).toBe('Bộ Khoa học và Công nghệ');
    expect(canonicalAgencyName('BCA')).toBe('Bộ Công an');
    expect(canonicalAgencyName('VPCP')).toBe('Văn phòng Chính phủ');
    expect(canonicalAgencyName('NHNN')).toBe('Ngân hàng Nhà nước Việt Nam');
  });

  it('keeps a predecessor under its own name', () => {
    expect(canonicalAgencyName('Bộ Thông tin và Truyền thông')).toBe('Bộ Thông tin và Truyền thông');
    expect(canonicalAgencyName('Bộ KH&ĐT')).toBe('Bộ Kế hoạch và Đầu tư');
  });

  it('names groups the canonical way', () => {
    expect(canonicalAgencyName('các bộ, ngành, địa phương')).toBe('Các bộ, ngành, địa phương');
    expect(canonicalAgencyName('Mỗi bộ, ngành, địa phương')).toBe('Các bộ, ngành, địa phương');
    expect(canonicalAgencyName('các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ')).toBe('Các bộ, ngành');
    expect(canonicalAgencyName('các bộ, ngành liên quan')).toBe('Các bộ, ngành');
    expect(canonicalAgencyName('UBND các tỉnh, thành phố trực thuộc trung ương')).toBe('Ủy ban nhân dân các tỉnh, thành phố');
    expect(canonicalAgencyName('Chủ tịch UBND các tỉnh, thành phố')).toBe('Ủy ban nhân dân các tỉnh, thành phố');
    expect(canonicalAgencyName('UBND tỉnh Lào Cai')).toBe('Ủy ban nhân dân tỉnh Lào Cai');
    expect(canonicalAgencyName('các ngân hàng thương mại cổ phần')).toBe('Các ngân hàng thương mại');
  });

  it('reads a list of leads and the heads of ministries and provinces as one group', () => {
    const text = 'Bộ Tài chính, Bộ Y tế và các bộ, ngành liên quan khẩn trương rà soát';
    expect(matchAgencyList(text, 0)?.names).toEqual(['Bộ Tài chính', 'Bộ Y tế', 'Các bộ, ngành']);
    const heads = 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch UBND các tỉnh, thành phố chỉ đạo';
    expect(matchAgencyList(heads, 0)?.names).toEqual(['Các bộ, ngành, địa phương']);
  });

  it('finds the partners after "phối hợp với"', () => {
    const lists = partnerLists('Bộ Y tế chủ trì, phối hợp với Bộ Công an, Bảo hiểm xã hội và các địa phương triển khai');
    expect(lists[0]?.names).toEqual(['Bộ Công an']);
    expect(partnerLists('phối hợp với Bộ Tư pháp và Văn phòng Chính phủ hoàn thiện')[0]?.names).toEqual([
      'Bộ Tư pháp',
      'Văn phòng Chính phủ',
    ]);
  });
});

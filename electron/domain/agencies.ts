/**
 * The agencies that receive the committee's tasks, after the 2025 reorganisation
 * (domain.md), with their short forms and the predecessors whose tasks pass to them.
 * This catalogue seeds the database and drives agency-name canonicalisation.
 */
import type { AgencyKind } from './model';

export interface AgencyEntry {
  name: string;
  kind: AgencyKind;
  shortForms: string[];
  /** Canonical name of the successor, for agencies merged away in 2025. */
  successor?: string;
}

export const AGENCY_CATALOGUE: readonly AgencyEntry[] = [
  { name: 'Bộ Quốc phòng', kind: 'ministry', shortForms: ['BQP', 'Bộ QP'] },
  { name: 'Bộ Công an', kind: 'ministry', shortForms: ['BCA', 'Bộ CA'] },
  { name: 'Bộ Ngoại giao', kind: 'ministry', shortForms: ['BNG'] },
  { name: 'Bộ Nội vụ', kind: 'ministry', shortForms: ['BNV'] },
  { name: 'Bộ Tư pháp', kind: 'ministry', shortForms: ['BTP'] },
  { name: 'Bộ Tài chính', kind: 'ministry', shortForms: ['BTC'] },
  { name: 'Bộ Công Thương', kind: 'ministry', shortForms: ['BCT'] },
  { name: 'Bộ Nông nghiệp và Môi trường', kind: 'ministry', shortForms: ['Bộ NN&MT', 'BNNMT'] },
  { name: 'Bộ Xây dựng', kind: 'ministry', shortForms: ['BXD'] },
  { name: 'Bộ Văn hóa, Thể thao và Du lịch', kind: 'ministry', shortForms: ['Bộ VHTTDL', 'Bộ VH-TT&DL'] },
  { name: 'Bộ Khoa học và Công nghệ', kind: 'ministry', shortForms: ['Bộ KH&CN', 'Bộ KHCN', 'BKHCN'] },
  { name: 'Bộ Giáo dục và Đào tạo', kind: 'ministry', shortForms: ['Bộ GD&ĐT', 'Bộ GDĐT'] },
  { name: 'Bộ Y tế', kind: 'ministry', shortForms: ['BYT'] },
  { name: 'Bộ Dân tộc và Tôn giáo', kind: 'ministry', shortForms: ['Bộ DT&TG'] },
  { name: 'Ngân hàng Nhà nước Việt Nam', kind: 'ministerial', shortForms: ['NHNN', 'Ngân hàng Nhà nước'] },
  { name: 'Thanh tra Chính phủ', kind: 'ministerial', shortForms: ['TTCP'] },
  { name: 'Văn phòng Chính phủ', kind: 'ministerial', shortForms: ['VPCP'] },
  { name: 'Đài Truyền hình Việt Nam', kind: 'government_agency', shortForms: ['VTV'] },
  { name: 'Đài Tiếng nói Việt Nam', kind: 'government_agency', shortForms: ['VOV'] },
  { name: 'Thông tấn xã Việt Nam', kind: 'government_agency', shortForms: ['TTXVN'] },
  { name: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', kind: 'government_agency', shortForms: ['VAST'] },
  { name: 'Viện Hàn lâm Khoa học xã hội Việt Nam', kind: 'government_agency', shortForms: ['VASS'] },
  { name: 'Tập đoàn Điện lực Việt Nam', kind: 'enterprise', shortForms: ['EVN'] },
  { name: 'Các ngân hàng thương mại', kind: 'group', shortForms: [] },
  { name: 'Các bộ, ngành, địa phương', kind: 'group', shortForms: [] },
  { name: 'Các bộ, ngành', kind: 'group', shortForms: [] },
  { name: 'Ủy ban nhân dân các tỉnh, thành phố', kind: 'group', shortForms: ['UBND các tỉnh, thành phố', 'UBND các tỉnh', 'các địa phương'] },
  // Predecessors: their tasks are counted under the successor.
  { name: 'Bộ Thông tin và Truyền thông', kind: 'ministry', shortForms: ['Bộ TT&TT', 'Bộ TTTT'], successor: 'Bộ Khoa học và Công nghệ' },
  { name: 'Bộ Kế hoạch và Đầu tư', kind: 'ministry', shortForms: ['Bộ KH&ĐT', 'Bộ KHĐT'], successor: 'Bộ Tài chính' },
  { name: 'Bộ Tài nguyên và Môi trường', kind: 'ministry', shortForms: ['Bộ TN&MT', 'Bộ TNMT'], successor: 'Bộ Nông nghiệp và Môi trường' },
  { name: 'Bộ Nông nghiệp và Phát triển nông thôn', kind: 'ministry', shortForms: ['Bộ NN&PTNT', 'Bộ NNPTNT'], successor: 'Bộ Nông nghiệp và Môi trường' },
  { name: 'Bộ Giao thông vận tải', kind: 'ministry', shortForms: ['Bộ GTVT'], successor: 'Bộ Xây dựng' },
  { name: 'Bộ Lao động - Thương binh và Xã hội', kind: 'ministry', shortForms: ['Bộ LĐ-TB&XH', 'Bộ LĐTBXH'], successor: 'Bộ Nội vụ' },
  { name: 'Ủy ban Dân tộc', kind: 'ministerial', shortForms: ['UBDT'], successor: 'Bộ Dân tộc và Tôn giáo' },
];

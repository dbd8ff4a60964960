/** The Vietnamese words the screens use for the model's codes. */
import type { SixClearPoint } from '../../electron/api/contract';
import type { AgencyKind, DeadlineKind, Direction, FigureKind, Qualifier, SessionFormat, TaskProgress } from '../../electron/domain/model';

export const FORMAT_LABELS: Record<SessionFormat, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  hybrid: 'Trực tiếp kết hợp trực tuyến',
};

export const FIGURE_KIND_LABELS: Record<FigureKind, string> = {
  level: 'Mức đạt',
  change: 'Mức tăng/giảm',
  count_of: 'Số trên tổng',
  rank: 'Xếp hạng',
  target: 'Mục tiêu',
};

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'Chính xác',
  approx: 'Khoảng',
  more_than: 'Hơn',
  less_than: 'Dưới',
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  higher_is_better: 'Càng cao càng tốt',
  lower_is_better: 'Càng thấp càng tốt',
};

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  date: 'Ngày cụ thể',
  month: 'Trong tháng',
  quarter: 'Trong quý',
  half: 'Trong 6 tháng',
  year: 'Trong năm',
  recurring: 'Thường xuyên',
  none: 'Không ghi thời hạn',
};

export const PROGRESS_LABELS: Record<TaskProgress, string> = {
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
};

/** Options for a Select from a label table. */
export function optionsOf<K extends string>(labels: Record<K, string>): Array<{ value: K; label: string }> {
  return (Object.entries(labels) as Array<[K, string]>).map(([value, label]) => ({ value, label }));
}

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  ministry: 'Bộ',
  ministerial: 'Cơ quan ngang bộ',
  government_agency: 'Cơ quan thuộc Chính phủ',
  province: 'Tỉnh, thành phố',
  group: 'Nhóm cơ quan',
  enterprise: 'Doanh nghiệp',
  other: 'Khác',
};

/** The Prime Minister's "6 rõ": each task clear on six points. */
export const SIX_CLEAR_LABELS: Record<SixClearPoint, string> = {
  who: 'Rõ người',
  what: 'Rõ việc',
  when: 'Rõ thời gian',
  responsibility: 'Rõ trách nhiệm',
  authority: 'Rõ thẩm quyền',
  output: 'Rõ sản phẩm',
};

/**
 * The Prime Minister's "6 rõ" rule: every task clear on who, what, when,
 * responsibility, authority and output. A check on the task as recorded, so the
 * staff can ask for the missing points before the conclusion notice is issued.
 */
import type { Task } from '../domain/model';
import { foldVietnamese } from '../domain/vietnamese';
import type { SixClearCheck, SixClearPoint } from './types';

export const SIX_CLEAR_LABELS: Record<SixClearPoint, string> = {
  who: 'rõ người',
  what: 'rõ việc',
  when: 'rõ thời gian',
  responsibility: 'rõ trách nhiệm',
  authority: 'rõ thẩm quyền',
  output: 'rõ sản phẩm',
};

const ORDER: readonly SixClearPoint[] = ['who', 'what', 'when', 'responsibility', 'authority', 'output'];

/**
 * Nouns that name a concrete deliverable in the committee's texts, matched folded
 * ("co so du lieu"). Not "cổng" (portal): folded it is "cong", as in "công nghệ".
 */
const DELIVERABLES = [
  'nghị định', 'nghị quyết', 'thông tư', 'quyết định', 'chỉ thị', 'luật', 'dự thảo', 'tờ trình', 'văn bản',
  'đề án', 'dự án', 'kế hoạch', 'chương trình', 'chiến lược', 'quy hoạch', 'báo cáo',
  'quy chế', 'quy định', 'quy trình', 'hướng dẫn', 'tiêu chuẩn', 'quy chuẩn', 'danh mục', 'bộ chỉ số', 'khung',
  'hệ thống', 'cơ sở dữ liệu', 'csdl', 'phần mềm', 'nền tảng', 'ứng dụng', 'kiến trúc', 'công cụ', 'trung tâm',
].map(foldVietnamese);

const DELIVERABLE_PATTERN = new RegExp(`(^|[^a-z0-9])(${DELIVERABLES.join('|')})(?![a-z0-9])`);

/** "Các bộ, ngành, địa phương", "UBND các tỉnh": a plural lead names no one who can decide. */
const GROUP_LEAD_PATTERN = /(^|\s)(cac|moi|tat ca|toan bo)\s/;

/** Content shorter than this says too little to be a task ("Triển khai" alone). */
const MIN_CONTENT_WORDS = 4;

const REASONS: Record<SixClearPoint, (task: SixClearInput) => string> = {
  who: () => 'chưa có cơ quan chủ trì',
  what: (task) => (task.content.trim() ? 'nội dung quá ngắn, chưa nói làm việc gì' : 'chưa có nội dung'),
  when: () => 'chưa có thời hạn hoàn thành',
  responsibility: () => 'không có cơ quan chịu trách nhiệm chính',
  authority: (task) => `"${task.leadName ?? ''}" là một nhóm cơ quan, chưa rõ cơ quan nào có thẩm quyền quyết định`,
  output: () => 'chưa nêu sản phẩm đầu ra (văn bản, đề án, hệ thống, cơ sở dữ liệu...)',
};

export type SixClearInput = Pick<Task, 'leadAgencyId' | 'leadName' | 'content' | 'output' | 'deadline'>;

/** Which of the six points the task leaves unclear, with a message for the staff. */
export function checkSixClear(task: SixClearInput): SixClearCheck {
  const missing = new Set<SixClearPoint>();
  const lead = task.leadName?.trim() ?? '';
  if (task.leadAgencyId == null && !lead) {
    missing.add('who');
    missing.add('responsibility');
  }
  if (lead && GROUP_LEAD_PATTERN.test(foldVietnamese(lead))) missing.add('authority');
  if (task.content.trim().split(/\s+/).filter(Boolean).length < MIN_CONTENT_WORDS) missing.add('what');
  if (task.deadline.kind === 'none' || (task.deadline.kind !== 'recurring' && task.deadline.due == null)) missing.add('when');
  if (!task.output?.trim() && !DELIVERABLE_PATTERN.test(foldVietnamese(task.content))) missing.add('output');

  const ordered = ORDER.filter((point) => missing.has(point));
  const message =
    ordered.length === 0
      ? 'Nhiệm vụ đã đủ 6 rõ.'
      : `Chưa đủ 6 rõ: ${ordered.map((point) => `chưa ${SIX_CLEAR_LABELS[point]} (${REASONS[point](task)})`).join('; ')}.`;
  return { missing: ordered, message };
}

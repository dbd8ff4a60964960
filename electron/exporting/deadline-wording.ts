/**
 * Deadlines as the conclusion notice words them ("hoàn thành trong tháng 8/2025",
 * "trong Quý I/2026", "trước ngày 15/01/2026", "nhiệm vụ thường xuyên") and as a
 * table cell shows them. The wording follows the kind of deadline and its due date,
 * the same table extraction.md reads deadlines with.
 */
import type { Deadline } from '../domain/model';
import { romanNumeral } from './document-model';
import { capitalised } from './figure-wording';

function parts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period a dated deadline names: "tháng 8/2025", "Quý I/2026", "6 tháng cuối năm 2025", "năm 2026". */
function period(deadline: Deadline & { due: string }): string | null {
  const { year, month, day } = parts(deadline.due);
  switch (deadline.kind) {
    case 'month':
      return `tháng ${month}/${year}`;
    case 'quarter':
      return `Quý ${romanNumeral(Math.ceil(month / 3))}/${year}`;
    case 'half':
      return `6 tháng ${month <= 6 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'year':
      return `năm ${year}`;
    case 'date':
      return `${pad(day)}/${pad(month)}/${year}`;
    default:
      return null;
  }
}

/** The clause that ends a task's sentence, with its leading comma; empty when there is no time at all. */
export function deadlineClause(deadline: Deadline): string {
  if (deadline.kind === 'recurring') return ', nhiệm vụ thường xuyên';
  if (deadline.due) {
    const named = period({ ...deadline, due: deadline.due });
    if (named) return deadline.kind === 'date' ? `, hoàn thành trước ngày ${named}` : `, hoàn thành trong ${named}`;
  }
  return deadline.text ? `, ${deadline.text.trim()}` : '';
}

/** The deadline inside a sentence: "tháng 8/2025", "Quý I/2026", "15/01/2026", "thường xuyên". */
export function deadlineText(deadline: Deadline): string {
  if (deadline.kind === 'recurring') return 'thường xuyên';
  const named = deadline.due ? period({ ...deadline, due: deadline.due }) : null;
  return named ?? (deadline.text?.trim() || 'chưa xác định');
}

/** The deadline in a table cell: "Tháng 8/2025", "Quý I/2026", "15/01/2026", "Thường xuyên". */
export function deadlineLabel(deadline: Deadline): string {
  return capitalised(deadlineText(deadline));
}

import type { AgencyKind } from '../domain/model';
import { formatNumberVi } from '../domain/vietnamese';

type Family = 'bộ, ngành' | 'địa phương' | 'cơ quan, đơn vị';

const FAMILY: Record<AgencyKind, Family | null> = {
  ministry: 'bộ, ngành',
  ministerial: 'bộ, ngành',
  government_agency: 'bộ, ngành',
  province: 'địa phương',
  // "Các bộ, ngành, địa phương" names no kind of its own: it does not decide the noun.
  group: null,
  enterprise: 'cơ quan, đơn vị',
  other: 'cơ quan, đơn vị',
};

/**
 * The sentence the briefing uses for overdue work, computed from the counts:
 * "còn 75 nhiệm vụ chậm tiến độ thuộc trách nhiệm của 9 bộ, ngành". The noun follows
 * the kinds of the responsible agencies (ministries, localities, or both); each
 * responsible lead counts once, a group lead included.
 */
export function overdueSummary(overdue: number, responsibleKinds: ReadonlyArray<AgencyKind | null>): string {
  if (overdue === 0) return 'không còn nhiệm vụ nào chậm tiến độ';
  const families = new Set(
    responsibleKinds.flatMap((kind) => {
      const family = kind === null ? 'cơ quan, đơn vị' : FAMILY[kind];
      return family ? [family] : [];
    }),
  );
  const noun =
    families.size === 1
      ? [...families][0]
      : families.size === 2 && families.has('bộ, ngành') && families.has('địa phương')
        ? 'bộ, ngành, địa phương'
        : 'cơ quan, đơn vị';
  return `còn ${formatNumberVi(overdue)} nhiệm vụ chậm tiến độ thuộc trách nhiệm của ${formatNumberVi(responsibleKinds.length)} ${noun}`;
}

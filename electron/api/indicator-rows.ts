import type { IndicatorComparison } from '../comparison/types';
import type { IndicatorRow } from './contract';

/** A comparison as a line of the indicator table (contract.ts says why a line is lean). */
export function indicatorRow(c: IndicatorComparison): IndicatorRow {
  const { actual } = c;
  return {
    indicatorId: c.indicatorId,
    indicatorName: c.indicatorName,
    groupName: c.groupName,
    unit: c.unit,
    scope: c.scope,
    scopeLabel: c.scopeLabel,
    kind: c.kind,
    valueUnit: c.valueUnit,
    targetValue: c.targetValue,
    targetValueMax: c.targetValueMax,
    attainment: c.attainment,
    gap: c.gap,
    gapUnit: c.gapUnit,
    rating: c.rating,
    ratingLabel: c.ratingLabel,
    ratingReason: c.ratingReason,
    actual: actual && { kind: actual.kind, value: actual.value, valueMax: actual.valueMax, of: actual.of, period: actual.period, asOf: actual.asOf },
    targetDueDate: c.target?.dueDate ?? null,
  };
}

/** Pure readings of a QuotaRisk for the table and charts (no React, so tests import them directly). */
import type { QuotaRisk } from '../../results/types.ts';
import type { RiskLevel } from '../store/types.ts';

/** P(breach by the last month): the last entry of the cumulative breach probabilities. */
export function breachByEnd(q: QuotaRisk): number {
  return q.breachProbabilityByMonth[q.breachProbabilityByMonth.length - 1] ?? 0;
}

/** Headroom as a fraction of the limit at the chosen level (negative when the peak is past the limit). */
export function headroomFraction(q: QuotaRisk, riskLevel: RiskLevel): number {
  const peak = riskLevel === 'likely' ? q.peakP50 : q.peakP95;
  return q.limit > 0 ? (q.limit - peak) / q.limit : 0;
}

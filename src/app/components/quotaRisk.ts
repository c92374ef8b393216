/** Pure readings of a QuotaRisk for the table and charts (no React, so tests import them directly). */
import type { QuotaRisk } from '../../results/types.ts';
import type { RiskLevel } from '../store/types.ts';

/** P(breach by the last month): the last entry of the cumulative breach probabilities. */
export function breachByEnd(q: QuotaRisk): number {
  return q.breachProbabilityByMonth[q.breachProbabilityByMonth.length - 1] ?? 0;
}

/**
 * Headroom as a fraction of the limit at the chosen level (negative when the peak is past the limit).
 * Where the limit changes (an amendment, a renewal) each month is measured against its own limit and
 * the tightest month counts: 1 − the peak's share of the limit in force.
 */
export function headroomFraction(q: QuotaRisk, riskLevel: RiskLevel): number {
  const share = riskLevel === 'likely' ? q.peakShareOfLimitP50 : q.peakShareOfLimitP95;
  if (q.limitByMonth && share !== undefined) return 1 - share;
  const peak = riskLevel === 'likely' ? q.peakP50 : q.peakP95;
  return q.limit > 0 ? (q.limit - peak) / q.limit : 0;
}

/** The limit in force in month m (the one limit when it never changes). */
export function limitAt(q: QuotaRisk, month: number): number {
  return q.limitByMonth?.[month] ?? q.limit;
}

/** The limits in force in the order they apply, each once per stretch: [54, 72] over a renewal. */
export function limitsInForce(q: QuotaRisk): number[] {
  const out: number[] = [];
  for (const l of q.limitByMonth ?? [q.limit]) if (out.at(-1) !== l) out.push(l);
  return out;
}

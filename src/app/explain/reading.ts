/**
 * The risk level as a reading of the bands: 'likely' reads the median (P50), 'cautious' the
 * unfavourable tail (P95 of what is bad when high — demand, cost — and P5 of what is bad when low —
 * headroom, VMs that still fit). Every headline, breach month, headroom and cost figure goes
 * through here, so the switch changes them all the same way.
 */
import type { Band, QuotaRisk } from '../../results/types.ts';
import type { RiskLevel } from '../store/types.ts';

/** Which band is read: likely → p50; cautious → p95 (bad when high) or p5 (bad when low). */
export function readingPercentile(risk: RiskLevel, badWhen: 'high' | 'low' = 'high'): 'p5' | 'p50' | 'p95' {
  if (risk === 'likely') return 'p50';
  return badWhen === 'high' ? 'p95' : 'p5';
}

/** The band's value at `month` for the reading (undefined when the month is out of range). */
export function readBand(
  band: Pick<Band, 'p5' | 'p50' | 'p95'>,
  month: number,
  risk: RiskLevel,
  badWhen: 'high' | 'low' = 'high',
): number | undefined {
  return band[readingPercentile(risk, badWhen)][month];
}

/**
 * Cumulative breach probability that marks the breach month of a reading: likely = the median
 * first-breach month (P(breached by m) ≥ 50%), cautious = the month by which 5% of runs have
 * breached (the early tail: 95% of runs breach later or never).
 */
export const BREACH_THRESHOLD: Record<RiskLevel, number> = { likely: 0.5, cautious: 0.05 };

/** The first month whose P(breached by then) reaches the reading's threshold, or null (not by the end). */
export function breachMonthAt(
  q: Pick<QuotaRisk, 'breachProbabilityByMonth'>,
  risk: RiskLevel,
): number | null {
  const threshold = BREACH_THRESHOLD[risk];
  const m = q.breachProbabilityByMonth.findIndex((p) => p >= threshold);
  return m < 0 ? null : m;
}

/** The p-th percentile name the peak of a quota is read at. */
export function peakAt(q: Pick<QuotaRisk, 'peakP50' | 'peakP95'>, risk: RiskLevel): number {
  return risk === 'likely' ? q.peakP50 : q.peakP95;
}

/**
 * The figures of the risk header, read from a run summary without React (tests import them):
 * per quota the time to exhaustion at both readings, the breach probability and how much to add to
 * keep it under 5 %; VM placement refusals as a risk of their own; spend against the contract.
 *
 * "Time to exhaustion" is the first-breach month read like every other first-breach month
 * (explain/reading.ts): P50 = the month by which half of the runs have breached; P95 = the month by
 * which 5 % have (95 % of runs last longer). "To stay under 5 %": a run breaches when its largest
 * excess over the limit in force (in the months that count) is above zero, so raising every month's
 * limit by the P95 of those excesses (quotaRisk.excessP95), rounded up to the quota's step, leaves at
 * most 5 % of the runs over it. With one limit over the term that is the P95 peak minus the limit.
 */
import type { RefusalSummary } from '../../../results/refusals.ts';
import type { CostSummary, QuotaKey, QuotaRisk, RunSummary } from '../../../results/types.ts';
import { breachByEnd, limitsInForce } from '../../components/quotaRisk.ts';
import { BREACH_THRESHOLD, breachMonthAt } from '../../explain/reading.ts';
import type { RiskLevel } from '../../store/types.ts';

/** The breach probability a planner tolerates: "stay under 5 %". */
export const TOLERATED_BREACH = 0.05;

/** The step a quota is bought in: whole vCPU, GB, VMs, Mbit/s and messages; tenths of a TB. */
export const QUOTA_STEP: Record<QuotaKey, number> = {
  vcpu: 1,
  ramGb: 1,
  vmCount: 1,
  diskTb: 0.1,
  storageTb: 0.1,
  egressMbps: 1,
  serverToServerMbps: 1,
  smsPerYear: 1,
  dbNodes: 0.01,
};

/** Rounds up to a multiple of `step`, without float dust (0.1 × 609 = 60.900000000000006). */
export function ceilToStep(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const n = Math.ceil(Number((value / step).toFixed(9)));
  return Number((n * step).toFixed(decimals));
}

export interface QuotaRiskLine {
  quota: QuotaKey;
  limit: number;
  /** The limits in force over the horizon, in order (one where the quota never changes: 54 → 72 TB). */
  limits: number[];
  /** P(breached by the end of the term). */
  breachProbability: number;
  /** Month index of exhaustion at each reading, or null when fewer runs than its threshold breach. */
  exhaustionLikely: number | null;
  exhaustionCautious: number | null;
  /** The (first) limit plus the addition: what the quota would read at the term's start. */
  limitForTolerance: number;
  /** How much to add to the limit in force for the breach probability to be 5 % or less (0: it is). */
  addForTolerance: number;
}

export function quotaRiskLine(q: QuotaRisk): QuotaRiskLine {
  const step = QUOTA_STEP[q.quota];
  const add = q.excessP95 > 0 ? ceilToStep(q.excessP95, step) : 0;
  const limitForTolerance = Number((q.limit + add).toFixed(6));
  return {
    quota: q.quota,
    limit: q.limit,
    limits: limitsInForce(q),
    breachProbability: breachByEnd(q),
    exhaustionLikely: breachMonthAt(q, 'likely'),
    exhaustionCautious: breachMonthAt(q, 'cautious'),
    limitForTolerance,
    addForTolerance: add,
  };
}

/** Every quota's line, riskiest first (then in the contract's order). */
export function quotaRiskLines(summary: Pick<RunSummary, 'quotas'>): QuotaRiskLine[] {
  return summary.quotas
    .map((q, i) => ({ line: quotaRiskLine(q), i }))
    .sort((a, b) => b.line.breachProbability - a.line.breachProbability || a.i - b.i)
    .map(({ line }) => line);
}

export interface PlacementRisk {
  runs: number;
  runsWithRefusal: number;
  /** Share of runs in which at least one VM was refused. */
  share: number;
  /** P(first refusal by month m), m = 0..months−1. */
  byMonth: number[];
  /** The first-refusal month at each reading (same thresholds as a breach), or null. */
  firstLikely: number | null;
  firstCautious: number | null;
  /** The month the first refusal falls in most often. */
  mostLikely: number | null;
}

/** VM placement refusals read as a quota's breach: the share of runs, and when the first one comes. */
export function placementRisk(refusals: RefusalSummary | undefined, months: number): PlacementRisk | null {
  if (!refusals || refusals.replications === 0) return null;
  const byMonth: number[] = [];
  let cumulative = 0;
  for (let m = 0; m < months; m++) {
    cumulative += refusals.firstMonthHistogram[m] ?? 0;
    byMonth.push(cumulative / refusals.replications);
  }
  const at = (risk: RiskLevel) => {
    const i = byMonth.findIndex((p) => p >= BREACH_THRESHOLD[risk]);
    return i < 0 ? null : i;
  };
  return {
    runs: refusals.replications,
    runsWithRefusal: refusals.runsWithRefusal,
    share: refusals.runsWithRefusal / refusals.replications,
    byMonth,
    firstLikely: at('likely'),
    firstCautious: at('cautious'),
    mostLikely: refusals.mostLikelyMonth,
  };
}

export interface SpendReading {
  /** Total spend at the reading (P50 or P95), as a money string. */
  amount: string;
  contract: string;
  /** Spend ÷ contract total (display only; the money itself stays exact). */
  shareOfContract: number;
  exceedProbability: number;
}

export function spendReading(
  cost: CostSummary | undefined,
  contractTotal: string,
  risk: RiskLevel,
): SpendReading | null {
  if (!cost) return null;
  const amount = risk === 'likely' ? cost.total.p50 : cost.total.p95;
  const contract = Number(contractTotal);
  return {
    amount,
    contract: contractTotal,
    shareOfContract: contract > 0 ? Number(amount) / contract : 0,
    exceedProbability: cost.exceedProbability,
  };
}

/** A quota or placement at risk: breach (or refusal) probability over the tolerance. */
export function atRisk(p: number): boolean {
  return p > TOLERATED_BREACH;
}

/**
 * The comparison's answer, first: which option to take. An option "holds" when, for every quota,
 * the breach probability's upper 95 % bound is at most the tolerance (default 5 %) and so is the
 * probability of a refused VM placement — it cannot be shown to break more often than tolerated.
 * The verdict names the cheapest option that holds (by contract price); when none holds, the options
 * with the fewest quotas at risk, cheapest first, and what puts each option at risk.
 */
import { Money } from '../contract/money.ts';
import type { ComparisonSheet, OptionColumn } from './optionComparison.ts';
import type { QuotaKey } from './types.ts';

export const DEFAULT_TOLERANCE = 0.05;

export interface OptionRisk {
  id: string;
  /** Quotas whose breach probability's upper bound exceeds the tolerance, worst first. */
  atRisk: QuotaKey[];
  /** Quotas breached in at least half of the replications (likely breached). */
  likelyBreached: QuotaKey[];
  refusalAtRisk: boolean;
  holds: boolean;
}

export interface ComparisonVerdict {
  tolerance: number;
  /** The option to take: the cheapest that holds, or (none holds) the cheapest with the fewest at risk. */
  choice: string;
  reason: 'cheapest-that-holds' | 'fewest-at-risk';
  /** The option with the lowest contract price (may be the choice). */
  cheapest: string;
  risks: OptionRisk[];
}

function riskOf(option: OptionColumn, tolerance: number): OptionRisk {
  const atRisk = option.quotas
    .filter((q) => q.breach.high > tolerance)
    .sort((a, b) => b.breach.estimate - a.breach.estimate || b.breach.high - a.breach.high)
    .map((q) => q.quota);
  const refusalAtRisk = option.placementRefusal.high > tolerance;
  return {
    id: option.id,
    atRisk,
    likelyBreached: option.quotas.filter((q) => q.breach.estimate >= 0.5).map((q) => q.quota),
    refusalAtRisk,
    holds: atRisk.length === 0 && !refusalAtRisk,
  };
}

function byPrice(a: OptionColumn, b: OptionColumn): number {
  return new Money(a.contractPriceCny).comparedTo(b.contractPriceCny);
}

export function comparisonVerdict(sheet: ComparisonSheet, tolerance = DEFAULT_TOLERANCE): ComparisonVerdict {
  const risks = sheet.options.map((o) => riskOf(o, tolerance));
  const riskById = new Map(risks.map((r) => [r.id, r]));
  const cheapestFirst = [...sheet.options].sort(byPrice);
  const holding = cheapestFirst.filter((o) => riskById.get(o.id)?.holds);
  if (holding.length > 0) {
    return {
      tolerance,
      choice: holding[0].id,
      reason: 'cheapest-that-holds',
      cheapest: cheapestFirst[0].id,
      risks,
    };
  }
  const count = (o: OptionColumn) => {
    const r = riskById.get(o.id)!;
    return r.atRisk.length + (r.refusalAtRisk ? 1 : 0);
  };
  const fewest = [...cheapestFirst].sort((a, b) => count(a) - count(b))[0];
  return { tolerance, choice: fewest.id, reason: 'fewest-at-risk', cheapest: cheapestFirst[0].id, risks };
}

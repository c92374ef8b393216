import type { MoneyString } from '../contract/money.ts';
import { moneyStats } from './moneyStats.ts';
import type { CostSummary, MoneyBand, ReplicationCost } from './types.ts';

function moneyBand(perReplication: readonly MoneyString[][], length: number): MoneyBand {
  const band: MoneyBand = { p5: [], p50: [], p95: [], mean: [] };
  for (let i = 0; i < length; i++) {
    const s = moneyStats(perReplication.map((row) => row[i]));
    band.p5.push(s.p5);
    band.p50.push(s.p50);
    band.p95.push(s.p95);
    band.mean.push(s.mean);
  }
  return band;
}

/** Bands of the replications' money, in replication order (the caller passes them sorted). */
export function summarizeCosts(costs: readonly ReplicationCost[]): CostSummary | undefined {
  if (costs.length === 0) return undefined;
  const months = costs[0].monthlyGrossCny.length;
  const installments = costs[0].installments.length;
  const pick = (key: 'grossCny' | 'vatCny' | 'discountCny') =>
    moneyBand(
      costs.map((c) => c.installments.map((i) => i[key])),
      installments,
    );
  const exceeded = costs.filter((c) => c.monthContractTotalExceeded !== null).length;
  return {
    monthlyGross: moneyBand(
      costs.map((c) => c.monthlyGrossCny),
      months,
    ),
    cumulative: moneyBand(
      costs.map((c) => c.cumulativeCny),
      months,
    ),
    installments: { gross: pick('grossCny'), vat: pick('vatCny'), discount: pick('discountCny') },
    total: moneyStats(costs.map((c) => c.totalInclVatCny)),
    exceedProbability: exceeded / costs.length,
  };
}

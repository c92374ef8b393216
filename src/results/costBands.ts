import { Money, moneyString } from '../contract/money.ts';
import type { CellBank } from './cellBank.ts';
import { cumulativelyRoundedMeans, fenStats, fenToMoneyString, type MoneyStats } from './moneyStats.ts';
import { MONEY_GROUPS } from './partial.ts';
import type { CostSummary, MoneyBand } from './types.ts';

const RANKS = [0.05, 0.5, 0.95] as const;

/**
 * Money across replications, from a run's cells (whole fen). Means are exact: the cells' sums are
 * exact integers, divided once in decimal.js and rounded half-up to the fen; the monthly bills after
 * discount are rounded cumulatively, so their means add up to the total's mean to the fen. The
 * total's statistics are exact nearest-rank amounts and mean from the per-replication totals the run
 * keeps. Monthly, cumulative and installment percentiles come from the cells' sketches: nearest rank,
 * exact whenever the rank is an extreme of its bucket or the bucket holds at most two distinct
 * amounts, otherwise within RELATIVE_ACCURACY (2^−10) of the amount at that rank, rounded to the fen.
 */
export function summarizeCost(
  bank: CellBank,
  totals: Float64Array,
  settled: number,
  exceeded: number,
): CostSummary | undefined {
  if (settled === 0) return undefined;
  const stats = (cell: number): MoneyStats => {
    const [p5, p50, p95] = bank.nearestRank(cell, RANKS).map((v) => fenToMoneyString(Math.round(v)));
    return { p5, p50, p95, mean: meanOf(bank, cell) };
  };
  const band = (group: string): MoneyBand => {
    const out: MoneyBand = { p5: [], p50: [], p95: [], mean: [] };
    const found = bank.find(group);
    if (!found) return out;
    for (let i = 0; i < found.width; i++) {
      const s = stats(found.offset + i);
      out.p5.push(s.p5);
      out.p50.push(s.p50);
      out.p95.push(s.p95);
      out.mean.push(s.mean);
    }
    return out;
  };
  const after = band(MONEY_GROUPS.monthlyGrossAfterDiscount);
  const afterCells = bank.find(MONEY_GROUPS.monthlyGrossAfterDiscount);
  if (afterCells) {
    after.mean = cumulativelyRoundedMeans(
      Array.from(
        { length: afterCells.width },
        (_, i) => new Money(bank.integerSum(afterCells.offset + i).toString()),
      ),
      settled,
    );
  }
  return {
    monthlyGrossBeforeDiscount: band(MONEY_GROUPS.monthlyGrossBeforeDiscount),
    monthlyFaultDiscount: band(MONEY_GROUPS.monthlyFaultDiscount),
    monthlyGrossAfterDiscount: after,
    cumulative: band(MONEY_GROUPS.cumulative),
    installments: {
      gross: band(MONEY_GROUPS.gross),
      vat: band(MONEY_GROUPS.vat),
      discount: band(MONEY_GROUPS.discount),
    },
    total: fenStats(totals),
    exceedProbability: exceeded / settled,
    ...termTotals(bank, stats),
  };
}

/** Per contract term (a scenario with renewals), that term's spend: absent for a one-term scenario. */
function termTotals(bank: CellBank, stats: (cell: number) => MoneyStats): Pick<CostSummary, 'terms'> {
  const cells = bank.find(MONEY_GROUPS.termTotals);
  if (!cells || cells.width === 0) return {};
  return { terms: Array.from({ length: cells.width }, (_, k) => ({ total: stats(cells.offset + k) })) };
}

/** The exact mean of a cell of whole fen, rounded half-up to the fen. */
function meanOf(bank: CellBank, cell: number): string {
  const n = bank.count(cell);
  if (n === 0) return '0.00';
  return moneyString(new Money(bank.integerSum(cell).toString()).dividedBy(n * 100));
}

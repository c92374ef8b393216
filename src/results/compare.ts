import { Money, type MoneyString, moneyString } from '../contract/money.ts';

/**
 * Paired comparison of two scenarios run with common random numbers (same seed, same named streams,
 * same replication indices): differences are taken replication by replication, so the noise both
 * runs share cancels and a small real difference is not lost in it. Intervals are 95%, normal
 * approximation on the paired differences (n ≥ 30 in practice).
 */
export interface PairedMoneyDelta {
  meanCny: MoneyString;
  lowCny: MoneyString;
  highCny: MoneyString;
  /** Share of replications in which B costs more than A. */
  shareBHigher: number;
}

export interface PairedRateDelta {
  rateA: number;
  rateB: number;
  /** rateB − rateA and its 95% interval from the paired indicator differences. */
  delta: number;
  low: number;
  high: number;
}

const Z95 = 1.959963984540054;

export function pairedMoneyDelta(a: readonly MoneyString[], b: readonly MoneyString[]): PairedMoneyDelta {
  if (a.length !== b.length || a.length === 0)
    throw new Error('paired comparison needs equal, non-empty samples');
  const diffs = a.map((x, i) => new Money(b[i]).minus(x));
  const n = diffs.length;
  let sum = new Money(0);
  for (const d of diffs) sum = sum.plus(d);
  const mean = sum.dividedBy(n);
  let ss = new Money(0);
  for (const d of diffs) ss = ss.plus(d.minus(mean).pow(2));
  const sd = n > 1 ? ss.dividedBy(n - 1).sqrt() : new Money(0);
  const half = sd.dividedBy(Math.sqrt(n)).times(Z95);
  return {
    meanCny: moneyString(mean),
    lowCny: moneyString(mean.minus(half)),
    highCny: moneyString(mean.plus(half)),
    shareBHigher: diffs.filter((d) => d.greaterThan(0)).length / n,
  };
}

export function pairedRateDelta(a: readonly boolean[], b: readonly boolean[]): PairedRateDelta {
  if (a.length !== b.length || a.length === 0)
    throw new Error('paired comparison needs equal, non-empty samples');
  const n = a.length;
  const diffs = a.map((x, i) => Number(b[i]) - Number(x));
  const mean = diffs.reduce((s, d) => s + d, 0) / n;
  const variance = n > 1 ? diffs.reduce((s, d) => s + (d - mean) ** 2, 0) / (n - 1) : 0;
  const half = Z95 * Math.sqrt(variance / n);
  return {
    rateA: a.filter(Boolean).length / n,
    rateB: b.filter(Boolean).length / n,
    delta: mean,
    low: mean - half,
    high: mean + half,
  };
}

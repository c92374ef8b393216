import { Money, type MoneyString, moneyString } from '../contract/money.ts';
import { studentTQuantile } from './betaFunctions.ts';

/**
 * Paired differences between two options run with common random numbers (same seed, same named
 * streams, same replication indices): the difference is taken replication by replication, so the
 * noise both runs share cancels and a small real difference is not lost in it. This is the ONE kind
 * of difference the comparison reports: the mean over replications of (option − reference), with a
 * two-sided 95 % Student-t interval on the n paired differences (df = n − 1). Proportions use
 * Newcombe's paired interval instead (src/results/proportions.ts).
 */
export interface PairedMoneyDifference {
  /** Mean of (option − reference) over the replications, and its 95 % interval, yuan to the fen. */
  meanCny: MoneyString;
  lowCny: MoneyString;
  highCny: MoneyString;
  n: number;
  /** Share of replications in which the option costs more than the reference. */
  shareOptionHigher: number;
}

export interface PairedNumberDifference {
  mean: number;
  low: number;
  high: number;
  n: number;
}

/** Two-sided t multiplier for the interval of a mean of n values (0 when n < 2: no spread known). */
function tMultiplier(n: number, confidence: number): number {
  return n < 2 ? 0 : studentTQuantile(1 - (1 - confidence) / 2, n - 1);
}

function checkPaired(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length || a.length === 0)
    throw new Error('paired comparison needs equal, non-empty samples');
}

/** Mean paired difference option − reference of money amounts, computed exactly in decimals. */
export function pairedMoneyDifference(
  reference: readonly MoneyString[],
  option: readonly MoneyString[],
  confidence = 0.95,
): PairedMoneyDifference {
  checkPaired(reference, option);
  const n = reference.length;
  const diffs = reference.map((a, i) => new Money(option[i]).minus(a));
  let sum = new Money(0);
  for (const d of diffs) sum = sum.plus(d);
  const mean = sum.dividedBy(n);
  let squares = new Money(0);
  for (const d of diffs) squares = squares.plus(d.minus(mean).pow(2));
  const sd = n > 1 ? squares.dividedBy(n - 1).sqrt() : new Money(0);
  const half = sd.dividedBy(new Money(n).sqrt()).times(tMultiplier(n, confidence));
  return {
    meanCny: moneyString(mean),
    lowCny: moneyString(mean.minus(half)),
    highCny: moneyString(mean.plus(half)),
    n,
    shareOptionHigher: diffs.filter((d) => d.greaterThan(0)).length / n,
  };
}

/** Mean paired difference option − reference of plain numbers (e.g. availability), t interval. */
export function pairedNumberDifference(
  reference: ArrayLike<number>,
  option: ArrayLike<number>,
  confidence = 0.95,
): PairedNumberDifference {
  checkPaired(Array.from(reference), Array.from(option));
  const n = reference.length;
  let mean = 0;
  // Welford: stable for values that differ little (availabilities near 1).
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const d = option[i] - reference[i];
    const delta = d - mean;
    mean += delta / (i + 1);
    m2 += delta * (d - mean);
  }
  const half = n > 1 ? tMultiplier(n, confidence) * Math.sqrt(m2 / (n - 1) / n) : 0;
  return { mean, low: mean - half, high: mean + half, n };
}

import { Money, type MoneyString, moneyString } from '../contract/money.ts';
import { nearestRanksInPlace } from './select.ts';

/**
 * Statistics of money across replications, exact: percentiles are nearest-rank (the amount one
 * replication really had, no interpolation between fen) and the mean is the exact decimal mean
 * rounded half-up to the fen. Amounts are ranked and summed as whole fen, which are integers: a
 * double holds every integer below 2^53 (¥90 trillion) exactly, so while n × the largest |amount|
 * stays below that, the sum is exact; beyond it the sum is taken in Decimals. The one division (and
 * every amount that leaves) goes through decimal.js; no amount is ever a fraction in a float.
 */
export interface MoneyStats {
  p5: MoneyString;
  p50: MoneyString;
  p95: MoneyString;
  mean: MoneyString;
}

const MONEY = /^(-?)(\d+)\.(\d{2})$/;
const RANKS = [0.05, 0.5, 0.95] as const;

/** "1234.56" → 123456 (whole fen). Throws on anything that is not a two-decimal money string. */
export function toWholeFen(amount: MoneyString): number {
  const m = MONEY.exec(amount);
  if (!m) throw new Error(`not a money string: "${amount}"`);
  const fen = Number(m[2]) * 100 + Number(m[3]);
  if (!Number.isSafeInteger(fen)) throw new Error(`money beyond ¥90 trillion: "${amount}"`);
  return m[1] ? -fen : fen;
}

/** Whole fen → "yuan.fen", through decimal.js. */
export function fenToMoneyString(fen: number): MoneyString {
  return moneyString(new Money(fen).dividedBy(100));
}

/** The exact sum of whole-fen amounts (integers), as a Decimal of fen. */
export function sumFen(fen: ArrayLike<number>): Money {
  let largest = 0;
  for (let i = 0; i < fen.length; i++) largest = Math.max(largest, Math.abs(fen[i]));
  if (largest * fen.length <= Number.MAX_SAFE_INTEGER) {
    let sum = 0;
    for (let i = 0; i < fen.length; i++) sum += fen[i];
    return new Money(sum);
  }
  let sum = new Money(0);
  for (let i = 0; i < fen.length; i++) sum = sum.plus(fen[i]);
  return sum;
}

/**
 * Stats of whole-fen amounts; `scratch` (length ≥ fen.length) is reordered, `fen` is not. Returns
 * zeros for no amounts.
 */
export function fenStats(fen: ArrayLike<number>, scratch?: Float64Array): MoneyStats {
  const n = fen.length;
  if (n === 0) return { p5: '0.00', p50: '0.00', p95: '0.00', mean: '0.00' };
  const work = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  for (let i = 0; i < n; i++) work[i] = fen[i];
  const [p5, p50, p95] = nearestRanksInPlace(work, RANKS, []);
  return {
    p5: fenToMoneyString(p5),
    p50: fenToMoneyString(p50),
    p95: fenToMoneyString(p95),
    mean: moneyString(sumFen(fen).dividedBy(n * 100)),
  };
}

/**
 * Means of several columns of whole-fen amounts over the same n replications, from each column's
 * exact sum (sumFen), rounded so that they add up: the k-th is round(Σ sums ≤ k ÷ n) − round(Σ sums
 * < k ÷ n), half up. Each is within a fen of its own exact mean, and together they add up to the
 * exact mean of the row sums, rounded — e.g. the months' mean bills add up to the mean total.
 */
export function cumulativelyRoundedMeans(columnSums: readonly Money[], n: number): MoneyString[] {
  if (n <= 0) return columnSums.map(() => '0.00');
  const out: MoneyString[] = [];
  let cumulative = new Money(0);
  let previous = new Money(0);
  for (const sum of columnSums) {
    cumulative = cumulative.plus(sum);
    const rounded = cumulative.dividedBy(n).toDecimalPlaces(0, Money.ROUND_HALF_UP);
    out.push(moneyString(rounded.minus(previous).dividedBy(100)));
    previous = rounded;
  }
  return out;
}

export function moneyStats(amounts: readonly MoneyString[]): MoneyStats {
  return fenStats(amounts.map(toWholeFen));
}

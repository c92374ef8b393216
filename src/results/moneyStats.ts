import { Money, type MoneyString, moneyString } from '../contract/money.ts';

/**
 * Statistics of money across replications, exact: percentiles are nearest-rank (the amount one
 * replication really had, no interpolation between fen) and the mean is the exact decimal mean
 * rounded half-up to the fen. Ranking compares whole fen as integers (exact below 2^53 fen, i.e.
 * ¥90 trillion), which is much faster than comparing Decimals; no amount is computed in floats.
 */
export interface MoneyStats {
  p5: MoneyString;
  p50: MoneyString;
  p95: MoneyString;
  mean: MoneyString;
}

const MONEY = /^(-?)(\d+)\.(\d{2})$/;

/** "1234.56" → 123456 (whole fen). Throws on anything that is not a two-decimal money string. */
export function toWholeFen(amount: MoneyString): number {
  const m = MONEY.exec(amount);
  if (!m) throw new Error(`not a money string: "${amount}"`);
  const fen = Number(m[2]) * 100 + Number(m[3]);
  return m[1] ? -fen : fen;
}

function nearestRankIndex(n: number, p: number): number {
  return Math.max(1, Math.ceil(p * n)) - 1;
}

export function moneyStats(amounts: readonly MoneyString[]): MoneyStats {
  if (amounts.length === 0) return { p5: '0.00', p50: '0.00', p95: '0.00', mean: '0.00' };
  const order = amounts.map((_, i) => i);
  const fen = amounts.map(toWholeFen);
  order.sort((a, b) => fen[a] - fen[b] || a - b);
  let sum = new Money(0);
  for (const a of amounts) sum = sum.plus(a);
  const pick = (p: number) => moneyString(new Money(amounts[order[nearestRankIndex(amounts.length, p)]]));
  return {
    p5: pick(0.05),
    p50: pick(0.5),
    p95: pick(0.95),
    mean: moneyString(sum.dividedBy(amounts.length)),
  };
}

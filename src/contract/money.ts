import DecimalBase from 'decimal.js';

/**
 * The project's one configured decimal constructor. Money is never a float: amounts are Decimals
 * inside the contract floor and strings ("5767200.00") everywhere they cross a boundary
 * (worker messages, JSON, URLs), because a structured clone drops a Decimal's prototype.
 */
export const Money = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Money = InstanceType<typeof Money>;

/** A money amount as it travels: yuan with exactly two decimals, e.g. "961200.00". */
export type MoneyString = string;

export const ZERO = new Money(0);

/** Rounds to the fen (0.01 yuan), half up, as Chinese invoices do. */
export function toFen(amount: Money): Money {
  return amount.toDecimalPlaces(2, Money.ROUND_HALF_UP);
}

export function moneyString(amount: Money): MoneyString {
  return toFen(amount).toFixed(2);
}

export function sumMoney(amounts: readonly Money[]): Money {
  let total = ZERO;
  for (const a of amounts) total = total.plus(a);
  return total;
}

/**
 * Splits `total` into parts proportional to `weights`, each rounded to the fen, so that the parts add
 * up to round(total) exactly. Rounds the running cumulative sum rather than each part, which keeps
 * every part within one fen of its exact share and never lets rounding drift accumulate.
 */
export function allocateByWeight(total: Money, weights: readonly Money[]): Money[] {
  const weightSum = sumMoney(weights);
  if (weightSum.isZero()) throw new Error('allocateByWeight: weights sum to zero');
  const parts: Money[] = [];
  let cumulativeWeight = ZERO;
  let previousRounded = ZERO;
  for (const w of weights) {
    cumulativeWeight = cumulativeWeight.plus(w);
    const rounded = toFen(total.times(cumulativeWeight).dividedBy(weightSum));
    parts.push(rounded.minus(previousRounded));
    previousRounded = rounded;
  }
  return parts;
}

/** Splits a VAT-inclusive amount into its net and VAT parts; net + vat === gross to the fen. */
export function splitVat(gross: Money, vatRate: Money): { net: Money; vat: Money } {
  const net = toFen(gross.dividedBy(vatRate.plus(1)));
  return { net, vat: toFen(gross).minus(net) };
}

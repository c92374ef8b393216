import { type Money, toFen, ZERO } from './money.ts';
import { monthsBetween, parseYearMonth } from './termMonths.ts';

/** The months an installment settles: 0-based term months, inclusive; empty when first > last. */
export interface InstallmentPeriod {
  firstMonth: number;
  lastMonth: number;
}

/**
 * Splits a term into installment periods by due date: installment k settles the months after the
 * previous installment's up to and including its due month (clamped into the term); the last
 * installment settles whatever is left of the term. Two due dates in the same month leave the second
 * period empty. Throws on no due dates, a bad date, or due dates out of order.
 */
export function installmentPeriods(
  termStartDate: string,
  months: number,
  dueDates: readonly string[],
): InstallmentPeriod[] {
  if (dueDates.length === 0) throw new Error('installmentDueDates: expected at least one due date');
  const start = parseYearMonth(termStartDate);
  const periods: InstallmentPeriod[] = [];
  let previousLast = -1;
  let previousOffset = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < dueDates.length; k++) {
    const offset = monthsBetween(start, parseYearMonth(dueDates[k]));
    if (offset < previousOffset) {
      throw new Error(`installmentDueDates.${k}: "${dueDates[k]}" is before the previous due date`);
    }
    previousOffset = offset;
    const clamped = Math.min(Math.max(offset, 0), months - 1);
    const lastMonth = k === dueDates.length - 1 ? months - 1 : Math.max(clamped, previousLast);
    periods.push({ firstMonth: previousLast + 1, lastMonth });
    previousLast = lastMonth;
  }
  return periods;
}

/**
 * Splits the fen amount `total` over `weights[first..last]` in proportion, each part to the fen by
 * cumulative rounding, into `out[first..last]`; the parts add up to `total` exactly. Like
 * allocateByWeight but with one division per call rather than one per part (hot path): the factor
 * total/Σweights is rounded to 40 digits, an error far below half a fen, so the last cumulative part
 * still rounds to exactly `total`. All-zero weights give zero parts.
 */
export function spreadByWeight(
  total: Money,
  weights: readonly Money[],
  first: number,
  last: number,
  out: Money[],
): void {
  let weightSum = ZERO;
  for (let m = first; m <= last; m++) weightSum = weightSum.plus(weights[m]);
  if (weightSum.isZero()) {
    for (let m = first; m <= last; m++) out[m] = ZERO;
    return;
  }
  const factor = total.dividedBy(weightSum);
  let cumulativeWeight = ZERO;
  let previous = ZERO;
  for (let m = first; m <= last; m++) {
    cumulativeWeight = cumulativeWeight.plus(weights[m]);
    const rounded = m === last ? total : toFen(cumulativeWeight.times(factor));
    out[m] = rounded.minus(previous);
    previous = rounded;
  }
}

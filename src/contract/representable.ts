/**
 * The largest amount the planner can add up to the fen. Results rank and sum money as whole fen in
 * doubles (src/results/moneyStats.ts), which hold every integer below 2^53 exactly: 2^53 fen is about
 * ¥90 trillion. A replication whose bill reaches that — only a runaway input can make one: a city's
 * contract is millions — is refused with a message, never passed on to fail as an exception later.
 */
import type { SettlementCost } from './settlementTypes.ts';

/** ¥90,000,000,000,000.00: below 2^53 fen (¥90,071,992,547,409.91). */
export const MAX_REPRESENTABLE_CNY = '90000000000000.00';
const MAX_WHOLE_YUAN_DIGITS = 14;

/** True for a money string ('-12.34') whose size is at most MAX_REPRESENTABLE_CNY; false for anything else. */
export function isRepresentableMoney(amount: string): boolean {
  const match = /^-?(\d+)\.\d{2}$/.exec(amount);
  if (!match) return false; // 'NaN', 'Infinity', '1e+30': not money at all
  const whole = match[1].replace(/^0+(?=\d)/, '');
  if (whole.length !== MAX_WHOLE_YUAN_DIGITS) return whole.length < MAX_WHOLE_YUAN_DIGITS;
  return amount.replace('-', '') <= MAX_REPRESENTABLE_CNY;
}

export interface UnrepresentableMoney {
  /** The first month (0-based) whose amount is beyond the limit, or null when only a total is. */
  monthIndex: number | null;
  amount: string;
}

/** The first amount of a replication's cost that cannot be represented, or null when all can. */
export function unrepresentableMoney(cost: SettlementCost): UnrepresentableMoney | null {
  for (let m = 0; m < cost.cumulativeCny.length; m++) {
    for (const amount of [
      cost.monthlyGrossBeforeDiscountCny[m],
      cost.monthlyGrossAfterDiscountCny[m],
      cost.cumulativeCny[m],
    ]) {
      if (amount !== undefined && !isRepresentableMoney(amount)) return { monthIndex: m, amount };
    }
  }
  for (const i of cost.installments) {
    for (const amount of [i.grossCny, i.vatCny, i.discountCny]) {
      if (!isRepresentableMoney(amount)) return { monthIndex: null, amount };
    }
  }
  for (const amount of [cost.totalInclVatCny, cost.totalDiscountCny]) {
    if (!isRepresentableMoney(amount)) return { monthIndex: null, amount };
  }
  return null;
}

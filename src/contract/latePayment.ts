import { Money, toFen } from './money.ts';
import type { LatePaymentTerms } from './settlementTypes.ts';

/**
 * Clause 7.4: "甲方未按照本合同约定的期限支付合同款项的，从逾期的次日起计算违约金，每滞后1天收取未缴金额的
 * 【1‰】。违约金总额超过所欠金额的【6%】时，乙方有权解除本合同".
 *
 * Our reading:
 * - The penalty runs from the day after the due date: an installment paid `daysLate` days after its
 *   due date owes unpaid × dailyRate × daysLate (simple, not compounded), rounded half up to the fen.
 * - "违约金总额超过所欠金额的6%": the penalty accrued (not the overdue amount plus penalty) exceeds 6% of
 *   the amount owed. Each installment is its own debt with its own due date, so we judge it per
 *   installment: strictly more than 6% ⇔ more than 60 days late at 1‰. Arrears overlapping across two
 *   installments (a delay past the next due date) are not pooled; judging each alone already flags
 *   every case the pooled sum would (a pooled ratio above 6% needs some installment above 6%).
 * - A late payment changes neither the installment, its VAT nor the contract total: the penalty is a
 *   separate amount.
 */
export const LATE_PAYMENT_DEFAULTS: LatePaymentTerms = { dailyRate: '0.001', terminationShare: '0.06' };

/** The rates parsed once; throws, naming the field, on a rate that is not a number ≥ 0. */
export interface LatePaymentRates {
  dailyRate: Money;
  terminationShare: Money;
}

export function latePaymentRates(terms: LatePaymentTerms = LATE_PAYMENT_DEFAULTS): LatePaymentRates {
  const parse = (value: string, field: string) => {
    const rate = new Money(value);
    if (rate.isNaN() || rate.isNegative())
      throw new Error(`latePayment.${field}: expected a rate ≥ 0, got "${value}"`);
    return rate;
  };
  return {
    dailyRate: parse(terms.dailyRate, 'dailyRate'),
    terminationShare: parse(terms.terminationShare, 'terminationShare'),
  };
}

const DEFAULT_RATES = latePaymentRates();

/** Penalty in yuan, to the fen, on `unpaid` yuan paid `daysLate` whole days late (0 or more). */
export function latePaymentPenalty(unpaid: Money, daysLate: number, rates = DEFAULT_RATES): Money {
  checkDaysLate(daysLate);
  if (daysLate === 0) return new Money(0);
  return toFen(unpaid.times(rates.dailyRate).times(daysLate));
}

/**
 * True when the penalty accrued on `unpaid` after `daysLate` days is strictly above terminationShare
 * of `unpaid` (compared unrounded, so rounding a fen up never triggers it): at the defaults, from day 61.
 */
export function penaltyAllowsTermination(unpaid: Money, daysLate: number, rates = DEFAULT_RATES): boolean {
  checkDaysLate(daysLate);
  if (unpaid.isZero() || daysLate === 0) return false;
  const penalty = unpaid.times(rates.dailyRate).times(daysLate);
  return penalty.greaterThan(unpaid.times(rates.terminationShare));
}

function checkDaysLate(daysLate: number): void {
  if (!Number.isInteger(daysLate) || daysLate < 0) {
    throw new Error(`paymentDelaysDays: expected a whole number of days ≥ 0, got ${daysLate}`);
  }
}

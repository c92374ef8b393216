import { Money, toFen } from './money.ts';

/**
 * Clause 7.4: "甲方未按照本合同约定的期限支付合同款项的，从逾期的次日起计算违约金，每滞后1天收取未缴金额的
 * 【1‰】。违约金总额超过所欠金额的【6%】时，乙方有权解除本合同".
 *
 * Our reading:
 * - The penalty runs from the day after the due date: an installment paid `daysLate` days after its
 *   due date owes unpaid × 0.001 × daysLate (simple, not compounded), rounded half up to the fen.
 * - "违约金总额超过所欠金额的6%": the penalty accrued (not the overdue amount plus penalty) exceeds 6% of
 *   the amount owed. Each installment is its own debt with its own due date, so we judge it per
 *   installment: strictly more than 6% ⇔ more than 60 days late. Arrears overlapping across two
 *   installments (a delay past the next due date) are not summed; judging each alone already flags
 *   every case the sum would (a pooled ratio above 6% needs some installment above 6%).
 * - A late payment does not change the installment itself, its VAT or the contract total: the
 *   penalty is a separate amount.
 */
export const LATE_PAYMENT_DAILY_RATE = new Money('0.001');
export const TERMINATION_PENALTY_SHARE = new Money('0.06');

/** Penalty in yuan, to the fen, on `unpaid` yuan paid `daysLate` whole days late (0 or more). */
export function latePaymentPenalty(unpaid: Money, daysLate: number): Money {
  checkDaysLate(daysLate);
  if (daysLate === 0) return new Money(0);
  return toFen(unpaid.times(LATE_PAYMENT_DAILY_RATE).times(daysLate));
}

/**
 * True when the penalty accrued on `unpaid` after `daysLate` days is strictly above 6% of `unpaid`
 * (compared unrounded, so rounding a fen up never triggers it): from day 61 on.
 */
export function penaltyAllowsTermination(unpaid: Money, daysLate: number): boolean {
  checkDaysLate(daysLate);
  if (unpaid.isZero() || daysLate === 0) return false;
  const penalty = unpaid.times(LATE_PAYMENT_DAILY_RATE).times(daysLate);
  return penalty.greaterThan(unpaid.times(TERMINATION_PENALTY_SHARE));
}

function checkDaysLate(daysLate: number): void {
  if (!Number.isInteger(daysLate) || daysLate < 0) {
    throw new Error(`paymentDelaysDays: expected a whole number of days ≥ 0, got ${daysLate}`);
  }
}

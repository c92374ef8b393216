/**
 * An "as of" replication's money: what was paid replaces what the settlement priced, up to the last
 * month with a payment ("paid through"), and the months after keep the settlement of the carried
 * and forecast usage. So every replication agrees exactly on the money already spent, and the bands
 * spread only over what is still to come:
 * - monthly gross (before and after the fault discount alike: a paid amount has any discount in it):
 *   the amount paid in each month up to paid-through (blank = 0), the settlement after;
 * - cumulative spend: paid so far, then paid + the settlement's spend since paid-through;
 * - an installment whose whole period ends by paid-through is what was paid in its months (its
 *   discount, if any, is already in that amount), later installments as settled;
 * - the total, the discount total and the month the contract total is exceeded follow.
 * Exact to the fen (decimal.js); no amount is ever a float.
 */
import { installmentPeriods } from '../contract/installments.ts';
import { Money, moneyString, splitVat, ZERO } from '../contract/money.ts';
import type { SettlementCost, SettlementResult } from '../contract/settlementTypes.ts';
import { historyMonths } from '../scenario/actualsChecks.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface PaidHistory {
  /** Last term month with a payment (0-based), or −1 when nothing was paid in the term. */
  paidThrough: number;
  /** Sum of the payments up to paid-through, money string. */
  paidCny: string;
}

/** What was paid in the term, from a scenario's actuals (null without actuals or payments). */
export function paidHistoryOf(scenario: Scenario): PaidHistory | null {
  const paid = scenario.actuals?.paidCny;
  if (!paid) return null;
  const carried = historyMonths(scenario, scenario.actuals!.asOf);
  const upTo = paid.slice(0, carried);
  const paidThrough = upTo.findLastIndex((p) => p !== null);
  if (paidThrough < 0) return null;
  let total = ZERO;
  for (let m = 0; m <= paidThrough; m++) total = total.plus(upTo[m] ?? '0');
  return { paidThrough, paidCny: moneyString(total) };
}

/** The settlement line that stands for a paid month in an explained run: one line, the amount paid. */
export const PAID_LINE_ITEM_ID = 'paid-actual';

interface PaidPlan {
  through: number;
  paidByMonth: Money[];
  paidCumulative: Money[];
  paidTotal: Money;
  vatRate: Money;
  contractTotal: Money;
  paidInstallments: ({ grossCny: string; vatCny: string; discountCny: string } | null)[];
}

function planPaid(scenario: Scenario): PaidPlan | null {
  const history = paidHistoryOf(scenario);
  if (!history) return null;
  const paid = scenario.actuals!.paidCny!;
  const through = history.paidThrough;
  // The settlement's months and installments are the signed term's (settlementTermsOf).
  const months = scenario.term.months;
  const periods = installmentPeriods(scenario.term.startDate, months, scenario.contract.installmentDueDates);
  const vatRate = new Money(scenario.contract.vatRate);
  const contractTotal = new Money(scenario.contract.totalInclVatCny);
  const paidByMonth = Array.from({ length: through + 1 }, (_, m) => new Money(paid[m] ?? '0'));
  const paidCumulative: Money[] = [];
  let running = ZERO;
  for (const p of paidByMonth) {
    running = running.plus(p);
    paidCumulative.push(running);
  }
  const paidInstallments = periods.map((period) => {
    if (period.lastMonth > through || period.firstMonth > period.lastMonth) return null;
    let gross = ZERO;
    for (let m = period.firstMonth; m <= period.lastMonth; m++) gross = gross.plus(paidByMonth[m]);
    return {
      grossCny: moneyString(gross),
      vatCny: moneyString(splitVat(gross, vatRate).vat),
      discountCny: '0.00',
    };
  });
  return {
    through,
    paidByMonth,
    paidCumulative,
    paidTotal: running,
    vatRate,
    contractTotal,
    paidInstallments,
  };
}

/** Cumulative spend: paid up to paid-through, then paid + what the settlement spent since. */
function carriedCumulative(plan: PaidPlan, settledCumulative: readonly string[]) {
  const settledAtThrough = new Money(settledCumulative[plan.through]);
  const cumulative: string[] = [];
  let exceeded: number | null = null;
  for (let m = 0; m < settledCumulative.length; m++) {
    const spent =
      m <= plan.through
        ? plan.paidCumulative[m]
        : plan.paidTotal.plus(new Money(settledCumulative[m]).minus(settledAtThrough));
    cumulative.push(moneyString(spent));
    if (exceeded === null && spent.greaterThan(plan.contractTotal)) exceeded = m;
  }
  return { cumulative, exceeded };
}

/**
 * Prepares a scenario once; returns the function that puts what was paid into one replication's
 * cost (a new object), or null when nothing was paid in the term.
 */
export function createPaidCarrier(scenario: Scenario): ((cost: SettlementCost) => SettlementCost) | null {
  const plan = planPaid(scenario);
  if (!plan) return null;
  const { through, paidByMonth, paidInstallments } = plan;
  return (cost) => {
    const { cumulative, exceeded } = carriedCumulative(plan, cost.cumulativeCny);
    const installments = cost.installments.map((inst, k) => paidInstallments[k] ?? inst);
    let discount = ZERO;
    for (const inst of installments) discount = discount.plus(inst.discountCny);
    return {
      ...cost,
      // A paid amount is final: any fault discount is already in it, so before and after agree.
      monthlyGrossBeforeDiscountCny: cost.monthlyGrossBeforeDiscountCny.map((g, m) =>
        m <= through ? moneyString(paidByMonth[m]) : g,
      ),
      monthlyGrossAfterDiscountCny: cost.monthlyGrossAfterDiscountCny.map((g, m) =>
        m <= through ? moneyString(paidByMonth[m]) : g,
      ),
      cumulativeCny: cumulative,
      installments,
      totalInclVatCny: cumulative[cumulative.length - 1],
      totalDiscountCny: moneyString(discount),
      monthContractTotalExceeded: exceeded,
    };
  };
}

/**
 * The same for an explained run's full settlement: a paid month becomes one line, the amount paid
 * (item PAID_LINE_ITEM_ID), so its lines still add up to the month shown; a paid installment is what
 * was paid in its months; totals follow. Late-payment penalties of paid installments are dropped
 * (what was paid is final).
 */
export function createPaidSettlementCarrier(
  scenario: Scenario,
): ((settlement: SettlementResult) => SettlementResult) | null {
  const plan = planPaid(scenario);
  if (!plan) return null;
  const { through, paidByMonth, paidInstallments, vatRate } = plan;
  return (settlement) => {
    const { cumulative, exceeded } = carriedCumulative(plan, settlement.cumulativeByMonth);
    const monthsOut = settlement.months.map((month, m) => {
      if (m > through) return month;
      const amount = moneyString(paidByMonth[m]);
      const { net, vat } = splitVat(paidByMonth[m], vatRate);
      return {
        ...month,
        lines: [{ itemId: PAID_LINE_ITEM_ID, quantity: 1, unitPriceCny: amount, amountCny: amount }],
        grossBeforeDiscountCny: amount,
        discountCny: '0.00',
        grossAfterDiscountCny: amount,
        netCny: moneyString(net),
        vatCny: moneyString(vat),
      };
    });
    const installments = settlement.installments.map((inst, k) => {
      const paid = paidInstallments[k];
      if (!paid) return inst;
      const gross = new Money(paid.grossCny);
      return {
        ...inst,
        grossBeforeDiscountCny: paid.grossCny,
        discountRate: '0',
        discountCny: '0.00',
        discountVatCny: '0.00',
        grossCny: paid.grossCny,
        netCny: moneyString(gross.minus(paid.vatCny)),
        vatCny: paid.vatCny,
        latePenaltyCny: '0.00',
        daysLate: 0,
      };
    });
    const sum = (f: (i: (typeof installments)[number]) => string) =>
      moneyString(installments.reduce((s, i) => s.plus(f(i)), ZERO));
    const total = new Money(cumulative[cumulative.length - 1]);
    const totalVat = installments.reduce((s, i) => s.plus(i.vatCny), ZERO);
    return {
      ...settlement,
      months: monthsOut,
      installments,
      totalInclVatCny: moneyString(total),
      totalVatCny: moneyString(totalVat),
      totalNetCny: moneyString(total.minus(totalVat)),
      totalDiscountCny: sum((i) => i.discountCny),
      totalLatePenaltyCny: sum((i) => i.latePenaltyCny),
      cumulativeByMonth: cumulative,
      monthContractTotalExceeded: exceeded,
    };
  };
}

import { faultDiscountRate, worstAvailability } from './faultDiscount.ts';
import { installmentPeriods, spreadByWeight } from './installments.ts';
import { latePaymentPenalty, latePaymentRates, penaltyAllowsTermination } from './latePayment.ts';
import { allocateByWeight, Money, type MoneyString, splitVat, toFen, ZERO } from './money.ts';
import { priceCatalogForSettlement, settleMonthAmounts } from './settlementLines.ts';
import { findOverQuota } from './settlementQuota.ts';
import {
  FAULT_DISCOUNT_LINE_ID,
  type SettlementCost,
  type SettlementInput,
  type SettlementInstallment,
  type SettlementLine,
  type SettlementMonth,
  type SettlementOptions,
  type SettlementResult,
  type SettlementTerms,
  type SettlementUsage,
} from './settlementTypes.ts';
import { addMonths, formatYearMonth, parseYearMonth } from './termMonths.ts';

/**
 * Settlement per actual usage (据实结算): monthly lines → months → installments (less the fault
 * discount of clause 2.2.4) → term total, VAT split out, late-payment penalties (7.4), cumulative
 * spend against the contract total, and usage beyond a quota. Pure: Decimals inside, strings out.
 *
 * Invariants, each exact to the fen (test/contract/settlement*.test.ts checks them on random input):
 *  1. Σ catalog lines of a month = the month's gross before discount; with its fault-discount line,
 *     Σ lines = the month's gross after discount (its bill) (lines only when `includeLines`).
 *  2. Σ months' gross before discount of a period = the installment's gross before discount;
 *     before discount − discount = the installment's gross (what is invoiced and paid);
 *     Σ months' discount = the installment's discount; so Σ months' gross after discount = its gross.
 *  3. Σ installments' gross = total; Σ net = total net; Σ VAT = total VAT = splitVat(total).vat,
 *     spread over the installments by allocateByWeight (each within a fen of its share).
 *  4. net + VAT = gross for every month (after discount), installment and the total.
 *  5. Σ months' VAT of a period = the installment's VAT.
 *  6. The last cumulative spend = total = Σ months' gross after discount.
 * The discount is rounded half up on the period's fen amount; late penalties are separate amounts and
 * change neither the installments nor the total. Throws (naming the field) on malformed input.
 */
export type SettleReplication = (usage: SettlementUsage, options?: SettlementOptions) => SettlementResult;

/** Fen amounts out: every amount passed here is already to the fen (toFixed rounds half up anyway). */
const fen = (amount: Money): MoneyString => amount.toFixed(2);

/** The terms priced once (prices, periods, labels, rates), shared by the full and the cost paths. */
interface PreparedTerms {
  terms: SettlementTerms;
  months: number;
  vatRate: Money;
  priced: ReturnType<typeof priceCatalogForSettlement>;
  periods: ReturnType<typeof installmentPeriods>;
  labels: string[];
  contractTotal: Money;
  lateRates: ReturnType<typeof latePaymentRates>;
  delays: number[];
  discountRates: Map<string, Money>;
}

function prepareTerms(terms: SettlementTerms): PreparedTerms {
  const { months } = terms;
  if (!Number.isInteger(months) || months < 1)
    throw new Error(`months: expected a whole number ≥ 1, got ${months}`);
  const periods = installmentPeriods(terms.termStartDate, months, terms.installmentDueDates);
  const start = parseYearMonth(terms.termStartDate);
  const discountRates = new Map<string, Money>([['0', ZERO]]);
  terms.faultDiscountTable.forEach((row, i) => {
    const rate = new Money(row.discountRate);
    if (rate.isNaN() || rate.lessThan(0) || rate.greaterThan(1)) {
      throw new Error(`faultDiscountTable.${i}.discountRate: expected 0..1, got "${row.discountRate}"`);
    }
    discountRates.set(row.discountRate, rate);
  });
  return {
    terms,
    months,
    vatRate: new Money(terms.vatRate),
    priced: priceCatalogForSettlement(terms.catalog, months, terms),
    periods,
    labels: Array.from({ length: months }, (_, m) => formatYearMonth(addMonths(start, m))),
    contractTotal: new Money(terms.contractTotalInclVatCny),
    lateRates: latePaymentRates(terms.latePayment),
    delays: periods.map((_, k) => terms.paymentDelaysDays?.[k] ?? 0),
    discountRates,
  };
}

/** Months and installments of one replication: steps 1 and 2, common to both paths. */
interface SettledCore {
  /** Per month, gross before discount (Σ catalog lines), its discount share and its bill after. */
  monthGross: Money[];
  monthDiscount: Money[];
  monthAfter: Money[];
  lines: SettlementLine[][] | null;
  beforeDiscount: Money[];
  discounts: Money[];
  discountRateText: string[];
  grosses: Money[];
  vats: Money[];
  total: Money;
  totalDiscount: Money;
  totalVat: Money;
}

function settleCore(p: PreparedTerms, usage: SettlementUsage, includeLines: boolean): SettledCore {
  const { months, periods, terms, vatRate } = p;
  // 1. Months: exact lines, cumulatively rounded to the fen.
  const { monthGross, lines } = settleMonthAmounts(p.priced, usage.usageByItem, months, includeLines);

  // 2. Installments: period sums less the fault discount, the discount spread back over the
  //    period's months by gross; the term's VAT spread over the installments by gross (as the
  //    contract summary does).
  const n = periods.length;
  const beforeDiscount: Money[] = new Array(n);
  const discounts: Money[] = new Array(n);
  const discountRateText: string[] = new Array(n);
  const grosses: Money[] = new Array(n);
  const monthDiscount: Money[] = new Array(months).fill(ZERO);
  let monthAfter = monthGross;
  let total = ZERO;
  let totalDiscount = ZERO;
  for (let k = 0; k < n; k++) {
    const { firstMonth, lastMonth } = periods[k];
    let sum = ZERO;
    for (let m = firstMonth; m <= lastMonth; m++) sum = sum.plus(monthGross[m]);
    const worst = worstAvailability(usage.availabilityByMonth, firstMonth, lastMonth, terms.daysInForce);
    discountRateText[k] = faultDiscountRate(worst, terms.faultDiscountTable);
    const rate = p.discountRates.get(discountRateText[k]) ?? ZERO;
    const discount = rate.isZero() ? ZERO : toFen(sum.times(rate));
    beforeDiscount[k] = sum;
    discounts[k] = discount;
    grosses[k] = sum.minus(discount);
    total = total.plus(grosses[k]);
    if (!discount.isZero()) {
      totalDiscount = totalDiscount.plus(discount);
      spreadByWeight(discount, monthGross, firstMonth, lastMonth, monthDiscount);
      if (monthAfter === monthGross) monthAfter = monthGross.slice();
      for (let m = firstMonth; m <= lastMonth; m++) monthAfter[m] = monthGross[m].minus(monthDiscount[m]);
    }
  }
  const totalVat = splitVat(total, vatRate).vat;
  const vats = total.isZero() ? grosses.map(() => ZERO) : allocateByWeight(totalVat, grosses);
  if (lines) addDiscountLines(lines, monthGross, monthDiscount, periods, discountRateText);
  return {
    monthGross,
    monthDiscount,
    monthAfter,
    lines,
    beforeDiscount,
    discounts,
    discountRateText,
    grosses,
    vats,
    total,
    totalDiscount,
    totalVat,
  };
}

/**
 * Appends each discounted month's fault-discount line: quantity = the installment's rate, unit
 * price = −(the month's gross before discount), amount = −(its share of the discount, to the fen).
 */
function addDiscountLines(
  lines: SettlementLine[][],
  monthGross: readonly Money[],
  monthDiscount: readonly Money[],
  periods: ReturnType<typeof installmentPeriods>,
  discountRateText: readonly string[],
): void {
  periods.forEach(({ firstMonth, lastMonth }, k) => {
    for (let m = firstMonth; m <= lastMonth; m++) {
      if (monthDiscount[m].isZero()) continue;
      lines[m].push({
        itemId: FAULT_DISCOUNT_LINE_ID,
        quantity: Number(discountRateText[k]),
        unitPriceCny: monthGross[m].negated().toFixed(2),
        amountCny: fen(monthDiscount[m].negated()),
      });
    }
  });
}

/** Spend to the end of each month (Σ bills after discount) and the first month above the contract total. */
function cumulativeSpend(
  core: SettledCore,
  contractTotal: Money,
): { cumulativeByMonth: MoneyString[]; monthContractTotalExceeded: number | null } {
  const months = core.monthAfter.length;
  const cumulativeByMonth: MoneyString[] = new Array(months);
  let monthContractTotalExceeded: number | null = null;
  let cumulative = ZERO;
  for (let m = 0; m < months; m++) {
    cumulative = cumulative.plus(core.monthAfter[m]);
    cumulativeByMonth[m] = fen(cumulative);
    if (monthContractTotalExceeded === null && cumulative.greaterThan(contractTotal)) {
      monthContractTotalExceeded = m;
    }
  }
  return { cumulativeByMonth, monthContractTotalExceeded };
}

/**
 * Prepares a scenario's terms once (prices, periods, labels, rates) and returns the function that
 * settles one replication's usage in full (months with VAT, installments with penalties, quotas).
 * Throws on malformed terms.
 */
export function createSettlement(terms: SettlementTerms): SettleReplication {
  const p = prepareTerms(terms);
  const { months, periods, vatRate } = p;
  return (usage, options = {}) => {
    const core = settleCore(p, usage, options.includeLines ?? true);
    const { monthGross, monthAfter, lines, discounts, grosses, vats } = core;
    const n = periods.length;
    // The months carry their installment's VAT, spread by their bills after discount.
    const monthVat: Money[] = new Array(months);
    const installments: SettlementInstallment[] = new Array(n);
    let totalPenalty = ZERO;
    let providerMayTerminate = false;
    for (let k = 0; k < n; k++) {
      const { firstMonth, lastMonth } = periods[k];
      const gross = grosses[k];
      const vat = vats[k];
      const discountVat = discounts[k].isZero() ? ZERO : splitVat(discounts[k], vatRate).vat;
      spreadByWeight(vat, monthAfter, firstMonth, lastMonth, monthVat);

      const daysLate = p.delays[k];
      const penalty = latePaymentPenalty(gross, daysLate, p.lateRates);
      totalPenalty = totalPenalty.plus(penalty);
      if (penaltyAllowsTermination(gross, daysLate, p.lateRates)) providerMayTerminate = true;

      installments[k] = {
        number: k + 1,
        dueDate: terms.installmentDueDates[k],
        firstMonth,
        lastMonth,
        grossBeforeDiscountCny: fen(core.beforeDiscount[k]),
        discountRate: core.discountRateText[k],
        discountCny: fen(discounts[k]),
        discountVatCny: fen(discountVat),
        grossCny: fen(gross),
        netCny: fen(gross.minus(vat)),
        vatCny: fen(vat),
        latePenaltyCny: fen(penalty),
        daysLate,
      };
    }

    // 3. Months out, with cumulative spend.
    const monthsOut: SettlementMonth[] = new Array(months);
    for (let m = 0; m < months; m++) {
      const after = monthAfter[m];
      monthsOut[m] = {
        month: m,
        label: p.labels[m],
        lines: lines ? lines[m] : [],
        grossBeforeDiscountCny: fen(monthGross[m]),
        discountCny: fen(core.monthDiscount[m]),
        grossAfterDiscountCny: fen(after),
        netCny: fen(after.minus(monthVat[m])),
        vatCny: fen(monthVat[m]),
      };
    }
    const { cumulativeByMonth, monthContractTotalExceeded } = cumulativeSpend(core, p.contractTotal);

    // 4. Totals and quotas.
    return {
      months: monthsOut,
      installments,
      totalInclVatCny: fen(core.total),
      totalNetCny: fen(core.total.minus(core.totalVat)),
      totalVatCny: fen(core.totalVat),
      totalDiscountCny: fen(core.totalDiscount),
      totalLatePenaltyCny: fen(totalPenalty),
      cumulativeByMonth,
      monthContractTotalExceeded,
      overQuota: findOverQuota(terms.catalog.items, usage.usageByItem, terms.quotas, months, terms),
      providerMayTerminate,
    };
  };
}

/**
 * The Monte Carlo runner's path: the same months, installments and cumulative spend as
 * createSettlement (the same code computes them), without what only a full settlement shows —
 * months' VAT and net, lines, penalties, quotas — which a replication's cost does not keep.
 */
export function createCostSettlement(terms: SettlementTerms): (usage: SettlementUsage) => SettlementCost {
  const p = prepareTerms(terms);
  return (usage) => {
    const core = settleCore(p, usage, false);
    const { cumulativeByMonth, monthContractTotalExceeded } = cumulativeSpend(core, p.contractTotal);
    const before = core.monthGross.map(fen);
    return {
      monthlyGrossBeforeDiscountCny: before,
      monthlyGrossAfterDiscountCny: core.monthAfter === core.monthGross ? before : core.monthAfter.map(fen),
      cumulativeCny: cumulativeByMonth,
      installments: core.grosses.map((gross, k) => ({
        grossCny: fen(gross),
        vatCny: fen(core.vats[k]),
        discountCny: fen(core.discounts[k]),
      })),
      totalInclVatCny: fen(core.total),
      totalDiscountCny: fen(core.totalDiscount),
      monthContractTotalExceeded,
    };
  };
}

/** Settles one input in one call: `createSettlement(input)(input, options)`. */
export function settle(input: SettlementInput, options: SettlementOptions = {}): SettlementResult {
  return createSettlement(input)(input, options);
}

import { faultDiscountRate, worstAvailability } from './faultDiscount.ts';
import { installmentPeriods, spreadByWeight, vatOfIncrement } from './installments.ts';
import { latePaymentPenalty, latePaymentRates, penaltyAllowsTermination } from './latePayment.ts';
import { Money, type MoneyString, splitVat, toFen, ZERO } from './money.ts';
import { priceCatalogForSettlement, settleMonthAmounts } from './settlementLines.ts';
import { findOverQuota } from './settlementQuota.ts';
import type {
  SettlementInput,
  SettlementInstallment,
  SettlementMonth,
  SettlementOptions,
  SettlementResult,
  SettlementTerms,
  SettlementUsage,
} from './settlementTypes.ts';
import { addMonths, formatYearMonth, parseYearMonth } from './termMonths.ts';

/**
 * Settlement per actual usage (据实结算): monthly lines → months → installments (less the fault
 * discount of clause 2.2.4) → term total, VAT split out, late-payment penalties (7.4), cumulative
 * spend against the contract total, and usage beyond a quota. Pure: Decimals inside, strings out.
 *
 * Invariants, each exact to the fen (test/contract/settlement*.test.ts checks them on random input):
 *  1. Σ lines of a month = the month's gross (lines only when `includeLines`).
 *  2. Σ months' gross of a period = the installment's gross before discount;
 *     before discount − discount = the installment's gross (what is invoiced and paid).
 *  3. Σ installments' gross = total; Σ net = total net; Σ VAT = total VAT = splitVat(total).vat.
 *  4. net + VAT = gross for every month, installment and the total.
 *  5. Σ months' VAT of a period = the installment's VAT + the discount's VAT share.
 *  6. The last cumulative spend = total.
 * The discount is rounded half up on the period's fen amount; late penalties are separate amounts and
 * change neither the installments nor the total. Throws (naming the field) on malformed input.
 */
export type SettleReplication = (usage: SettlementUsage, options?: SettlementOptions) => SettlementResult;

/** Fen amounts out: every amount passed here is already to the fen (toFixed rounds half up anyway). */
const fen = (amount: Money): MoneyString => amount.toFixed(2);

/**
 * Prepares a scenario's terms once (prices, periods, labels, rates) and returns the function that
 * settles one replication's usage: the Monte Carlo runner's path. Throws on malformed terms.
 */
export function createSettlement(terms: SettlementTerms): SettleReplication {
  const { months } = terms;
  if (!Number.isInteger(months) || months < 1)
    throw new Error(`months: expected a whole number ≥ 1, got ${months}`);
  const vatRate = new Money(terms.vatRate);
  const priced = priceCatalogForSettlement(terms.catalog, months, terms.priceChanges);
  const periods = installmentPeriods(terms.termStartDate, months, terms.installmentDueDates);
  const start = parseYearMonth(terms.termStartDate);
  const labels = Array.from({ length: months }, (_, m) => formatYearMonth(addMonths(start, m)));
  const contractTotal = new Money(terms.contractTotalInclVatCny);
  const lateRates = latePaymentRates(terms.latePayment);
  const delays = periods.map((_, k) => terms.paymentDelaysDays?.[k] ?? 0);
  const discountRates = new Map<string, Money>([['0', ZERO]]);
  terms.faultDiscountTable.forEach((row, i) => {
    const rate = new Money(row.discountRate);
    if (rate.isNaN() || rate.lessThan(0) || rate.greaterThan(1)) {
      throw new Error(`faultDiscountTable.${i}.discountRate: expected 0..1, got "${row.discountRate}"`);
    }
    discountRates.set(row.discountRate, rate);
  });

  return (usage, options = {}) => {
    // 1. Months: exact lines, cumulatively rounded to the fen.
    const { monthGross, lines } = settleMonthAmounts(
      priced,
      usage.usageByItem,
      months,
      options.includeLines ?? true,
    );

    // 2. Installments: period sums, fault discount, VAT by increments of the running total, penalties.
    const monthVat: Money[] = new Array(months);
    const discountByLastMonth: (Money | undefined)[] = new Array(months);
    const installments: SettlementInstallment[] = new Array(periods.length);
    let runningGross = ZERO;
    let totalDiscount = ZERO;
    let totalPenalty = ZERO;
    let providerMayTerminate = false;
    for (let k = 0; k < periods.length; k++) {
      const { firstMonth, lastMonth } = periods[k];
      let beforeDiscount = ZERO;
      for (let m = firstMonth; m <= lastMonth; m++) beforeDiscount = beforeDiscount.plus(monthGross[m]);
      const worst = worstAvailability(usage.availabilityByMonth, firstMonth, lastMonth);
      const discountRate = faultDiscountRate(worst, terms.faultDiscountTable);
      const rate = discountRates.get(discountRate) ?? ZERO;
      const discount = rate.isZero() ? ZERO : toFen(beforeDiscount.times(rate));
      const gross = beforeDiscount.minus(discount);
      const vat = vatOfIncrement(runningGross, runningGross.plus(gross), vatRate);
      const discountVat = discount.isZero() ? ZERO : splitVat(discount, vatRate).vat;
      runningGross = runningGross.plus(gross);
      if (!discount.isZero()) {
        totalDiscount = totalDiscount.plus(discount);
        discountByLastMonth[lastMonth] = discount;
      }
      // The months carry the VAT of the amount before discount: the invoice's VAT plus the discount's.
      spreadByWeight(vat.plus(discountVat), monthGross, firstMonth, lastMonth, monthVat);

      const daysLate = delays[k];
      const penalty = latePaymentPenalty(gross, daysLate, lateRates);
      totalPenalty = totalPenalty.plus(penalty);
      if (penaltyAllowsTermination(gross, daysLate, lateRates)) providerMayTerminate = true;

      installments[k] = {
        number: k + 1,
        dueDate: terms.installmentDueDates[k],
        firstMonth,
        lastMonth,
        grossBeforeDiscountCny: fen(beforeDiscount),
        discountRate,
        discountCny: fen(discount),
        discountVatCny: fen(discountVat),
        grossCny: fen(gross),
        netCny: fen(gross.minus(vat)),
        vatCny: fen(vat),
        latePenaltyCny: fen(penalty),
        daysLate,
      };
    }

    // 3. Months out, with cumulative spend (a discount counts from its period's last month).
    const monthsOut: SettlementMonth[] = new Array(months);
    const cumulativeByMonth: MoneyString[] = new Array(months);
    let monthContractTotalExceeded: number | null = null;
    let cumulative = ZERO;
    for (let m = 0; m < months; m++) {
      const gross = monthGross[m];
      monthsOut[m] = {
        month: m,
        label: labels[m],
        lines: lines ? lines[m] : [],
        grossCny: fen(gross),
        netCny: fen(gross.minus(monthVat[m])),
        vatCny: fen(monthVat[m]),
      };
      cumulative = cumulative.plus(gross);
      const discount = discountByLastMonth[m];
      if (discount !== undefined) cumulative = cumulative.minus(discount);
      cumulativeByMonth[m] = fen(cumulative);
      if (monthContractTotalExceeded === null && cumulative.greaterThan(contractTotal)) {
        monthContractTotalExceeded = m;
      }
    }

    // 4. Totals and quotas.
    const totalVat = splitVat(runningGross, vatRate).vat;
    return {
      months: monthsOut,
      installments,
      totalInclVatCny: fen(runningGross),
      totalNetCny: fen(runningGross.minus(totalVat)),
      totalVatCny: fen(totalVat),
      totalDiscountCny: fen(totalDiscount),
      totalLatePenaltyCny: fen(totalPenalty),
      cumulativeByMonth,
      monthContractTotalExceeded,
      overQuota: findOverQuota(terms.catalog.items, usage.usageByItem, terms.quotas, months),
      providerMayTerminate,
    };
  };
}

/** Settles one input in one call: `createSettlement(input)(input, options)`. */
export function settle(input: SettlementInput, options: SettlementOptions = {}): SettlementResult {
  return createSettlement(input)(input, options);
}

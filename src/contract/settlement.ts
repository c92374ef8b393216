import { faultDiscountRate, worstAvailability } from './faultDiscount.ts';
import { installmentPeriods, vatOfIncrement } from './installments.ts';
import { latePaymentPenalty, penaltyAllowsTermination } from './latePayment.ts';
import { allocateByWeight, Money, moneyString, splitVat, toFen, ZERO } from './money.ts';
import { priceCatalogForSettlement, settleMonthAmounts } from './settlementLines.ts';
import { findOverQuota } from './settlementQuota.ts';
import type {
  SettlementInput,
  SettlementInstallment,
  SettlementMonth,
  SettlementOptions,
  SettlementResult,
} from './settlementTypes.ts';
import { addMonths, formatYearMonth, parseYearMonth } from './termMonths.ts';

/**
 * Settles a term per actual usage (据实结算): monthly lines → months → installments (less the fault
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
export function settle(input: SettlementInput, options: SettlementOptions = {}): SettlementResult {
  const { months } = input;
  if (!Number.isInteger(months) || months < 1)
    throw new Error(`months: expected a whole number ≥ 1, got ${months}`);
  const vatRate = new Money(input.vatRate);

  // 1. Months: exact lines, cumulatively rounded to the fen.
  const priced = priceCatalogForSettlement(input.catalog, input.usageByItem, months, input.priceChanges);
  const { monthGross, lines } = settleMonthAmounts(priced, months, options.includeLines ?? true);

  // 2. Installments: period sums, fault discount, VAT by increments of the running total, penalties.
  const periods = installmentPeriods(input.termStartDate, months, input.installmentDueDates);
  const delays = input.paymentDelaysDays ?? [];
  const monthVat: Money[] = new Array(months);
  const discountByLastMonth: Money[] = new Array(months).fill(ZERO);
  const installments: SettlementInstallment[] = [];
  let runningGross = ZERO;
  let totalDiscount = ZERO;
  let totalPenalty = ZERO;
  let providerMayTerminate = false;
  periods.forEach(({ firstMonth, lastMonth }, k) => {
    let beforeDiscount = ZERO;
    for (let m = firstMonth; m <= lastMonth; m++) beforeDiscount = beforeDiscount.plus(monthGross[m]);
    const worst = worstAvailability(input.availabilityByMonth, firstMonth, lastMonth);
    const discountRate = faultDiscountRate(worst, input.faultDiscountTable);
    const rate = new Money(discountRate);
    if (rate.lessThan(0) || rate.greaterThan(1)) {
      throw new Error(`faultDiscountTable: discountRate must be within 0..1, got "${discountRate}"`);
    }
    const discount = toFen(beforeDiscount.times(rate));
    const gross = beforeDiscount.minus(discount);
    const vat = vatOfIncrement(runningGross, runningGross.plus(gross), vatRate);
    const discountVat = discount.isZero() ? ZERO : splitVat(discount, vatRate).vat;
    runningGross = runningGross.plus(gross);
    totalDiscount = totalDiscount.plus(discount);
    if (lastMonth >= firstMonth) discountByLastMonth[lastMonth] = discount;

    // The months carry the VAT of the amount before discount: the invoice's VAT plus the discount's.
    const periodVat = vat.plus(discountVat);
    const weights = monthGross.slice(firstMonth, lastMonth + 1);
    const shares = beforeDiscount.isZero() ? weights.map(() => ZERO) : allocateByWeight(periodVat, weights);
    shares.forEach((share, i) => {
      monthVat[firstMonth + i] = share;
    });

    const daysLate = delays[k] ?? 0;
    const penalty = latePaymentPenalty(gross, daysLate);
    totalPenalty = totalPenalty.plus(penalty);
    if (penaltyAllowsTermination(gross, daysLate)) providerMayTerminate = true;

    installments.push({
      number: k + 1,
      dueDate: input.installmentDueDates[k],
      firstMonth,
      lastMonth,
      grossBeforeDiscountCny: moneyString(beforeDiscount),
      discountRate,
      discountCny: moneyString(discount),
      discountVatCny: moneyString(discountVat),
      grossCny: moneyString(gross),
      netCny: moneyString(gross.minus(vat)),
      vatCny: moneyString(vat),
      latePenaltyCny: moneyString(penalty),
      daysLate,
    });
  });

  // 3. Months out, with cumulative spend (a discount counts from its period's last month).
  const start = parseYearMonth(input.termStartDate);
  const contractTotal = new Money(input.contractTotalInclVatCny);
  const monthsOut: SettlementMonth[] = new Array(months);
  const cumulativeByMonth: string[] = new Array(months);
  let monthContractTotalExceeded: number | null = null;
  let cumulative = ZERO;
  for (let m = 0; m < months; m++) {
    const gross = monthGross[m];
    monthsOut[m] = {
      month: m,
      label: formatYearMonth(addMonths(start, m)),
      lines: lines ? lines[m] : [],
      grossCny: moneyString(gross),
      netCny: moneyString(gross.minus(monthVat[m])),
      vatCny: moneyString(monthVat[m]),
    };
    cumulative = cumulative.plus(gross).minus(discountByLastMonth[m]);
    cumulativeByMonth[m] = moneyString(cumulative);
    if (monthContractTotalExceeded === null && cumulative.greaterThan(contractTotal))
      monthContractTotalExceeded = m;
  }

  // 4. Totals and quotas.
  const totalVat = splitVat(runningGross, vatRate).vat;
  return {
    months: monthsOut,
    installments,
    totalInclVatCny: moneyString(runningGross),
    totalNetCny: moneyString(runningGross.minus(totalVat)),
    totalVatCny: moneyString(totalVat),
    totalDiscountCny: moneyString(totalDiscount),
    totalLatePenaltyCny: moneyString(totalPenalty),
    cumulativeByMonth,
    monthContractTotalExceeded,
    overQuota: findOverQuota(input.catalog.items, input.usageByItem, input.quotas, months),
    providerMayTerminate,
  };
}

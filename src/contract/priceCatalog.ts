/**
 * Prices from the scenario's catalog: effective unit prices (list × calibration factor, never
 * rounded), the contracted resources' monthly lines, the contracted term's total and the calibration
 * factor that makes a catalog hit a contract total.
 *
 * Rounding rule (settlement uses the same): amounts stay unrounded Decimals until the end; a total
 * is rounded half up to the fen; when a total is split into months or lines, allocateByWeight
 * (cumulative rounding) makes the parts add up to it exactly.
 */

import type { Scenario } from '../scenario/schema.ts';
import type { PriceCatalog, PriceCatalogItem } from '../scenario/sections/priceCatalog.ts';
import { allocateByWeight, Money, type MoneyString, moneyString, sumMoney, toFen, ZERO } from './money.ts';

export type { PriceCatalog, PriceCatalogItem };

/** Decimals of a calibration factor: ≥ 12 keeps the 36-month total within a fen for totals < 10^9 yuan. */
export const CALIBRATION_DECIMALS = 12;

/** List price × factor (× a renewal price factor), unrounded, yuan per unit incl. VAT. */
export function effectiveUnitPrice(
  item: Pick<PriceCatalogItem, 'listPriceCny'>,
  factor: Money | string,
  priceChangeFactor: Money | string = '1',
): Money {
  return new Money(item.listPriceCny).times(factor).times(priceChangeFactor);
}

/** Quantity billed in one month at the contracted level: SMS per year ÷ 12, everything else as is. */
export function monthlyContractedQuantity(
  item: Pick<PriceCatalogItem, 'billingBasis' | 'contractedQuantity'>,
): Money {
  const q = new Money(item.contractedQuantity);
  return item.billingBasis === 'per-message' ? q.dividedBy(12) : q;
}

export interface ContractedLine {
  id: string;
  quantity: Money;
  unitPrice: Money;
  /** quantity × unitPrice, unrounded. */
  amount: Money;
}

/** One month of the contracted resources at the catalog's prices (× priceChangeFactor), unrounded. */
export function contractedMonthlyLines(
  catalog: PriceCatalog,
  priceChangeFactor: Money | string = '1',
): ContractedLine[] {
  return catalog.items.map((item) => {
    const quantity = monthlyContractedQuantity(item);
    const unitPrice = effectiveUnitPrice(item, catalog.calibrationFactor, priceChangeFactor);
    return { id: item.id, quantity, unitPrice, amount: quantity.times(unitPrice) };
  });
}

/** The monthly list total (before calibration) of the contracted resources. */
export function contractedMonthlyListTotal(catalog: PriceCatalog): Money {
  return sumMoney(catalog.items.map((item) => monthlyContractedQuantity(item).times(item.listPriceCny)));
}

/**
 * The factor (a decimal string with CALIBRATION_DECIMALS places) that makes the contracted resources
 * over `months` months come to `targetTotal` exactly once rounded to the fen. Throws when the
 * catalog's list total is zero (nothing to scale).
 */
export function calibrationFactorFor(
  catalog: PriceCatalog,
  targetTotal: MoneyString,
  months: number,
): string {
  const perTerm = contractedMonthlyListTotal(catalog).times(months);
  if (perTerm.isZero()) throw new Error('calibrationFactorFor: the catalog prices nothing');
  const target = new Money(targetTotal);
  let factor = target.dividedBy(perTerm).toDecimalPlaces(CALIBRATION_DECIMALS, Money.ROUND_HALF_UP);
  // The rounded factor can miss the fen only for totals beyond ~10^9 yuan; step one ulp toward it then.
  const ulp = new Money(10).pow(-CALIBRATION_DECIMALS);
  for (let i = 0; i < 1000; i++) {
    const total = toFen(perTerm.times(factor));
    if (total.equals(toFen(target))) break;
    factor = total.lessThan(target) ? factor.plus(ulp) : factor.minus(ulp);
  }
  return factor.toFixed(CALIBRATION_DECIMALS);
}

export interface PricedLine {
  id: string;
  /** Billed quantity in the item's unit (SMS: per-year quantity ÷ 12). */
  quantity: number;
  /** Effective unit price, unrounded decimal string. */
  unitPriceCny: string;
  amountCny: MoneyString;
}

export interface PricedMonth {
  /** 0-based month of the term. */
  month: number;
  lines: PricedLine[];
  totalCny: MoneyString;
}

export interface ContractedTermPrice {
  months: PricedMonth[];
  totalInclVatCny: MoneyString;
}

type PricingInput = Pick<Scenario, 'term' | 'timeline'> & {
  contract: Pick<Scenario['contract'], 'priceCatalog'>;
};

/** The renewal price factor in force in each month: the latest price-change event on or before it. */
export function priceFactorsByMonth(input: Pick<Scenario, 'term' | 'timeline'>): string[] {
  const [y0, m0] = input.term.startDate.split('-').map(Number);
  const changes = input.timeline
    .filter((e) => e.kind === 'price-change')
    .map((e) => {
      const [y, m] = e.date.split('-').map(Number);
      return { month: (y - y0) * 12 + (m - m0), factor: e.factor };
    })
    .sort((a, b) => a.month - b.month);
  return Array.from({ length: input.term.months }, (_, month) => {
    let factor = '1';
    for (const c of changes) if (c.month <= month) factor = c.factor;
    return factor;
  });
}

/** Splits `total` by `weights`, or all zeros when the weights sum to zero. */
function split(total: Money, weights: Money[]): Money[] {
  return sumMoney(weights).isZero() ? weights.map(() => ZERO) : allocateByWeight(total, weights);
}

/**
 * The contracted resources priced over the whole term (renewal price changes applied): the total
 * rounded to the fen, split into months and each month into lines so every part adds up exactly.
 */
export function priceContractedTerm(scenario: PricingInput): ContractedTermPrice {
  const catalog = scenario.contract.priceCatalog;
  const factors = priceFactorsByMonth(scenario);
  const monthLines = factors.map((f) => contractedMonthlyLines(catalog, f));
  const monthAmounts = monthLines.map((lines) => sumMoney(lines.map((l) => l.amount)));
  const total = toFen(sumMoney(monthAmounts));
  const monthTotals = split(total, monthAmounts);
  const months = monthLines.map((lines, month) => {
    const lineTotals = split(
      monthTotals[month],
      lines.map((l) => l.amount),
    );
    return {
      month,
      lines: lines.map((l, i) => ({
        id: l.id,
        quantity: l.quantity.toNumber(),
        unitPriceCny: l.unitPrice.toFixed(),
        amountCny: moneyString(lineTotals[i]),
      })),
      totalCny: moneyString(monthTotals[month]),
    };
  });
  return { months, totalInclVatCny: moneyString(total) };
}

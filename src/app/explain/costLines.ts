/**
 * How a money figure was computed, from the explained replication's own settlement (the median or
 * P95 run by total cost): per catalog item quantity × unit price, the exact product and the amount
 * rounded to the fen, the fault discount of clause 2.2.4 with the table row that applied, VAT, and
 * the check that the lines add up to the figure shown. Decimal arithmetic only; strings out.
 */
import { Money } from '../../contract/money.ts';
import {
  FAULT_DISCOUNT_LINE_ID,
  type SettlementLine,
  type SettlementMonth,
} from '../../contract/settlementTypes.ts';
import type { ExplainedReplication } from '../../results/types.ts';
import type { Scenario } from '../../scenario/schema.ts';

export interface ExplainedLine {
  itemId: string;
  labelZh: string;
  labelEn: string;
  unit: string;
  /** Billed quantity (summed over the months of a period), as a plain decimal string. */
  quantity: string;
  /** The effective unit price, or null when it changed within the period (a renewal price change). */
  unitPriceCny: string | null;
  /** Σ quantity × unit price, unrounded (4 decimals shown). */
  exactCny: string;
  /** Σ of the months' amounts as billed, to the fen. */
  amountCny: string;
}

export interface LinesExplanation {
  lines: ExplainedLine[];
  /** Σ of the lines' amounts, Σ of their exact products and the difference (rounding to the fen). */
  linesSumCny: string;
  exactSumCny: string;
  roundingCny: string;
}

export interface InstallmentExplanation extends LinesExplanation {
  number: number;
  dueDate: string;
  firstMonth: number;
  lastMonth: number;
  /** The period's months, each at its gross before discount (its catalog lines). */
  months: { month: number; label: string; grossBeforeDiscountCny: string }[];
  grossBeforeDiscountCny: string;
  /** Worst monthly service availability of the period (null when the run did not carry it). */
  worstAvailability: number | null;
  /** The fault-discount table's row that applied: its threshold and rate. */
  discountRow: { minAvailability: number; discountRate: string } | null;
  discountRate: string;
  discountCny: string;
  grossCny: string;
  netCny: string;
  vatCny: string;
  vatRate: string;
  /** Σ lines = before discount; before − discount = gross; net + VAT = gross. */
  checks: { linesEqualBefore: boolean; discountArithmetic: boolean; vatSplit: boolean };
}

const fen = (m: Money) => m.toFixed(2);
const quantityText = (m: Money) => m.toDecimalPlaces(4).toString();

/** How the fault-discount line of a month reads (it is no catalog item). */
const DISCOUNT_LINE = {
  labelZh: '故障扣减（合同第2.2.4条：本期分摊）',
  labelEn: 'Fault discount (clause 2.2.4, this month’s share)',
  unit: '',
};

/**
 * Groups settlement lines of one or more months by catalog item, in catalog order, then the
 * fault-discount line (negative) unless `withDiscount` is false (an installment explains its
 * discount on its own).
 */
export function explainLines(
  months: readonly SettlementMonth[],
  scenario: Scenario,
  withDiscount = true,
): LinesExplanation {
  const byItem = new Map<string, SettlementLine[]>();
  for (const month of months) {
    for (const line of month.lines) {
      if (!withDiscount && line.itemId === FAULT_DISCOUNT_LINE_ID) continue;
      const list = byItem.get(line.itemId) ?? [];
      list.push(line);
      byItem.set(line.itemId, list);
    }
  }
  const catalog = scenario.contract.priceCatalog.items;
  const order = [
    ...catalog.map((i) => i.id),
    ...[...byItem.keys()].filter((id) => !catalog.some((i) => i.id === id)),
  ];
  let linesSum = new Money(0);
  let exactSum = new Money(0);
  const lines: ExplainedLine[] = [];
  for (const id of order) {
    const list = byItem.get(id);
    if (!list) continue;
    const item = catalog.find((i) => i.id === id);
    const names = item ?? (id === FAULT_DISCOUNT_LINE_ID ? DISCOUNT_LINE : undefined);
    let quantity = new Money(0);
    let exact = new Money(0);
    let amount = new Money(0);
    for (const l of list) {
      quantity = quantity.plus(l.quantity);
      exact = exact.plus(new Money(l.quantity).times(l.unitPriceCny));
      amount = amount.plus(l.amountCny);
    }
    const prices = new Set(list.map((l) => l.unitPriceCny));
    linesSum = linesSum.plus(amount);
    exactSum = exactSum.plus(exact);
    lines.push({
      itemId: id,
      labelZh: names?.labelZh ?? id,
      labelEn: names?.labelEn ?? id,
      unit: names?.unit ?? '',
      quantity: quantityText(quantity),
      unitPriceCny: prices.size === 1 ? list[0].unitPriceCny : null,
      exactCny: exact.toFixed(4),
      amountCny: fen(amount),
    });
  }
  return {
    lines,
    linesSumCny: fen(linesSum),
    exactSumCny: exactSum.toFixed(4),
    roundingCny: linesSum.minus(exactSum).toFixed(4),
  };
}

/** The table row that gives `rate` for a period whose worst availability is `worst`. */
function discountRowFor(
  scenario: Scenario,
  rate: string,
  worst: number | null,
): { minAvailability: number; discountRate: string } | null {
  const rows = [...scenario.contract.faultDiscountTable].sort(
    (a, b) => b.minAvailability - a.minAvailability,
  );
  if (worst !== null) {
    const hit = rows.find((r) => worst >= r.minAvailability) ?? rows[rows.length - 1];
    if (hit && new Money(hit.discountRate).equals(new Money(rate))) return hit;
  }
  return rows.find((r) => new Money(r.discountRate).equals(new Money(rate))) ?? null;
}

export function explainInstallment(
  explained: ExplainedReplication,
  index: number,
  scenario: Scenario,
): InstallmentExplanation | null {
  const inst = explained.settlement.installments[index];
  if (!inst) return null;
  const months = explained.settlement.months.filter(
    (m) => m.month >= inst.firstMonth && m.month <= inst.lastMonth,
  );
  const lines = explainLines(months, scenario, false);
  const availability = explained.availabilityByMonth;
  let worst: number | null = null;
  if (availability && inst.firstMonth <= inst.lastMonth) {
    worst = Math.min(...availability.slice(inst.firstMonth, inst.lastMonth + 1));
  }
  const before = new Money(inst.grossBeforeDiscountCny);
  const discount = new Money(inst.discountCny);
  const gross = new Money(inst.grossCny);
  return {
    ...lines,
    number: inst.number,
    dueDate: inst.dueDate,
    firstMonth: inst.firstMonth,
    lastMonth: inst.lastMonth,
    months: months.map((m) => ({
      month: m.month,
      label: m.label,
      grossBeforeDiscountCny: m.grossBeforeDiscountCny,
    })),
    grossBeforeDiscountCny: inst.grossBeforeDiscountCny,
    worstAvailability: worst,
    discountRow: discountRowFor(scenario, inst.discountRate, worst),
    discountRate: inst.discountRate,
    discountCny: inst.discountCny,
    grossCny: inst.grossCny,
    netCny: inst.netCny,
    vatCny: inst.vatCny,
    vatRate: scenario.contract.vatRate,
    checks: {
      linesEqualBefore: new Money(lines.linesSumCny).equals(before),
      discountArithmetic: before.minus(discount).equals(gross),
      vatSplit: new Money(inst.netCny).plus(inst.vatCny).equals(gross),
    },
  };
}

/**
 * One month's bill: its own lines — the catalog items' and its share of the fault discount — which
 * add up to its gross after discount.
 */
export function explainMonth(explained: ExplainedReplication, month: number, scenario: Scenario) {
  const m = explained.settlement.months[month];
  if (!m) return null;
  const lines = explainLines([m], scenario);
  return {
    ...lines,
    month,
    label: m.label,
    grossBeforeDiscountCny: m.grossBeforeDiscountCny,
    discountCny: m.discountCny,
    grossAfterDiscountCny: m.grossAfterDiscountCny,
    netCny: m.netCny,
    vatCny: m.vatCny,
    sumsToBill: new Money(lines.linesSumCny).equals(new Money(m.grossAfterDiscountCny)),
  };
}

/** A rate string ("0.05") as a percentage string ("5%"), exactly. */
export function rateAsPercent(rate: string): string {
  return `${new Money(rate).times(100).toDecimalPlaces(4).toString()}%`;
}

/**
 * How a money figure was computed, from the explained replication's own settlement (the median or
 * P95 run by total cost): per catalog item quantity × unit price, the exact product and the amount
 * rounded to the fen, the fault discount of clause 2.2.4 with the table row that applied, VAT, and
 * the check that the lines add up to the figure shown. Decimal arithmetic only; strings out.
 */
import { Money } from '../../contract/money.ts';
import type { SettlementLine, SettlementMonth } from '../../contract/settlementTypes.ts';
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
  months: { month: number; label: string; grossCny: string }[];
  grossBeforeDiscountCny: string;
  /** Worst monthly DB availability of the period (null when the run did not carry it). */
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

/** Groups settlement lines of one or more months by catalog item, in catalog order. */
export function explainLines(months: readonly SettlementMonth[], scenario: Scenario): LinesExplanation {
  const byItem = new Map<string, SettlementLine[]>();
  for (const month of months) {
    for (const line of month.lines) {
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
      labelZh: item?.labelZh ?? id,
      labelEn: item?.labelEn ?? id,
      unit: item?.unit ?? '',
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
  const lines = explainLines(months, scenario);
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
    months: months.map((m) => ({ month: m.month, label: m.label, grossCny: m.grossCny })),
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

/** One month's amount: its own lines, which add up to its gross. */
export function explainMonth(explained: ExplainedReplication, month: number, scenario: Scenario) {
  const m = explained.settlement.months[month];
  if (!m) return null;
  const lines = explainLines([m], scenario);
  return {
    ...lines,
    month,
    label: m.label,
    grossCny: m.grossCny,
    netCny: m.netCny,
    vatCny: m.vatCny,
    sumsToGross: new Money(lines.linesSumCny).equals(new Money(m.grossCny)),
  };
}

/** A rate string ("0.05") as a percentage string ("5%"), exactly. */
export function rateAsPercent(rate: string): string {
  return `${new Money(rate).times(100).toDecimalPlaces(4).toString()}%`;
}

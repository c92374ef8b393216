import { expect } from 'vitest';
import { Money, splitVat } from '../../src/contract/money.ts';
import { FAULT_DISCOUNT_LINE_ID, type SettlementResult } from '../../src/contract/settlementTypes.ts';

const FEN_AMOUNT = /^-?\d+\.\d{2}$/;

function sum(values: readonly string[]): string {
  let total = new Money(0);
  for (const v of values) total = total.plus(v);
  return total.toFixed(2);
}

function plus(a: string, b: string): string {
  return new Money(a).plus(b).toFixed(2);
}

/**
 * Asserts every reconciliation invariant `settle` promises, to the fen, on a result:
 * lines → months → installments → total, net + VAT = gross at every level, the VAT total from the
 * gross total, the months' VAT against the installments', and the cumulative spend.
 */
export function expectReconciles(r: SettlementResult, vatRate: string): void {
  for (const m of r.months) {
    for (const s of [m.grossBeforeDiscountCny, m.discountCny, m.grossAfterDiscountCny, m.netCny, m.vatCny])
      expect(s).toMatch(FEN_AMOUNT);
    expect(plus(m.grossAfterDiscountCny, m.discountCny)).toBe(m.grossBeforeDiscountCny);
    expect(plus(m.netCny, m.vatCny)).toBe(m.grossAfterDiscountCny);
    if (m.lines.length > 0) {
      // Every line, the discount's included, adds up to the month's bill; the catalog lines to before.
      expect(sum(m.lines.map((l) => l.amountCny))).toBe(m.grossAfterDiscountCny);
      const catalog = m.lines.filter((l) => l.itemId !== FAULT_DISCOUNT_LINE_ID);
      expect(sum(catalog.map((l) => l.amountCny))).toBe(m.grossBeforeDiscountCny);
      expect(m.lines.length - catalog.length).toBe(m.discountCny === '0.00' ? 0 : 1);
    }
    for (const s of [m.discountCny, m.grossAfterDiscountCny, m.netCny, m.vatCny])
      expect(new Money(s).isNegative()).toBe(false);
  }
  let expectedFirst = 0;
  for (const inst of r.installments) {
    expect(inst.firstMonth).toBe(expectedFirst);
    expectedFirst = inst.lastMonth + 1;
    const months = r.months.slice(inst.firstMonth, inst.lastMonth + 1);
    expect(sum(months.map((m) => m.grossBeforeDiscountCny))).toBe(inst.grossBeforeDiscountCny);
    expect(sum(months.map((m) => m.discountCny))).toBe(inst.discountCny);
    expect(sum(months.map((m) => m.grossAfterDiscountCny))).toBe(inst.grossCny);
    expect(plus(inst.grossCny, inst.discountCny)).toBe(inst.grossBeforeDiscountCny);
    expect(plus(inst.netCny, inst.vatCny)).toBe(inst.grossCny);
    expect(sum(months.map((m) => m.vatCny))).toBe(inst.vatCny);
    for (const s of [inst.grossCny, inst.netCny, inst.vatCny, inst.discountCny, inst.latePenaltyCny]) {
      expect(s).toMatch(FEN_AMOUNT);
      expect(new Money(s).isNegative()).toBe(false);
    }
  }
  expect(expectedFirst).toBe(r.months.length);
  const i = r.installments;
  expect(sum(i.map((x) => x.grossCny))).toBe(r.totalInclVatCny);
  expect(sum(i.map((x) => x.netCny))).toBe(r.totalNetCny);
  expect(sum(i.map((x) => x.vatCny))).toBe(r.totalVatCny);
  expect(sum(i.map((x) => x.discountCny))).toBe(r.totalDiscountCny);
  expect(sum(i.map((x) => x.latePenaltyCny))).toBe(r.totalLatePenaltyCny);
  expect(plus(r.totalNetCny, r.totalVatCny)).toBe(r.totalInclVatCny);
  expect(r.totalVatCny).toBe(splitVat(new Money(r.totalInclVatCny), new Money(vatRate)).vat.toFixed(2));
  expect(sum(r.months.map((m) => m.grossBeforeDiscountCny))).toBe(
    plus(r.totalInclVatCny, r.totalDiscountCny),
  );
  expect(sum(r.months.map((m) => m.grossAfterDiscountCny))).toBe(r.totalInclVatCny);
  expect(r.cumulativeByMonth).toHaveLength(r.months.length);
  expect(r.cumulativeByMonth.at(-1)).toBe(r.totalInclVatCny);
  let cumulative = new Money(0);
  r.months.forEach((m, i) => {
    cumulative = cumulative.plus(m.grossAfterDiscountCny);
    expect(r.cumulativeByMonth[i]).toBe(cumulative.toFixed(2));
  });
}

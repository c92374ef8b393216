import { expect } from 'vitest';
import { Money, splitVat } from '../../src/contract/money.ts';
import type { SettlementResult } from '../../src/contract/settlementTypes.ts';

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
    for (const s of [m.grossCny, m.netCny, m.vatCny]) expect(s).toMatch(FEN_AMOUNT);
    expect(plus(m.netCny, m.vatCny)).toBe(m.grossCny);
    if (m.lines.length > 0) expect(sum(m.lines.map((l) => l.amountCny))).toBe(m.grossCny);
    expect(new Money(m.vatCny).isNegative()).toBe(false);
    expect(new Money(m.netCny).isNegative()).toBe(false);
  }
  let expectedFirst = 0;
  for (const inst of r.installments) {
    expect(inst.firstMonth).toBe(expectedFirst);
    expectedFirst = inst.lastMonth + 1;
    const months = r.months.slice(inst.firstMonth, inst.lastMonth + 1);
    expect(sum(months.map((m) => m.grossCny))).toBe(inst.grossBeforeDiscountCny);
    expect(plus(inst.grossCny, inst.discountCny)).toBe(inst.grossBeforeDiscountCny);
    expect(plus(inst.netCny, inst.vatCny)).toBe(inst.grossCny);
    expect(sum(months.map((m) => m.vatCny))).toBe(plus(inst.vatCny, inst.discountVatCny));
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
  expect(sum(r.months.map((m) => m.grossCny))).toBe(plus(r.totalInclVatCny, r.totalDiscountCny));
  expect(r.cumulativeByMonth).toHaveLength(r.months.length);
  expect(r.cumulativeByMonth.at(-1)).toBe(r.totalInclVatCny);
}

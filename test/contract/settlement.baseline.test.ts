import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/luohe-2023-baseline.json';
import { summarizeContract } from '../../src/contract/contractSummary.ts';
import { settle } from '../../src/contract/settlement.ts';
import { baselineInput } from './settlementFixtures.ts';
import { expectReconciles } from './settlementInvariants.ts';

describe('settle on a baseline where every item is billed at its contracted quantity', () => {
  const input = baselineInput();
  const r = settle(input);

  it('costs exactly the contract total, ¥160,200 a month, with the contract VAT', () => {
    expect(r.totalInclVatCny).toBe('5767200.00');
    expect(r.totalNetCny).toBe('5440754.72');
    expect(r.totalVatCny).toBe('326445.28');
    expect(r.months.map((m) => m.grossBeforeDiscountCny)).toEqual(new Array(36).fill('160200.00'));
  });

  it('pays six half-year installments of ¥961,200 on the contract dates, with no discount or penalty', () => {
    expect(r.installments.map((i) => [i.dueDate, i.firstMonth, i.lastMonth, i.grossCny])).toEqual([
      ['2023-06-30', 0, 5, '961200.00'],
      ['2023-12-31', 6, 11, '961200.00'],
      ['2024-06-30', 12, 17, '961200.00'],
      ['2024-12-31', 18, 23, '961200.00'],
      ['2025-06-30', 24, 29, '961200.00'],
      ['2025-12-31', 30, 35, '961200.00'],
    ]);
    expect(r.totalDiscountCny).toBe('0.00');
    expect(r.totalLatePenaltyCny).toBe('0.00');
    expect(r.providerMayTerminate).toBe(false);
  });

  it('reaches the contract total in the last month without exceeding it, and breaks no quota', () => {
    expect(r.cumulativeByMonth[0]).toBe('160200.00');
    expect(r.cumulativeByMonth[35]).toBe('5767200.00');
    expect(r.monthContractTotalExceeded).toBeNull();
    expect(r.overQuota).toEqual([]);
  });

  it('labels months by calendar month and lists every catalog item in order', () => {
    expect(r.months[0].label).toBe('2023-01');
    expect(r.months[35].label).toBe('2025-12');
    expect(r.months[0].lines.map((l) => l.itemId)).toEqual(input.catalog.items.map((i) => i.id));
  });

  it('agrees with the contract summary the app shows, installment by installment', () => {
    const summary = summarizeContract(baseline);
    expect(r.installments.map((i) => [i.grossCny, i.netCny, i.vatCny])).toEqual(
      summary.installments.map((i) => [i.grossCny, i.netCny, i.vatCny]),
    );
    expect([r.totalNetCny, r.totalVatCny]).toEqual([summary.totalExVatCny, summary.vatCny]);
  });

  it('reconciles to the fen at every level', () => {
    expectReconciles(r, input.vatRate);
  });

  it('gives the same amounts on the fast path, without lines', () => {
    const fast = settle(input, { includeLines: false });
    expect(fast.months.every((m) => m.lines.length === 0)).toBe(true);
    expect({ ...fast, months: fast.months.map((m) => ({ ...m, lines: [] })) }).toEqual({
      ...r,
      months: r.months.map((m) => ({ ...m, lines: [] })),
    });
  });
});

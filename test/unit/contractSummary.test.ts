import { describe, expect, it } from 'vitest';
import baseline from '../../scenarios/luohe-2023-baseline.json';
import { summarizeContract } from '../../src/contract/contractSummary.ts';
import { allocateByWeight, Money, splitVat, sumMoney } from '../../src/contract/money.ts';
import { contractApi } from '../../src/runner/contractApi.ts';

describe('summarizeContract on the signed baseline', () => {
  const s = summarizeContract(baseline);

  it('states the contract total and splits out 6% VAT to the fen', () => {
    expect(s.totalInclVatCny).toBe('5767200.00');
    expect(s.totalExVatCny).toBe('5440754.72');
    expect(s.vatCny).toBe('326445.28');
    expect(s.monthlyRunRateCny).toBe('160200.00');
  });

  it('runs 2023-01-01 to 2025-12-31', () => {
    expect(s.startDate).toBe('2023-01-01');
    expect(s.endDate).toBe('2025-12-31');
    expect(s.months).toBe(36);
  });

  it('has six half-year installments that add up to the total, the VAT and the net exactly', () => {
    expect(s.installments).toHaveLength(6);
    expect(s.installments.map((i) => [i.firstMonth, i.lastMonth])).toEqual([
      [1, 6],
      [7, 12],
      [13, 18],
      [19, 24],
      [25, 30],
      [31, 36],
    ]);
    const sum = (key: 'grossCny' | 'netCny' | 'vatCny') =>
      sumMoney(s.installments.map((i) => new Money(i[key]))).toFixed(2);
    expect(sum('grossCny')).toBe(s.totalInclVatCny);
    expect(sum('vatCny')).toBe(s.vatCny);
    expect(sum('netCny')).toBe(s.totalExVatCny);
    for (const i of s.installments) {
      expect(i.grossCny).toBe('961200.00');
      expect(new Money(i.netCny).plus(i.vatCny).toFixed(2)).toBe(i.grossCny);
    }
  });

  it('is what the worker API returns, tagged with where it ran', () => {
    const r = contractApi.summarize(baseline);
    expect(r.summary).toEqual(s);
    expect(r.computedIn).toBe('node');
  });
});

describe('money arithmetic', () => {
  it('allocates without losing or creating a fen, each part within a fen of its share', () => {
    const total = new Money('100.00');
    const parts = allocateByWeight(total, [new Money(1), new Money(1), new Money(1)]);
    expect(parts.map((p) => p.toFixed(2))).toEqual(['33.33', '33.34', '33.33']);
    expect(sumMoney(parts).toFixed(2)).toBe('100.00');
  });

  it('rounds a VAT split half up and keeps net + VAT equal to gross', () => {
    const { net, vat } = splitVat(new Money('961200.00'), new Money('0.06'));
    expect(net.toFixed(2)).toBe('906792.45');
    expect(vat.toFixed(2)).toBe('54407.55');
  });

  it('refuses weights that sum to zero', () => {
    expect(() => allocateByWeight(new Money(1), [new Money(0)])).toThrow(/zero/);
  });
});

import { describe, expect, it } from 'vitest';
import { chunksOf, INSTALLMENTS_PER_TABLE } from '../../src/app/views/report/installmentGroups.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("the report's installment tables", () => {
  it('keep a signed term in one table and split a renewal in two', () => {
    expect(chunksOf(range(6), INSTALLMENTS_PER_TABLE)).toEqual([range(6)]);
    expect(chunksOf(range(12), INSTALLMENTS_PER_TABLE).map((g) => g.length)).toEqual([6, 6]);
  });

  it('make the groups even, keep the order and lose no installment', () => {
    for (let n = 0; n <= 25; n++) {
      const groups = chunksOf(range(n), INSTALLMENTS_PER_TABLE);
      expect(groups.flat()).toEqual(range(n));
      const sizes = groups.map((g) => g.length);
      expect(Math.max(0, ...sizes)).toBeLessThanOrEqual(INSTALLMENTS_PER_TABLE);
      if (n > 0) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(groups.length).toBe(n === 0 ? 0 : Math.ceil(n / INSTALLMENTS_PER_TABLE));
    }
    expect(chunksOf(range(7), 6).map((g) => g.length)).toEqual([4, 3]);
  });

  it('refuse a group of no columns', () => {
    expect(() => chunksOf(range(3), 0)).toThrow(RangeError);
  });
});

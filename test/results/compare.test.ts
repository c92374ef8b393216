import { describe, expect, it } from 'vitest';
import { pairedMoneyDifference, pairedNumberDifference } from '../../src/results/compare.ts';

describe('paired differences (common random numbers)', () => {
  it('cancels the noise two runs share: a constant difference has a zero-width interval', () => {
    const a = ['100.00', '250.00', '175.50', '90.10'];
    const b = ['110.00', '260.00', '185.50', '100.10'];
    expect(pairedMoneyDifference(a, b)).toEqual({
      meanCny: '10.00',
      lowCny: '10.00',
      highCny: '10.00',
      n: 4,
      shareOptionHigher: 1,
    });
  });

  it('gives the mean difference with a 95 % Student-t interval (df = n − 1)', () => {
    // diffs 1, 3 → mean 2, sd √2, half-width t(0.975, 1)·√2/√2 = 12.7062
    const d = pairedMoneyDifference(['0.00', '0.00'], ['1.00', '3.00']);
    expect(d.meanCny).toBe('2.00');
    expect(d.lowCny).toBe('-10.71');
    expect(d.highCny).toBe('14.71');
  });

  it('keeps the mean exact to the fen whatever the sample', () => {
    const reference = Array.from({ length: 3 }, () => '0.00');
    const d = pairedMoneyDifference(reference, ['0.01', '0.01', '0.02']);
    // 0.04 / 3 = 0.01333… → 0.01 (half up)
    expect(d.meanCny).toBe('0.01');
  });

  it('takes plain numbers the same way', () => {
    const d = pairedNumberDifference([0.999, 0.998, 0.997, 0.999], [0.9995, 0.9985, 0.9975, 0.9995]);
    expect(d.mean).toBeCloseTo(0.0005, 12);
    expect(d.high - d.low).toBeLessThan(1e-12);
  });

  it('refuses samples of different sizes', () => {
    expect(() => pairedMoneyDifference(['1.00'], [])).toThrow(/equal/);
    expect(() => pairedNumberDifference([1], [])).toThrow(/equal/);
  });
});

import { describe, expect, it } from 'vitest';
import { pairedMoneyDelta, pairedRateDelta } from '../../src/results/compare.ts';

describe('paired comparison', () => {
  it('cancels the noise two runs share: a constant difference has a zero-width interval', () => {
    const a = ['100.00', '250.00', '175.50', '90.10'];
    const b = ['110.00', '260.00', '185.50', '100.10'];
    expect(pairedMoneyDelta(a, b)).toEqual({
      meanCny: '10.00',
      lowCny: '10.00',
      highCny: '10.00',
      shareBHigher: 1,
    });
  });

  it('gives the mean difference with a 95% interval from the paired standard deviation', () => {
    // diffs 1, 3 → mean 2, sd √2, half-width 1.96·√2/√2 = 1.96
    const d = pairedMoneyDelta(['0.00', '0.00'], ['1.00', '3.00']);
    expect(d.meanCny).toBe('2.00');
    expect(d.lowCny).toBe('0.04');
    expect(d.highCny).toBe('3.96');
  });

  it('compares breach rates replication by replication', () => {
    const r = pairedRateDelta([false, false, true, true], [true, false, true, true]);
    expect(r.rateA).toBe(0.5);
    expect(r.rateB).toBe(0.75);
    expect(r.delta).toBe(0.25);
    expect(r.low).toBeLessThan(0.25);
    expect(r.high).toBeGreaterThan(0.25);
  });

  it('refuses samples of different sizes', () => {
    expect(() => pairedMoneyDelta(['1.00'], [])).toThrow(/equal/);
  });
});

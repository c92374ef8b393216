import { describe, expect, it } from 'vitest';
import {
  gammaQuantile,
  incompleteGammaP,
  studentTCdf,
  studentTQuantile,
} from '../../src/actuals/distributions.ts';

describe('Student t', () => {
  // Reference values: standard t tables (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2), to the digits printed.
  it.each([
    [0.975, 1, 12.706],
    [0.975, 2, 4.303],
    [0.975, 5, 2.571],
    [0.975, 10, 2.228],
    [0.975, 30, 2.042],
    [0.95, 4, 2.132],
    [0.95, 22, 1.717],
    [0.995, 8, 3.355],
  ])('quantile %f with %i dof is %f', (p, dof, expected) => {
    expect(studentTQuantile(p, dof)).toBeCloseTo(expected, 3);
    expect(studentTQuantile(1 - p, dof)).toBeCloseTo(-expected, 3);
  });

  it('tends to the normal for many degrees of freedom', () => {
    expect(studentTQuantile(0.975, 100_000)).toBeCloseTo(1.959964, 4);
  });

  it('CDF and quantile invert each other', () => {
    for (const dof of [1, 3, 7, 20, 60]) {
      for (const p of [0.01, 0.05, 0.3, 0.5, 0.8, 0.95, 0.999]) {
        expect(studentTCdf(studentTQuantile(p, dof), dof)).toBeCloseTo(p, 9);
      }
    }
  });

  it('refuses p outside (0, 1)', () => {
    expect(() => studentTQuantile(0, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
  });
});

describe('gamma', () => {
  it('P(a, x) matches closed forms', () => {
    // shape 1 is the exponential: P(1, x) = 1 − e^{−x}
    for (const x of [0.1, 1, 3, 10]) expect(incompleteGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 12);
    // shape 2: 1 − e^{−x}(1 + x)
    for (const x of [0.5, 2, 7]) expect(incompleteGammaP(2, x)).toBeCloseTo(1 - Math.exp(-x) * (1 + x), 12);
  });

  // Chi-square quantiles (χ²_k = gamma(k/2, rate 1/2)) from standard tables.
  it.each([
    [0.975, 2, 7.378],
    [0.025, 2, 0.0506],
    [0.975, 10, 20.483],
    [0.025, 10, 3.247],
    [0.95, 1, 3.841],
  ])('chi-square quantile %f with %i dof is %f', (p, k, expected) => {
    expect(gammaQuantile(p, k / 2, 0.5)).toBeCloseTo(expected, 2);
  });
});

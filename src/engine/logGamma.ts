/**
 * ln Γ(x) for x > 0 by Stirling's series with the argument shifted up to ≥ 7 (the routine NumPy's
 * Poisson PTRS sampler uses; absolute error below 1e-14 over the range the sampler needs).
 * Used only on the rejection branch of the Poisson sampler, so speed matters little.
 */
const STIRLING_COEFFICIENTS = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4,
  8.417508417508418e-4, -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2,
  1.796443723688307e-1, -1.3924322169059,
];
const LN_TWO_PI = 1.8378770664093453;

export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  const shift = x < 7 ? Math.floor(7 - x) : 0;
  let x0 = x + shift;
  const inverseSquare = 1 / (x0 * x0);
  let series = STIRLING_COEFFICIENTS[9];
  for (let k = 8; k >= 0; k--) series = series * inverseSquare + STIRLING_COEFFICIENTS[k];
  let result = series / x0 + 0.5 * LN_TWO_PI + (x0 - 0.5) * Math.log(x0) - x0;
  for (let k = 1; k <= shift; k++) {
    result -= Math.log(x0 - 1);
    x0 -= 1;
  }
  return result;
}

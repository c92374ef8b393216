/**
 * Normal and lognormal helpers for the coarse traffic models: CDF, inverse CDF, and the partial
 * expectations E[(X − k)⁺] and E[(k − X)⁺] of a lognormal X. Pure functions, no randomness.
 */

/** Standard normal CDF Φ(z); absolute error < 1.5·10⁻⁷ (Abramowitz–Stegun 7.1.26 on erfc). */
export function normCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-x * x);
  return z >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
}

/** Inverse standard normal CDF Φ⁻¹(p) for 0 < p < 1 (Acklam; relative error < 1.2·10⁻⁹). */
export function normInv(p: number): number {
  if (p <= 0) return Number.NEGATIVE_INFINITY;
  if (p >= 1) return Number.POSITIVE_INFINITY;
  const pLow = 0.02425;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return tailNumerator(q) / tailDenominator(q);
  }
  if (p > 1 - pLow) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -tailNumerator(q) / tailDenominator(q);
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((-39.69683028665376 * r + 220.9460984245205) * r - 275.9285104469687) * r + 138.357751867269) * r -
      30.66479806614716) *
      r +
      2.506628277459239) *
      q) /
    (((((-54.47609879822406 * r + 161.5858368580409) * r - 155.6989798598866) * r + 66.80131188771972) * r -
      13.28068155288572) *
      r +
      1)
  );
}

function tailNumerator(q: number): number {
  return (
    ((((-0.007784894002430293 * q - 0.3223964580411365) * q - 2.400758277161838) * q - 2.549732539343734) *
      q +
      4.374664141464968) *
      q +
    2.938163982698783
  );
}

function tailDenominator(q: number): number {
  return (
    (((0.007784695709041462 * q + 0.3224671290700398) * q + 2.445134137142996) * q + 3.754408661907416) * q +
    1
  );
}

/** Parameters (mu, sigma) of the underlying normal of a lognormal with mean `mean` and CV `cv`. */
export function lognormalParams(mean: number, cv: number): { mu: number; sigma: number } {
  const sigma2 = Math.log(1 + cv * cv);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/**
 * For X = scale·η, η lognormal(mu, sigma) (sigma > 0): P(X > k). k ≤ 0 gives 1.
 */
export function lognormalExceed(scale: number, mu: number, sigma: number, k: number): number {
  if (k <= 0) return 1;
  if (scale <= 0) return 0;
  return 1 - normCdf((Math.log(k / scale) - mu) / sigma);
}

/** E[(X − k)⁺] for X = scale·η, η lognormal(mu, sigma): the expected excess over k. */
export function lognormalExcess(scale: number, mu: number, sigma: number, k: number): number {
  const mean = scale * Math.exp(mu + (sigma * sigma) / 2);
  if (k <= 0) return mean - k;
  if (scale <= 0) return 0;
  const d2 = (Math.log(scale / k) + mu) / sigma;
  const d1 = d2 + sigma;
  return mean * normCdf(d1) - k * normCdf(d2);
}

/** E[(k − X)⁺] for X = scale·η: the expected shortfall below k (put–call parity on lognormalExcess). */
export function lognormalShortfall(scale: number, mu: number, sigma: number, k: number): number {
  if (k <= 0) return 0;
  const mean = scale * Math.exp(mu + (sigma * sigma) / 2);
  return lognormalExcess(scale, mu, sigma, k) - mean + k;
}

/**
 * Expected throughput of copies that yield to background x = scale·η (η lognormal, mean 1, μ and σ as
 * lognormalParams gives): E[min(L, (spare − x)⁺)] with spare = capacity − extra load, Mbit/s.
 */
export function yieldingCopyRate(
  spare: number,
  scale: number,
  mu: number,
  sigma: number,
  capMbps: number,
): number {
  if (spare <= 0) return 0;
  if (sigma < 1e-12 || scale <= 0) return Math.min(capMbps, Math.max(0, spare - Math.max(0, scale)));
  const r =
    lognormalShortfall(scale, mu, sigma, spare) - lognormalShortfall(scale, mu, sigma, spare - capMbps);
  return Math.max(0, Math.min(capMbps, r));
}

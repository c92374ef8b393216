/**
 * Statistics for the distribution tests: sample moments with their standard errors, the
 * Kolmogorov–Smirnov distance to a continuous CDF, and a chi-square goodness-of-fit statistic.
 * Critical values are stated where they are used.
 */

export interface SampleMoments {
  n: number;
  mean: number;
  variance: number;
  /** Standard error of the sample mean: sqrt(variance / n). */
  meanStandardError: number;
  /** Standard error of the sample variance: sqrt((m4 − variance²) / n), m4 the 4th central moment. */
  varianceStandardError: number;
}

export function sampleMoments(values: ArrayLike<number>): SampleMoments {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d2 = (values[i] - mean) ** 2;
    m2 += d2;
    m4 += d2 * d2;
  }
  const variance = m2 / (n - 1);
  return {
    n,
    mean,
    variance,
    meanStandardError: Math.sqrt(variance / n),
    varianceStandardError: Math.sqrt((m4 / n - (m2 / n) ** 2) / n),
  };
}

export function draw(n: number, sample: () => number): Float64Array {
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = sample();
  return values;
}

/** sup |F_n(x) − F(x)| of the sample against a continuous CDF. */
export function kolmogorovSmirnov(values: ArrayLike<number>, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let distance = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]);
    distance = Math.max(distance, (i + 1) / n - f, f - i / n);
  }
  return distance;
}

/** KS critical value at α = 0.001 for large n: 1.9495 / √n (asymptotic Kolmogorov distribution). */
export function ksCritical001(n: number): number {
  return 1.9495 / Math.sqrt(n);
}

/** Standard normal CDF via erfc (Numerical Recipes' erfcc, |relative error| < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -x * x -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(poly);
  return z >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
}

/**
 * Pearson's chi-square of observed counts against expected probabilities, pooling adjacent cells so
 * each has an expected count ≥ 5. Returns the statistic and its degrees of freedom.
 */
export function chiSquare(observed: ArrayLike<number>, probabilities: ArrayLike<number>, n: number) {
  let statistic = 0;
  let cells = 0;
  let pooledObserved = 0;
  let pooledExpected = 0;
  for (let i = 0; i < observed.length; i++) {
    pooledObserved += observed[i];
    pooledExpected += probabilities[i] * n;
    if (pooledExpected >= 5) {
      statistic += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
      cells++;
      pooledObserved = 0;
      pooledExpected = 0;
    }
  }
  if (pooledExpected > 0) {
    statistic += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
    cells++;
  }
  return { statistic, degreesOfFreedom: cells - 1 };
}

/** Upper 0.001 quantile of chi-square with `df` degrees of freedom (Wilson–Hilferty, z = 3.0902). */
export function chiSquareCritical001(df: number): number {
  const a = 2 / (9 * df);
  return df * (1 - a + 3.0902 * Math.sqrt(a)) ** 3;
}

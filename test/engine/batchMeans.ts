/**
 * Batch means: split a (warm-up-deleted) output series into B equal batches, treat the batch means as
 * roughly independent normal samples and build a t-based confidence interval for the steady-state mean.
 */

/** Two-sided 99% Student t quantiles t(0.995, df) for the batch counts the tests use. */
const T_995: Record<number, number> = { 19: 2.861, 24: 2.797, 29: 2.756 };

export interface ConfidenceInterval {
  mean: number;
  halfWidth: number;
  low: number;
  high: number;
}

export function batchMeanValues(series: ArrayLike<number>, batches: number): Float64Array {
  const size = Math.floor(series.length / batches);
  const means = new Float64Array(batches);
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    for (let i = b * size; i < (b + 1) * size; i++) sum += series[i];
    means[b] = sum / size;
  }
  return means;
}

/** 99% CI of the mean from independent-ish samples (e.g. batch means); df = n − 1 must be in T_995. */
export function confidenceInterval99(samples: ArrayLike<number>): ConfidenceInterval {
  const n = samples.length;
  const t = T_995[n - 1];
  if (t === undefined) throw new Error(`no t quantile for ${n - 1} degrees of freedom`);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += samples[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (samples[i] - mean) ** 2;
  const halfWidth = t * Math.sqrt(squares / (n - 1) / n);
  return { mean, halfWidth, low: mean - halfWidth, high: mean + halfWidth };
}

/** Erlang C: probability an arrival waits in M/M/c with offered load a = λ/μ and c servers (a < c). */
export function erlangC(servers: number, offeredLoad: number): number {
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < servers; k++) {
    sum += term;
    term *= offeredLoad / (k + 1);
  }
  const waitingTerm = term / (1 - offeredLoad / servers); // a^c / c! / (1 − ρ)
  return waitingTerm / (sum + waitingTerm);
}

/** Mean wait in queue of M/M/c: Wq = C(c, a) / (cμ − λ). For c = 1 this is ρ / (μ − λ). */
export function mmcMeanWait(servers: number, arrivalRate: number, serviceRate: number): number {
  return erlangC(servers, arrivalRate / serviceRate) / (servers * serviceRate - arrivalRate);
}

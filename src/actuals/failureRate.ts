/**
 * Failure counts (hosts, DB nodes) calibrate a rate, not a trend: failures per unit-month as a
 * Poisson rate with a gamma prior centred on the scenario's own MTBF and worth one failure
 * (shape 1, rate 1/λ₀). The posterior is gamma(1 + k, 1/λ₀ + T) for k failures in T unit-months:
 * two years without a DB failure move an MTBF of 25 years only a little, a run of failures moves
 * it a lot. The calibrated scenario keeps each failure distribution's shape and scales its times
 * by prior rate ÷ posterior mean rate.
 */
import type { DistributionSpec } from '../scenario/sections/distribution.ts';
import { distributionMeanHours } from '../scenario/sections/distribution.ts';
import { gammaQuantile } from './distributions.ts';

/** Hours in an average month (365.25 × 24 ÷ 12). */
export const HOURS_PER_MONTH = 730.5;

export interface RateFit {
  failures: number;
  /** Unit-months observed: units (hosts or nodes) × months with a count. */
  exposureUnitMonths: number;
  /** The scenario's rate before the actuals, failures per unit-month. */
  priorRate: number;
  /** Posterior mean and its 95 % interval, failures per unit-month. */
  rate: number;
  rateLow: number;
  rateHigh: number;
  /** MTBF of one unit before and after, hours. */
  priorMtbfHours: number;
  mtbfHours: number;
}

/** Calibrates a failure rate from `counts` (one per observed month) for `units` identical units. */
export function fitFailureRate(counts: readonly number[], units: number, prior: DistributionSpec): RateFit {
  const priorMtbfHours = distributionMeanHours(prior);
  const priorRate = HOURS_PER_MONTH / priorMtbfHours;
  const failures = counts.reduce((s, c) => s + c, 0);
  const exposure = units * counts.length;
  const shape = 1 + failures;
  const rateParam = 1 / priorRate + exposure;
  const rate = shape / rateParam;
  return {
    failures,
    exposureUnitMonths: exposure,
    priorRate,
    rate,
    rateLow: gammaQuantile(0.025, shape, rateParam),
    rateHigh: gammaQuantile(0.975, shape, rateParam),
    priorMtbfHours,
    mtbfHours: HOURS_PER_MONTH / rate,
  };
}

/** `spec` with every time multiplied by `factor` (its shape kept): the mean becomes mean × factor. */
export function scaleDistribution(spec: DistributionSpec, factor: number): DistributionSpec {
  const cap = (h: number) => Math.min(8_760_000, Math.max(1e-6, h * factor));
  switch (spec.kind) {
    case 'exponential':
      return { ...spec, meanHours: cap(spec.meanHours) };
    case 'lognormal':
      return { ...spec, meanHours: cap(spec.meanHours) };
    case 'deterministic':
      return { ...spec, hours: cap(spec.hours) };
    case 'weibull':
      return { ...spec, scaleHours: cap(spec.scaleHours) };
    case 'triangular':
      return {
        ...spec,
        minHours: Math.min(8_760_000, spec.minHours * factor),
        modeHours: Math.min(8_760_000, spec.modeHours * factor),
        maxHours: cap(spec.maxHours),
      };
  }
}

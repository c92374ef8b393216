/**
 * Distribution specs for times to failure and to repair, in hours. A discriminated union on `kind`,
 * so a model can switch on it and an editor can show the right fields. The engine's seeded streams
 * sample them; nothing here draws a number.
 */
import { z } from 'zod';
import { check } from '../issueRule.ts';
import { numberIn, positiveNumber } from './common.ts';

/** Longest time a spec may describe: 1000 years, in hours. */
const MAX_HOURS = 8_760_000;
const hours = z.number().gt(0).max(MAX_HOURS);

export const exponentialSpec = z.strictObject({
  kind: z.literal('exponential'),
  /** Mean time (MTBF or MTTR), hours. */
  meanHours: hours,
});

export const weibullSpec = z.strictObject({
  kind: z.literal('weibull'),
  /** Shape k (< 1 infant mortality, 1 exponential, > 1 wear-out). */
  shape: numberIn(0.05, 20),
  scaleHours: hours,
});

export const lognormalSpec = z.strictObject({
  kind: z.literal('lognormal'),
  meanHours: hours,
  /** Coefficient of variation (standard deviation ÷ mean) of the time itself. */
  cv: numberIn(0.01, 20),
});

export const deterministicSpec = z.strictObject({
  kind: z.literal('deterministic'),
  hours,
});

export const triangularSpec = z
  .strictObject({
    kind: z.literal('triangular'),
    minHours: numberIn(0, MAX_HOURS),
    modeHours: numberIn(0, MAX_HOURS),
    maxHours: positiveNumber.max(MAX_HOURS),
  })
  .refine((t) => t.minHours <= t.modeHours && t.modeHours <= t.maxHours && t.minHours < t.maxHours, {
    message: 'expected minHours ≤ modeHours ≤ maxHours with minHours < maxHours',
    params: check('triangularOrder'),
  });

export const distributionSpec = z.discriminatedUnion('kind', [
  exponentialSpec,
  weibullSpec,
  lognormalSpec,
  deterministicSpec,
  triangularSpec,
]);
export type DistributionSpec = z.infer<typeof distributionSpec>;

/** The mean of a spec, hours: what the UI shows as MTBF/MTTR whatever the shape. */
export function distributionMeanHours(spec: DistributionSpec): number {
  switch (spec.kind) {
    case 'exponential':
    case 'lognormal':
      return spec.meanHours;
    case 'deterministic':
      return spec.hours;
    case 'triangular':
      return (spec.minHours + spec.modeHours + spec.maxHours) / 3;
    case 'weibull':
      return spec.scaleHours * gamma(1 + 1 / spec.shape);
  }
}

/** Lanczos approximation of Γ(x) for x > 0 (relative error < 1e-13). */
function gamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  const xm = x - 1;
  let a = c[0];
  const t = xm + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (xm + i);
  return Math.sqrt(2 * Math.PI) * t ** (xm + 0.5) * Math.exp(-t) * a;
}

/** Host failure: ≈4 %/yr per server (domain-parameters.md §3.1, ESTIMATE) ⇒ MTBF 219,000 h. */
export const HOST_FAILURE_DEFAULT: DistributionSpec = { kind: 'exponential', meanHours: 219_000 };
/** Hardware repair: vendor 4-h on-site class, right-skewed (§3.1, ESTIMATE). */
export const HOST_REPAIR_DEFAULT: DistributionSpec = { kind: 'lognormal', meanHours: 4, cv: 0.75 };

/**
 * A fit as a reader wants it, in the series' own units: the level at the as-of month, the growth
 * per year, the noise, each with its 95 % interval where it has one, and a note when the residuals
 * are correlated (the intervals then understate the uncertainty). The command line and the
 * Actuals panel both print these.
 */
import { studentTQuantile } from './distributions.ts';
import type { GrowthModel, TrendFit } from './fitTrend.ts';

export interface Estimate {
  value: number;
  low: number;
  high: number;
}

export interface FitSummary {
  model: GrowthModel;
  /** Akaike weight of the preferred model (1 when there was no other candidate). */
  weight: number;
  n: number;
  /** Trend level at the as-of month, in the column's unit (deseasonalised). */
  level: Estimate;
  /** Linear: units per year. Compound: null. */
  growthPerYear: Estimate | null;
  /** Relative growth per year at the as-of month (0.2 = +20 %/yr); for linear, slope ÷ level. */
  relativeGrowthPerYear: Estimate;
  /** Linear: residual standard deviation in the unit; compound: coefficient of variation. */
  noise: number;
  /** |lag-1 autocorrelation| above 2/√n: consecutive months wander together, intervals are too narrow. */
  correlatedResiduals: boolean;
}

export function summarizeFit(fit: TrendFit): FitSummary {
  const t = studentTQuantile(0.975, fit.dof);
  const seLevel = Math.sqrt(fit.varLevel);
  const seSlope = Math.sqrt(fit.varSlope);
  const correlatedResiduals = Math.abs(fit.residualLag1) > 2 / Math.sqrt(fit.n);
  if (fit.model === 'compound') {
    const growth = (r: number) => Math.exp(12 * r) - 1;
    return {
      model: 'compound',
      weight: fit.weight,
      n: fit.n,
      level: {
        value: Math.exp(fit.level),
        low: Math.exp(fit.level - t * seLevel),
        high: Math.exp(fit.level + t * seLevel),
      },
      growthPerYear: null,
      relativeGrowthPerYear: {
        value: growth(fit.slope),
        low: growth(fit.slope - t * seSlope),
        high: growth(fit.slope + t * seSlope),
      },
      noise: Math.sqrt(Math.expm1(fit.residualSd ** 2)),
      correlatedResiduals,
    };
  }
  const level = fit.level;
  const relative = (v: number) => (level > 0 ? v / level : Number.NaN);
  const perYear = {
    value: 12 * fit.slope,
    low: 12 * (fit.slope - t * seSlope),
    high: 12 * (fit.slope + t * seSlope),
  };
  return {
    model: 'linear',
    weight: fit.weight,
    n: fit.n,
    level: { value: level, low: level - t * seLevel, high: level + t * seLevel },
    growthPerYear: perYear,
    relativeGrowthPerYear: {
      value: relative(perYear.value),
      low: relative(perYear.low),
      high: relative(perYear.high),
    },
    noise: fit.residualSd,
    correlatedResiduals,
  };
}

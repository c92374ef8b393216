/**
 * A monthly series' trend: linear (y = L + b·t + ε) or compound (ln y = ln L + r·t + ε), with
 * Gaussian noise ε of unknown variance, fitted by least squares. Time t is in months from the
 * as-of month (t = 0 there, negative before), so the intercept is the level at the last actual
 * month and its interval comes straight from the fit.
 *
 * Seasonal series (egress, SMS) are divided by the scenario's monthly factors (mean 1) before the
 * fit and multiplied back after, so a December peak is not read as growth.
 *
 * The model is chosen by the data, by AIC on the original scale (the compound fit's likelihood
 * carries the Jacobian of the log, so the two are comparable); compound needs every value > 0.
 * Where the two fit about equally well (a few years of gentle growth look like both), picking one
 * and forgetting the other makes forecasts overconfident: a 6-month holdout of 30 %/yr compound
 * growth fitted on 24 months fell inside its P5–P95 band 84 % of the time instead of 90 %. So the
 * other candidate is kept with its Akaike weight and forecasts are the weighted mixture of both
 * (Burnham & Anderson's model averaging); the preferred model is the one with the larger weight.
 *
 * Parameter intervals are exact Student-t intervals with n − 2 degrees of freedom under each
 * model's assumptions; the lag-1 autocorrelation of the residuals is reported so that a reader can
 * see when those assumptions (independent noise) do not hold.
 */
import { studentTCdf, studentTQuantile } from './distributions.ts';

export type GrowthModel = 'linear' | 'compound';

/** Fewer points than this are carried as history but not fitted. */
export const MIN_FIT_POINTS = 6;

export interface TrendPoint {
  /** Months from the as-of month (0 = as-of, −1 = the month before…). */
  offset: number;
  /** Calendar month 0 (January) … 11, for seasonal factors. */
  calendarMonth: number;
  value: number;
}

/** What a forecast needs of one candidate model (a fit, or a fit stored in a scenario). */
export interface ForecastModel {
  model: GrowthModel;
  /** Degrees of freedom of the noise estimate, n − 2. */
  dof: number;
  /** Trend at the as-of month on the fitted scale (the unit for linear, its natural log for compound). */
  level: number;
  /** Change per month on the fitted scale (unit per month, or log-growth per month). */
  slope: number;
  /** Estimated covariance of (level, slope): s²·(XᵀX)⁻¹. */
  varLevel: number;
  covLevelSlope: number;
  varSlope: number;
  /** Residual standard deviation s on the fitted scale (deseasonalised). */
  residualSd: number;
  /** 12 monthly factors (mean 1, January first) the series was divided by; absent = none. */
  seasonal?: number[];
  /** Akaike weight among the candidates (1 when the model was forced or is the only one). */
  weight: number;
}

/** A forecast: the preferred model and, where the data left a choice, the other with its weight. */
export interface Forecast extends ForecastModel {
  alternative?: ForecastModel;
}

/** One candidate model fitted to the series. */
export interface ModelFit extends ForecastModel {
  /** Points used. */
  n: number;
  /** Akaike information criterion on the original scale (lower is better). */
  aic: number;
  /** Lag-1 autocorrelation of the residuals in time order (near 0 when the noise is independent). */
  residualLag1: number;
}

/** The preferred model, and the other candidate with its weight where there was a choice. */
export interface TrendFit extends ModelFit {
  alternative?: ModelFit;
}

function seasonalFactor(seasonal: readonly number[] | undefined, calendarMonth: number): number {
  return seasonal ? seasonal[calendarMonth] : 1;
}

interface LineFit {
  level: number;
  slope: number;
  rss: number;
  meanOffset: number;
  sxx: number;
  residuals: number[];
}

function leastSquares(xs: readonly number[], zs: readonly number[]): LineFit {
  const n = xs.length;
  let mx = 0;
  let mz = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    mz += zs[i];
  }
  mx /= n;
  mz /= n;
  let sxx = 0;
  let sxz = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxz += (xs[i] - mx) * (zs[i] - mz);
  }
  const slope = sxx > 0 ? sxz / sxx : 0;
  const level = mz - slope * mx;
  const residuals = zs.map((z, i) => z - level - slope * xs[i]);
  const rss = residuals.reduce((s, e) => s + e * e, 0);
  return { level, slope, rss, meanOffset: mx, sxx, residuals };
}

/** Gaussian log-likelihood at the MLE of σ², on the fitted scale. */
function logLikelihood(rss: number, n: number): number {
  const sigma2 = Math.max(rss / n, 1e-300);
  return -0.5 * n * (Math.log(2 * Math.PI * sigma2) + 1);
}

function toFit(
  model: GrowthModel,
  line: LineFit,
  n: number,
  seasonal: number[] | undefined,
  aic: number,
): Omit<ModelFit, 'weight'> {
  const dof = n - 2;
  const s2 = line.rss / dof;
  const varSlope = line.sxx > 0 ? s2 / line.sxx : 0;
  const ordered = line.residuals;
  let num = 0;
  let den = 0;
  for (let i = 0; i < ordered.length; i++) {
    den += ordered[i] ** 2;
    if (i > 0) num += ordered[i] * ordered[i - 1];
  }
  return {
    model,
    n,
    dof,
    level: line.level,
    slope: line.slope,
    varLevel: s2 * (1 / n + (line.meanOffset * line.meanOffset) / line.sxx),
    covLevelSlope: (-s2 * line.meanOffset) / line.sxx,
    varSlope,
    residualSd: Math.sqrt(s2),
    ...(seasonal ? { seasonal } : {}),
    aic,
    residualLag1: den > 0 ? num / den : 0,
  };
}

export interface FitOptions {
  /** Force a model instead of choosing by AIC. */
  model?: GrowthModel;
  /** 12 monthly factors, January first; normalised here to mean 1. */
  seasonal?: readonly number[];
}

/**
 * Fits a trend to `points` (any order, offsets distinct). Returns null when there are fewer than
 * MIN_FIT_POINTS points, the offsets do not spread (one month), or a forced compound model meets a
 * value ≤ 0.
 */
export function fitTrend(points: readonly TrendPoint[], options: FitOptions = {}): TrendFit | null {
  const sorted = [...points].sort((a, b) => a.offset - b.offset);
  const n = sorted.length;
  if (n < MIN_FIT_POINTS) return null;
  const seasonal = normaliseSeasonal(options.seasonal);
  const xs = sorted.map((p) => p.offset);
  if (xs[n - 1] === xs[0]) return null;
  const factors = sorted.map((p) => seasonalFactor(seasonal, p.calendarMonth));
  if (factors.some((f) => !(f > 0))) return null;
  const logFactorSum = factors.reduce((s, f) => s + Math.log(f), 0);

  const linear = leastSquares(
    xs,
    sorted.map((p, i) => p.value / factors[i]),
  );
  const aicLinear = 2 * 3 - 2 * (logLikelihood(linear.rss, n) - logFactorSum);

  const positive = sorted.every((p) => p.value > 0);
  let compound: LineFit | null = null;
  let aicCompound: number | null = null;
  if (positive) {
    compound = leastSquares(
      xs,
      sorted.map((p, i) => Math.log(p.value / factors[i])),
    );
    const logValueSum = sorted.reduce((s, p) => s + Math.log(p.value), 0);
    aicCompound = 2 * 3 - 2 * (logLikelihood(compound.rss, n) - logValueSum);
  }

  const linearFit = toFit('linear', linear, n, seasonal, aicLinear);
  const compoundFit = compound ? toFit('compound', compound, n, seasonal, aicCompound!) : null;
  if (options.model === 'linear' || (options.model === undefined && compoundFit === null)) {
    return { ...linearFit, weight: 1 };
  }
  if (options.model === 'compound') return compoundFit ? { ...compoundFit, weight: 1 } : null;
  // Akaike weights: w_i ∝ exp(−Δ_i / 2), Δ_i = AIC_i − min AIC.
  const best = Math.min(aicLinear, aicCompound!);
  const rawLinear = Math.exp(-(aicLinear - best) / 2);
  const rawCompound = Math.exp(-(aicCompound! - best) / 2);
  const wLinear = rawLinear / (rawLinear + rawCompound);
  const a = { ...linearFit, weight: wLinear };
  const b = { ...compoundFit!, weight: 1 - wLinear };
  const [preferred, other] = b.aic < a.aic ? [b, a] : [a, b];
  return { ...preferred, alternative: other };
}

export function normaliseSeasonal(seasonal: readonly number[] | undefined): number[] | undefined {
  if (seasonal?.length !== 12) return undefined;
  const mean = seasonal.reduce((s, v) => s + v, 0) / 12;
  if (!(mean > 0)) return undefined;
  const out = seasonal.map((v) => v / mean);
  return out.every((v) => Math.abs(v - 1) < 1e-12) ? undefined : out;
}

/** A two-sided interval at `confidence` for a fitted quantity with estimate `value` and variance `variance`. */
export function tInterval(
  fit: TrendFit,
  value: number,
  variance: number,
  confidence = 0.95,
): [number, number] {
  const q = studentTQuantile(0.5 + confidence / 2, fit.dof);
  const half = q * Math.sqrt(Math.max(variance, 0));
  return [value - half, value + half];
}

/** The fitted trend (median) at `offset` months from the as-of month, on the original scale, before seasonality. */
export function trendAt(fit: ForecastModel, offset: number): number {
  const z = fit.level + fit.slope * offset;
  return fit.model === 'compound' ? Math.exp(z) : z;
}

/** Predictive mean and spread on the fitted scale at `offset` (Student t with dof degrees). */
function predictive(fit: ForecastModel, offset: number): { mean: number; sd: number } {
  const variance =
    fit.residualSd ** 2 + fit.varLevel + 2 * offset * fit.covLevelSlope + offset * offset * fit.varSlope;
  return { mean: fit.level + fit.slope * offset, sd: Math.sqrt(Math.max(variance, 0)) };
}

/** One candidate's predictive quantile on the original scale (linear floored at 0). */
export function modelQuantile(fit: ForecastModel, offset: number, calendarMonth: number, p: number): number {
  const { mean, sd } = predictive(fit, offset);
  const z = mean + (p === 0.5 ? 0 : studentTQuantile(p, fit.dof) * sd);
  const factor = seasonalFactor(fit.seasonal, calendarMonth);
  return fit.model === 'compound' ? Math.exp(z) * factor : Math.max(0, z * factor);
}

/** One candidate's predictive CDF at y on the original scale. */
function modelCdf(fit: ForecastModel, offset: number, calendarMonth: number, y: number): number {
  const { mean, sd } = predictive(fit, offset);
  const factor = seasonalFactor(fit.seasonal, calendarMonth);
  if (y < 0) return 0;
  const z = fit.model === 'compound' ? (y > 0 ? Math.log(y / factor) : Number.NEGATIVE_INFINITY) : y / factor;
  if (sd === 0) return z >= mean ? 1 : 0;
  return studentTCdf((z - mean) / sd, fit.dof);
}

/**
 * The predictive p-quantile of the series at `offset` months from the as-of month (calendar month
 * `calendarMonth`): parameter uncertainty and noise together (Student t, n − 2 dof), mixed over
 * the candidate models by their Akaike weights. Linear forecasts are floored at 0: every measured
 * quantity here is non-negative.
 */
export function predictiveQuantile(fit: Forecast, offset: number, calendarMonth: number, p: number): number {
  const other = fit.alternative;
  if (!other || other.weight < 1e-9) return modelQuantile(fit, offset, calendarMonth, p);
  // The mixture's quantile lies between the candidates' own quantiles: bisect its CDF there.
  const qa = modelQuantile(fit, offset, calendarMonth, p);
  const qb = modelQuantile(other, offset, calendarMonth, p);
  let lo = Math.min(qa, qb);
  let hi = Math.max(qa, qb);
  const cdf = (y: number) =>
    fit.weight * modelCdf(fit, offset, calendarMonth, y) +
    other.weight * modelCdf(other, offset, calendarMonth, y);
  for (let i = 0; i < 100 && hi - lo > 1e-9 * Math.max(1e-9, hi); i++) {
    const mid = 0.5 * (lo + hi);
    if (cdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

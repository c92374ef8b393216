/**
 * One replication's path of a calibrated series after the as-of month: the fit's parameters drawn
 * from their sampling distribution, then the noise month by month. Under the fit's model and the
 * usual flat prior this is the exact predictive distribution — the same Student-t quantiles that
 * `predictiveQuantile` gives in closed form (test/actuals/forecastDraw.test.ts checks it):
 *   σ² = dof·s² / χ²(dof);  (L, b) ~ N((L̂, b̂), σ²/s² · Cov);  z_t = L + b·t + N(0, σ²).
 * Where the fit kept two candidate models, each path first picks one with its Akaike weight, so
 * the paths follow the weighted mixture, as the closed form does. So the bands a calibrated run
 * shows are the bands the backtest scored.
 */
import type { RandomStream } from '../engine/random.ts';
import type { Forecast } from './fitTrend.ts';

function chiSquare(stream: RandomStream, dof: number): number {
  let sum = 0;
  for (let i = 0; i < dof; i++) {
    const z = stream.normal(0, 1);
    sum += z * z;
  }
  return sum;
}

/**
 * Values at `offsets` (months from the as-of month, each ≥ 1) with calendar months
 * `calendarMonths`, drawn from `stream`. Linear paths are floored at 0.
 */
export function drawTrendPath(
  forecast: Forecast,
  offsets: readonly number[],
  calendarMonths: readonly number[],
  stream: RandomStream,
): Float64Array {
  const other = forecast.alternative;
  const fit = other && stream.next() >= forecast.weight ? other : forecast;
  const s2 = fit.residualSd ** 2;
  const sigma2 = s2 > 0 ? (fit.dof * s2) / Math.max(chiSquare(stream, fit.dof), 1e-12) : 0;
  const scale = s2 > 0 ? sigma2 / s2 : 0;
  const l11 = Math.sqrt(Math.max(fit.varLevel, 0));
  const l21 = l11 > 0 ? fit.covLevelSlope / l11 : 0;
  const l22 = Math.sqrt(Math.max(fit.varSlope - l21 * l21, 0));
  const root = Math.sqrt(scale);
  const u1 = stream.normal(0, 1);
  const u2 = stream.normal(0, 1);
  const level = fit.level + root * l11 * u1;
  const slope = fit.slope + root * (l21 * u1 + l22 * u2);
  const sigma = Math.sqrt(sigma2);
  const out = new Float64Array(offsets.length);
  for (let i = 0; i < offsets.length; i++) {
    const z = level + slope * offsets[i] + (sigma > 0 ? stream.normal(0, sigma) : 0);
    const factor = fit.seasonal ? fit.seasonal[calendarMonths[i]] : 1;
    out[i] = fit.model === 'compound' ? Math.exp(z) * factor : Math.max(0, z * factor);
  }
  return out;
}

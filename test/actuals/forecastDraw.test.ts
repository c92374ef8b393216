/**
 * The paths a calibrated run draws have, month by month, the predictive distribution the backtest
 * scores in closed form: their empirical P5/P50/P95 match predictiveQuantile within sampling error.
 */
import { describe, expect, it } from 'vitest';
import { fitTrend, predictiveQuantile } from '../../src/actuals/fitTrend.ts';
import { drawTrendPath } from '../../src/actuals/forecastDraw.ts';
import { RandomStream } from '../../src/engine/random.ts';
import { drawPoints, type KnownTrend, range } from './synthetic.ts';

const DRAWS = 20_000;

function empiricalQuantile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

describe('forecast paths', () => {
  it.each<{ name: string; truth: KnownTrend; mixed?: boolean }>([
    { name: 'linear', truth: { model: 'linear', level: 300, slope: 4, noiseSd: 10 } },
    { name: 'compound', truth: { model: 'compound', level: 30, slope: 0.02, noiseSd: 0.05 } },
    {
      name: 'both models, weighted',
      truth: { model: 'linear', level: 420, slope: 3.5, noiseSd: 8 },
      mixed: true,
    },
  ])('$name: quantiles of the drawn paths equal the predictive quantiles', ({ name, truth, mixed }) => {
    const points = drawPoints(truth, range(-11, 0), new RandomStream(3, name));
    const fit = fitTrend(points, mixed ? {} : { model: truth.model })!;
    if (mixed) expect(fit.alternative!.weight).toBeGreaterThan(0.2);
    const offsets = [1, 6, 12, 24];
    const calendar = offsets.map((o) => (11 + o) % 12);
    const columns = offsets.map(() => new Float64Array(DRAWS));
    const stream = new RandomStream(4, name);
    for (let d = 0; d < DRAWS; d++) {
      const path = drawTrendPath(fit, offsets, calendar, stream);
      path.forEach((v, i) => {
        columns[i][d] = v;
      });
    }
    offsets.forEach((offset, i) => {
      const sorted = columns[i].sort();
      for (const p of [0.05, 0.5, 0.95]) {
        const expected = predictiveQuantile(fit, offset, calendar[i], p);
        const got = empiricalQuantile(sorted, p);
        // Sampling error of a quantile: about sd·sqrt(p(1−p)/n)/density; 2 % of the spread is ample at n = 20,000.
        const spread =
          predictiveQuantile(fit, offset, calendar[i], 0.95) -
          predictiveQuantile(fit, offset, calendar[i], 0.05);
        expect(Math.abs(got - expected)).toBeLessThan(0.02 * spread);
      }
    });
  });
});

/**
 * Series drawn from known trends, for checking that fits recover what generated them. Offsets run
 * from −(months − 1) to 0 (0 = the as-of month); the noise is Gaussian on the fitted scale, as the
 * fit assumes: additive for linear, multiplicative (lognormal) for compound.
 */
import type { TrendPoint } from '../../src/actuals/fitTrend.ts';
import type { RandomStream } from '../../src/engine/random.ts';

export interface KnownTrend {
  model: 'linear' | 'compound';
  /** Trend at the as-of month (unit). */
  level: number;
  /** linear: unit per month; compound: log-growth per month. */
  slope: number;
  /** linear: unit; compound: sd of the log. */
  noiseSd: number;
  /** 12 factors of mean 1, or none. */
  seasonal?: readonly number[];
  /** Calendar month (0–11) of the as-of month. */
  asOfCalendarMonth?: number;
}

export function trendValue(t: KnownTrend, offset: number): number {
  return t.model === 'linear' ? t.level + t.slope * offset : t.level * Math.exp(t.slope * offset);
}

export function drawPoints(t: KnownTrend, offsets: readonly number[], stream: RandomStream): TrendPoint[] {
  const asOfMonth = t.asOfCalendarMonth ?? 11;
  return offsets.map((offset) => {
    const calendarMonth = (((asOfMonth + offset) % 12) + 12) % 12;
    const factor = t.seasonal ? t.seasonal[calendarMonth] : 1;
    const trend = trendValue(t, offset);
    const value =
      t.model === 'linear'
        ? (trend + stream.normal(0, t.noiseSd)) * factor
        : trend * Math.exp(stream.normal(0, t.noiseSd)) * factor;
    return { offset, calendarMonth, value };
  });
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Binomial 3-sigma half-width around rate p over n trials. */
export function threeSigma(p: number, n: number): number {
  return 3 * Math.sqrt((p * (1 - p)) / n);
}

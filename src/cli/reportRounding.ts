/**
 * Numbers in the command line's JSON are rounded to what they mean, so that a report reads
 * `446.1` rather than `446.09999999999997` and two runs that agree in substance agree in text.
 * The resolution follows the unit in the metric's name: TB to the GB (3 decimals), Mbit/s to 0.1,
 * GB, hours, minutes and seconds to 0.01, counts to 0.01 (percentiles of counts are whole; a mean
 * keeps two decimals), availability to 10⁻⁶ (the fault-discount table turns at 0.999 and 0.995),
 * shares, ratios and probabilities to 10⁻⁴. Anything else keeps six significant digits.
 * Money never passes here: it travels as decimal strings to the fen.
 */

const RULES: readonly [RegExp, number][] = [
  [/availability/i, 6],
  [/Share(:|$)|LoadOfOneNode|Ok$|Full$|Probability/, 4],
  [/Tb(Demand|Allocated)?$/, 3],
  [/Mbps$/, 1],
  [/Gb|Hours|Minutes|Seconds|HoursAbove/, 2],
  [
    /^(vcpu|vmCount|headroomVms|pending|rejected|refusals|hostFailures|vmRestarts|db(Failovers|NodeFailures)|sms|stranded)/,
    2,
  ],
];

/** Decimals kept for a metric (by name), or null for six significant digits. */
export function decimalsFor(metric: string): number | null {
  for (const [pattern, decimals] of RULES) if (pattern.test(metric)) return decimals;
  return null;
}

/** `value` rounded to `decimals` (null: six significant digits); −0 becomes 0; non-finite stays. */
export function roundTo(value: number, decimals: number | null): number {
  if (!Number.isFinite(value)) return value;
  const rounded = decimals === null ? Number(value.toPrecision(6)) : Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

export function roundMetric(metric: string, value: number): number {
  return roundTo(value, decimalsFor(metric));
}

/** A probability or share to 10⁻⁴. */
export function roundProbability(value: number): number {
  return roundTo(value, 4);
}

export function roundArray(values: ArrayLike<number>, decimals: number | null): number[] {
  return Array.from(values, (v) => roundTo(v, decimals));
}

/**
 * Decimals of the migration answer's figures by field (a spread's p5/p50/p95/mean take its field's):
 * TB to the GB, Mbit/s to 0.1, hours and GB to 0.01, the probability to 10⁻⁴. Counts, indexes and
 * dates are left as they are; an infinite figure (nothing copied) stays infinite and prints as null.
 */
export const MIGRATION_DECIMALS: Readonly<Record<string, number>> = {
  dataTb: 3,
  linkMbps: 1,
  windowHours: 2,
  idleLineHours: 2,
  requiredMbps: 1,
  durationHours: 2,
  finishProbability: 4,
  hoursShort: 2,
  remainingTbAtDeadline: 3,
  meanRateMbps: 1,
  lineFullHours: 2,
  liveUnservedGb: 2,
};

/** The lifecycle's fractions: the share of each month in force (days ÷ days) to 10⁻⁶. */
export const LIFECYCLE_DECIMALS: Readonly<Record<string, number>> = { shareInForce: 6 };

/**
 * A copy of `value` whose numbers under a key of `decimals` (or inside an array or a spread held by
 * one) are rounded to that many decimals; everything else is copied as it is.
 */
export function roundFields<T>(value: T, decimals: Readonly<Record<string, number>>, d?: number): T {
  if (typeof value === 'number') return (d === undefined ? value : roundTo(value, d)) as T;
  if (Array.isArray(value)) return value.map((v) => roundFields(v, decimals, d)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = roundFields(v, decimals, decimals[key] ?? d);
  return out as T;
}

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

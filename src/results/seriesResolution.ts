/**
 * The resolution each series is summarised to (sketchKeys.ts): below 1,024 of its steps its
 * percentiles are within half a step, above that within 0.1 % as for every series. The steps lie far
 * below what any reader tells apart in that unit — the charts, the tables and the CSV show hours to
 * 0.1 h, availability to 0.0001 %, seconds to 0.01 s — and spare the runner a bucket per value for
 * series whose values spread over many octaves of the tiny (0.0002 h above a link's capacity, an
 * availability of 0.99999994): those were most of what workers sent and the coordinator merged.
 * Series not named here (counts, capacities, money) keep the relative accuracy alone.
 */
const RULES: readonly [RegExp, number, string][] = [
  // availability and probabilities: 2^−20 ≈ 9.5e−7 (0.0001 %), also as a distance to 1
  [/Availability$|Probability$/, -20, '≈ 0.0001 %'],
  // hours: 2^−6 h ≈ 56 s
  [/Hours(Above\d+)?$|Hours[A-Z]\w*$/, -6, '≈ 1 min'],
  // minutes: 2^−6 min ≈ 1 s
  [/Minutes$/, -6, '≈ 1 s'],
  // seconds: 2^−10 s ≈ 1 ms
  [/Seconds$/, -10, '≈ 1 ms'],
  // gigabytes: 2^−7 GB ≈ 8 MB
  [/Gb$/, -7, '≈ 8 MB'],
  // megabits per second: 2^−4 ≈ 0.06 Mbit/s
  [/Mbps$/, -4, '≈ 0.06 Mbit/s'],
];

/** The exponent of a series' resolution (0: none, relative accuracy alone). */
export function seriesResolution(name: string): number {
  for (const [pattern, exponent] of RULES) if (pattern.test(name)) return exponent;
  return 0;
}

/** The resolution of a series in words (for documentation and tests). */
export function seriesResolutionText(name: string): string | undefined {
  for (const [pattern, , text] of RULES) if (pattern.test(name)) return text;
  return undefined;
}

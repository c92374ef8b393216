/**
 * What the link model (linkMonth.ts) takes and gives for one link over one term month: its
 * parameters, the extra loads and copies on it, the month's input and its figures.
 */

/** A uniform source on [0, 1); the engine's RandomStream satisfies it. */
export interface UniformSource {
  next(): number;
}

export interface LinkParams {
  capacityMbps: number;
  /** CV of the minute-level noise η (mean 1). */
  noiseCv: number;
}

/** An extra constant load on the link from `startMinute` (inclusive) to `endMinute` (exclusive), term minutes. */
export interface ExtraInterval {
  startMinute: number;
  endMinute: number;
  mbps: number;
}

/** A copy of data over the link (bulk copy or migration); the model advances it in place. */
export interface CopyJob {
  label: string;
  startMinute: number;
  capMbps: number;
  dataMbit: number;
  remainingMbit: number;
  /** Term minute the last bit arrived; NaN while running. */
  finishedMinute: number;
}

export interface LinkMonthInput {
  monthStartMinute: number;
  hours: number;
  /** Background mean per hour of the month (profile × daily factor), Mbit/s. */
  scaleMbps: Float64Array;
  /** ln(scaleMbps) per hour when the caller has it for free (hourlyDemand.ts); computed when absent. */
  lnScaleMbps?: Float64Array;
  /** Constant extra load per hour (backup window), Mbit/s. */
  hourExtraMbps: Float64Array;
  /** Extra loads at minute resolution (DDoS residue), sorted by start. */
  intervals: readonly ExtraInterval[];
  /** Copies on this link, any state; those that start before the month ends are advanced. */
  copies: readonly CopyJob[];
}

export interface LinkMonthStats {
  peakMbps: number;
  p95Mbps: number;
  hoursAbove80: number;
  hoursAbove100: number;
  unservedGb: number;
  /** Copies that finished in this month. */
  finished: CopyJob[];
}

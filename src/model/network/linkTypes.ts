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

/**
 * A copy of data over the link (bulk copy or migration); the model advances it in place. Policies:
 * - 'yield' (default): the copy takes min(cap, what the line has spare after live traffic and extra
 *   loads): live traffic is never slowed by it, the copy slows down in busy hours;
 * - 'hold': the copy keeps its cap (within what extra loads leave of the line): it is an extra load
 *   while it runs, finishes in dataMbit ÷ cap, and live traffic beyond the rest of the line is unserved.
 */
export interface CopyJob {
  label: string;
  startMinute: number;
  capMbps: number;
  dataMbit: number;
  remainingMbit: number;
  /** Term minute the last bit arrived; NaN while running. */
  finishedMinute: number;
  policy?: 'yield' | 'hold';
  /** When it must be done (term minute): the data still to copy is noted then. */
  deadlineMinute?: number;
  /** Data left at the deadline, Mbit: NaN until the deadline passes (a copy done before it leaves NaN). */
  remainingAtDeadlineMbit?: number;
  /** While it ran: expected minutes with the line full (demand incl. copies ≥ capacity). */
  fullMinutes?: number;
  /** While it ran: live demand left unserved because of the copies (Mbit/s × minutes; 0 when they yield). */
  liveUnservedMbpsMinutes?: number;
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

/**
 * How many SMS each category sends on a day, and when in the day.
 * - A calendar month's volume is messagesPerYear × seasonality[month] ÷ Σ seasonality.
 * - It is split over the month's sending days (working days when `workdaysOnly` — Monday–Friday
 *   less public holidays, plus make-up working days, with the holiday calendar on; Monday–Friday
 *   without it — every day otherwise) in proportion to a day weight: the deadline multiplier on a
 *   deadline day, 1 otherwise. A deadline on a non-sending day sends nothing.
 * - The day's count is Poisson around that expectation (drawn by the caller).
 * - Of a day's count, each intraday batch's share arrives at once at the start of its hour; the rest
 *   follows the category's arrival curve (smsCurves.ts; the portal's by default), spread over each hour.
 */
import { PORTAL_DIURNAL } from '../../scenario/sections/modelConstants.ts';
import type { Sms, SmsCategory } from '../../scenario/sections/sms.ts';
import { SMS_ARRIVAL_CURVES } from '../../scenario/sections/smsCurves.ts';
import { chinaDayKind, isWorkingDay } from '../calendar/chinaHolidays.ts';
import { daysInCalendarMonth, type MonthDays } from '../network/termDays.ts';

const DIURNAL_SUM = PORTAL_DIURNAL.reduce((s, v) => s + v, 0);
/** The portal curve as shares of a day (hour 0 = 00:00–01:00 CST): the default arrival curve. */
export const SMS_HOURLY_SHARE: readonly number[] = PORTAL_DIURNAL.map((v) => v / DIURNAL_SUM);

interface PreparedCategory {
  def: SmsCategory;
  monthShare: Float64Array;
  streamShare: number;
  /** multiplier by (month − 1) × 31 + (day − 1), 1 when no deadline. */
  deadline: Float64Array;
  /** The intraday batches as typed arrays (indexed loops: a for-of here allocated per day). */
  batchHours: Int32Array;
  batchShares: Float64Array;
  /** Index of its arrival curve in SmsVolume.curves. */
  curve: number;
}

/** A curve's 24 weights as shares of the day (Σ = 1). */
function shares(weights: readonly number[]): Float64Array {
  const sum = weights.reduce((a, v) => a + v, 0);
  return Float64Array.from(weights, (v) => (sum > 0 ? v / sum : 1 / 24));
}

/** The largest hourly share (the busiest hour of the stream). */
export const SMS_PEAK_HOUR_SHARE = Math.max(...SMS_HOURLY_SHARE);

const VOLUMES = [new WeakMap<Sms, SmsVolume>(), new WeakMap<Sms, SmsVolume>()];

/**
 * The SmsVolume of an SMS section (with or without the holiday calendar), built once per section
 * object: a pure function of the scenario (weights, expectations per day), shared by every
 * replication of the scenario in this worker.
 */
export function smsVolumeFor(sms: Sms, holidays = true): SmsVolume {
  const cache = VOLUMES[holidays ? 1 : 0];
  let volume = cache.get(sms);
  if (!volume) {
    volume = new SmsVolume(sms, holidays);
    cache.set(sms, volume);
  }
  return volume;
}

export class SmsVolume {
  private readonly categories: PreparedCategory[];
  /** The distinct arrival curves of the categories, as shares of a day (Σ = 1 each). */
  readonly curves: Float64Array[] = [];
  /** Every hour some category sends a batch in, ascending. */
  readonly batchHours: Int32Array;
  /** expectedDayAll of every day of a term month (days × categories), by the month's days object. */
  private readonly expectedByMonth = new WeakMap<MonthDays, Float64Array>();
  /** Σ day weights of a calendar month, per category, keyed by year × 12 + month − 1. */
  private readonly weightSums = new Map<number, Float64Array>();

  constructor(
    sms: Sms,
    /** Honour China's holidays and make-up working days for workdaysOnly categories. */
    readonly holidays = false,
  ) {
    const curveKeys: string[] = [];
    const curveOf = (def: SmsCategory): number => {
      const name = def.arrivalCurve ?? 'portal';
      const weights =
        name === 'custom' ? (def.customCurve ?? SMS_ARRIVAL_CURVES.portal) : SMS_ARRIVAL_CURVES[name];
      const key = name === 'custom' ? `custom:${weights.join(',')}` : name;
      let index = curveKeys.indexOf(key);
      if (index < 0) {
        index = curveKeys.length;
        curveKeys.push(key);
        this.curves.push(shares(weights));
      }
      return index;
    };
    this.categories = sms.categories.map((def) => {
      const seasonSum = def.seasonality.reduce((s, v) => s + v, 0);
      const monthShare = Float64Array.from(def.seasonality, (v) => (seasonSum > 0 ? v / seasonSum : 1 / 12));
      const deadline = new Float64Array(12 * 31).fill(1);
      for (const s of def.deadlineSpikes) deadline[(s.month - 1) * 31 + (s.day - 1)] = s.multiplier;
      const batchShare = def.intradayBatches.reduce((s, b) => s + b.share, 0);
      return {
        def,
        monthShare,
        streamShare: Math.max(0, 1 - batchShare),
        deadline,
        batchHours: Int32Array.from(def.intradayBatches, (b) => b.hour),
        batchShares: Float64Array.from(def.intradayBatches, (b) => b.share),
        curve: curveOf(def),
      };
    });
    const hours = new Set<number>();
    for (const c of this.categories) for (const h of c.batchHours) hours.add(h);
    this.batchHours = Int32Array.from([...hours].sort((a, b) => a - b));
  }

  /**
   * Expected messages of every category on every day of the term month: entry d × categoryCount + c
   * is expectedDay(c, month, d). Computed once per month (pure; callers must not write into it).
   */
  expectedMonth(month: MonthDays): Float64Array {
    let expected = this.expectedByMonth.get(month);
    if (!expected) {
      const n = this.categories.length;
      expected = new Float64Array(month.days * n);
      for (let d = 0; d < month.days; d++)
        this.expectedDayAll(month, d, expected.subarray(d * n, (d + 1) * n));
      this.expectedByMonth.set(month, expected);
    }
    return expected;
  }

  get categoryCount(): number {
    return this.categories.length;
  }

  /** Expected messages of category `c` on day `d` of the term month. */
  expectedDay(c: number, month: MonthDays, d: number): number {
    const cat = this.categories[c];
    const weight = this.dayWeight(
      cat,
      month.weekday[d],
      month.dayKind[d],
      month.monthOfYear[d],
      month.dayOfMonth[d],
    );
    if (weight === 0) return 0;
    const sums = this.monthWeightSums(
      month.year[d],
      month.monthOfYear[d],
      month.weekday[d],
      month.dayOfMonth[d],
    );
    const monthVolume = cat.def.messagesPerYear * cat.monthShare[month.monthOfYear[d] - 1];
    return sums[c] > 0 ? (monthVolume * weight) / sums[c] : 0;
  }

  /** expectedDay for every category of day `d` at once (one lookup of the month's weight sums). */
  expectedDayAll(month: MonthDays, d: number, out: Float64Array): void {
    const weekday = month.weekday[d];
    const kind = month.dayKind[d];
    const monthOfYear = month.monthOfYear[d];
    const day = month.dayOfMonth[d];
    const sums = this.monthWeightSums(month.year[d], monthOfYear, weekday, day);
    for (let c = 0; c < this.categories.length; c++) {
      const cat = this.categories[c];
      const weight = this.dayWeight(cat, weekday, kind, monthOfYear, day);
      const monthVolume = cat.def.messagesPerYear * cat.monthShare[monthOfYear - 1];
      out[c] = weight !== 0 && sums[c] > 0 ? (monthVolume * weight) / sums[c] : 0;
    }
  }

  /**
   * Adds `count` messages of category `c` sent on one day to the day's hourly batch (at the hour's
   * start) and stream (spread over the hour by its curve) arrays, length 24.
   */
  addDay(c: number, count: number, batch: Float64Array, stream: Float64Array): void {
    if (count <= 0) return;
    const cat = this.categories[c];
    const { batchHours, batchShares } = cat;
    for (let i = 0; i < batchHours.length; i++) batch[batchHours[i]] += count * batchShares[i];
    const streamed = count * cat.streamShare;
    const curve = this.curves[cat.curve];
    if (streamed > 0) for (let h = 0; h < 24; h++) stream[h] += streamed * curve[h];
  }

  /** The index in `curves` of category `c`'s arrival curve. */
  curveOf(c: number): number {
    return this.categories[c].curve;
  }

  /**
   * addDay split in two for the month loop: adds the category's batches to `batch` and returns its
   * streamed count, so the caller spreads the day's summed stream over the hours once.
   */
  addDayBatches(c: number, count: number, batch: Float64Array): number {
    if (count <= 0) return 0;
    const cat = this.categories[c];
    const { batchHours, batchShares } = cat;
    for (let i = 0; i < batchHours.length; i++) batch[batchHours[i]] += count * batchShares[i];
    return count * cat.streamShare;
  }

  private dayWeight(
    cat: PreparedCategory,
    weekday: number,
    kind: number,
    month: number,
    day: number,
  ): number {
    if (cat.def.workdaysOnly && !(this.holidays ? isWorkingDay(weekday, kind) : weekday < 5)) return 0;
    return cat.deadline[(month - 1) * 31 + (day - 1)];
  }

  private monthWeightSums(year: number, month: number, weekday: number, dayOfMonth: number): Float64Array {
    const key = year * 12 + month - 1;
    const cached = this.weightSums.get(key);
    if (cached) return cached;
    const firstWeekday = (((weekday - (dayOfMonth - 1)) % 7) + 7) % 7;
    const days = daysInCalendarMonth(year, month);
    const sums = new Float64Array(this.categories.length);
    for (let c = 0; c < this.categories.length; c++) {
      let s = 0;
      for (let k = 0; k < days; k++)
        s += this.dayWeight(
          this.categories[c],
          (firstWeekday + k) % 7,
          chinaDayKind(year, month, k + 1),
          month,
          k + 1,
        );
      sums[c] = s;
    }
    this.weightSums.set(key, sums);
    return sums;
  }
}

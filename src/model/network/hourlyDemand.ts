/**
 * Hourly background demand of a link from its profile: for hour h of day d,
 * scale = max(baseMbps, peakMbps × diurnal[hour] × weekly[day] × annual[month]) × dayFactor[d].
 * weekly[day] is the day's weekday factor; with the holiday calendar, a public holiday takes
 * Sunday's factor and a make-up working day the mean of Monday–Friday's (the notices do not say
 * which weekday's timetable a make-up day follows). The day factor (lognormal, mean 1) carries
 * day-to-day variation; minute noise is applied by the link model on top of this mean.
 */
import type { DemandProfile } from '../../scenario/sections/network.ts';
import { DAY_HOLIDAY, DAY_MAKE_UP_WORKDAY } from '../calendar/chinaHolidays.ts';
import type { MonthDays } from './termDays.ts';

/** Index into weeklyWithHolidays: the weekday, or 7 for a holiday, 8 for a make-up working day. */
function dayIndex(month: MonthDays, d: number, holidays: boolean): number {
  if (!holidays) return month.weekday[d];
  const kind = month.dayKind[d];
  return kind === DAY_HOLIDAY ? 7 : kind === DAY_MAKE_UP_WORKDAY ? 8 : month.weekday[d];
}

/** The 7 weekday factors, then a holiday's (Sunday's) and a make-up working day's (Mon–Fri mean). */
export function weeklyWithHolidays(weekly: readonly number[]): Float64Array {
  const workdayMean = (weekly[0] + weekly[1] + weekly[2] + weekly[3] + weekly[4]) / 5;
  return Float64Array.from([...weekly, weekly[6], workdayMean]);
}

/** Fills `out` (length ≥ month.hours) with the month's hourly background means, Mbit/s. */
export function fillHourlyDemand(
  profile: DemandProfile,
  month: MonthDays,
  dayFactor: ArrayLike<number>,
  out: Float64Array,
  holidays = false,
): Float64Array {
  const weekly = weeklyWithHolidays(profile.weekly);
  for (let d = 0; d < month.days; d++) {
    const dayScale =
      profile.peakMbps * weekly[dayIndex(month, d, holidays)] * profile.annual[month.monthOfYear[d] - 1];
    const factor = dayFactor[d];
    for (let hour = 0; hour < 24; hour++) {
      const mean = Math.max(profile.baseMbps, dayScale * profile.diurnal[hour]);
      out[d * 24 + hour] = mean * factor;
    }
  }
  return out;
}

/**
 * fillHourlyDemand for one link, month by month, also writing ln(scale) per hour without a log per
 * hour: ln scale = max(ln base, ln peak + ln weekly + ln annual + ln diurnal) + ln(day factor), from
 * per-link log tables and the day factor's own normal deviate. The scales equal fillHourlyDemand's
 * for factor = exp(lnFactor) up to rounding (the product is taken in another order).
 */
export class HourlyDemand {
  private readonly lnDiurnal: Float64Array;
  private readonly lnWeekly: Float64Array;
  private readonly lnAnnual: Float64Array;
  private readonly lnBase: number;
  private readonly lnPeak: number;
  private readonly peakDiurnal: Float64Array;
  private readonly weekly: Float64Array;
  private readonly annual: Float64Array;
  private readonly baseMbps: number;

  constructor(
    profile: DemandProfile,
    private readonly holidays = false,
  ) {
    this.peakDiurnal = Float64Array.from(profile.diurnal, (v) => v * profile.peakMbps);
    this.weekly = weeklyWithHolidays(profile.weekly);
    this.annual = Float64Array.from(profile.annual);
    this.baseMbps = profile.baseMbps;
    this.lnDiurnal = Float64Array.from(profile.diurnal, Math.log);
    this.lnWeekly = Float64Array.from(this.weekly, Math.log);
    this.lnAnnual = Float64Array.from(profile.annual, Math.log);
    this.lnBase = Math.log(profile.baseMbps);
    this.lnPeak = Math.log(profile.peakMbps);
  }

  /**
   * Fills `out` and `lnOut` (length ≥ month.hours) from the days' factors and their logarithms;
   * returns Σ out over the month's hours (the month's mean demand volume in Mbit/s·h).
   */
  fill(
    month: MonthDays,
    dayFactor: Float64Array,
    lnDayFactor: Float64Array,
    out: Float64Array,
    lnOut: Float64Array,
  ): number {
    const { lnDiurnal, lnBase, peakDiurnal, baseMbps } = this;
    const { monthOfYear, days } = month;
    const holidays = this.holidays;
    let total = 0;
    for (let d = 0; d < days; d++) {
      const wd = dayIndex(month, d, holidays);
      const moy = monthOfYear[d] - 1;
      const dayScale = this.weekly[wd] * this.annual[moy];
      const lnDay = this.lnPeak + this.lnWeekly[wd] + this.lnAnnual[moy];
      const factor = dayFactor[d];
      const lnFactor = lnDayFactor[d];
      for (let hour = 0, i = d * 24; hour < 24; hour++, i++) {
        const scale = Math.max(baseMbps, dayScale * peakDiurnal[hour]) * factor;
        out[i] = scale;
        total += scale;
        lnOut[i] = Math.max(lnBase, lnDay + lnDiurnal[hour]) + lnFactor;
      }
    }
    return total;
  }
}

/** Hourly extra load of a nightly window [startHour, startHour + hours) (wrapping past midnight), for
 * `monthHours` hours from a 00:00 start. */
export function fillBackupWindow(
  startHour: number,
  hours: number,
  mbps: number,
  monthHours: number,
  out: Float64Array,
): Float64Array {
  const inWindow = new Uint8Array(24);
  for (let k = 0; k < hours; k++) inWindow[(startHour + k) % 24] = 1;
  for (let h = 0; h < monthHours; h++) out[h] = inWindow[h % 24] ? mbps : 0;
  return out;
}

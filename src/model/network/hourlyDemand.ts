/**
 * Hourly background demand of a link from its profile: for hour h of day d,
 * scale = max(baseMbps, peakMbps × diurnal[hour] × weekly[weekday] × annual[month]) × dayFactor[d].
 * The day factor (lognormal, mean 1) carries day-to-day variation; minute noise is applied by the
 * link model on top of this mean.
 */
import type { DemandProfile } from '../../scenario/sections/network.ts';
import type { MonthDays } from './termDays.ts';

/** Fills `out` (length ≥ month.hours) with the month's hourly background means, Mbit/s. */
export function fillHourlyDemand(
  profile: DemandProfile,
  month: MonthDays,
  dayFactor: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  for (let d = 0; d < month.days; d++) {
    const dayScale =
      profile.peakMbps * profile.weekly[month.weekday[d]] * profile.annual[month.monthOfYear[d] - 1];
    const factor = dayFactor[d];
    for (let hour = 0; hour < 24; hour++) {
      const mean = Math.max(profile.baseMbps, dayScale * profile.diurnal[hour]);
      out[d * 24 + hour] = mean * factor;
    }
  }
  return out;
}

/** Hourly extra load of a nightly window [startHour, startHour + hours) (wrapping past midnight). */
export function fillBackupWindow(
  startHour: number,
  hours: number,
  mbps: number,
  month: MonthDays,
  out: Float64Array,
): Float64Array {
  const inWindow = new Uint8Array(24);
  for (let k = 0; k < hours; k++) inWindow[(startHour + k) % 24] = 1;
  for (let h = 0; h < month.hours; h++) out[h] = inWindow[h % 24] ? mbps : 0;
  return out;
}

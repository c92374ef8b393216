/**
 * Installs the SMS model: no events of its own; at each month end it draws each day's count per
 * category (Poisson around the expectation, stream 'sms'), runs the fluid gateway hour by hour and
 * records
 * - `smsSent` (messages in the month), `smsYearToDate` (running total of the contract year, which
 *   restarts every 12 term months; compared with smsPerYear),
 * - `smsPeakHourMessages` (largest hour's arrivals),
 * - `smsDelayP50Seconds`, `smsDelayP95Seconds`, `smsDelayMaxSeconds` (queue delay before sending),
 * - `smsDelayedMessages` (delay above delayThresholdSeconds).
 */
import type { ModelContext } from '../context.ts';
import { monthDays } from '../network/termDays.ts';
import { FluidGateway } from './fluidGateway.ts';
import { SMS_HOURLY_SHARE, SMS_PEAK_HOUR_SHARE, type SmsVolume, smsVolumeFor } from './smsVolume.ts';

export interface SmsModel {
  gateway: FluidGateway;
  volume: SmsVolume;
}

export function installSms(ctx: ModelContext): SmsModel {
  const { sim, scenario, recorder } = ctx;
  const stream = sim.stream('sms');
  const volume = smsVolumeFor(scenario.sms);
  const gateway = new FluidGateway(scenario.sms.gatewayMessagesPerSecond, scenario.sms.delayThresholdSeconds);
  const batch = new Float64Array(24);
  const categories = volume.categoryCount;
  const { batchHours } = volume;
  let yearToDate = 0;
  ctx.onMonthEnd((m) => {
    const month = monthDays(sim.calendar, m);
    if (m % 12 === 0) yearToDate = 0;
    gateway.histogram.reset();
    let sent = 0;
    let peakHour = 0;
    const expectedDays = volume.expectedMonth(month);
    for (let d = 0; d < month.days; d++) {
      batch.fill(0);
      let streamed = 0;
      for (let c = 0; c < categories; c++) {
        const expected = expectedDays[d * categories + c];
        const count = expected > 0 ? stream.poisson(expected) : 0;
        sent += count;
        streamed += volume.addDayBatches(c, count, batch);
      }
      gateway.runDay(batch, streamed);
      // The day's busiest hour: the stream's peak hour, or an hour with a batch (the same maximum
      // as over all 24 hours, since an hour without a batch only has its share of the stream).
      const streamPeak = streamed * SMS_PEAK_HOUR_SHARE;
      if (streamPeak > peakHour) peakHour = streamPeak;
      for (let i = 0; i < batchHours.length; i++) {
        const h = batchHours[i];
        const arrivals = batch[h] + streamed * SMS_HOURLY_SHARE[h];
        if (arrivals > peakHour) peakHour = arrivals;
      }
    }
    yearToDate += sent;
    const hist = gateway.histogram;
    recorder.set('smsSent', m, sent);
    recorder.set('smsYearToDate', m, yearToDate);
    recorder.set('smsPeakHourMessages', m, peakHour);
    recorder.set('smsDelayP50Seconds', m, hist.quantile(0.5));
    recorder.set('smsDelayP95Seconds', m, hist.quantile(0.95));
    recorder.set('smsDelayMaxSeconds', m, hist.maxDelaySeconds);
    recorder.set('smsDelayedMessages', m, hist.delayedMessages);
  });
  return { gateway, volume };
}

/**
 * Installs the SMS model: no events of its own; at each month end it draws each day's count per
 * category (Poisson around the expectation, stream 'sms'; working days from the term's holiday
 * calendar), spreads what is not batched over the hours by each category's arrival curve, runs the
 * gateway hour by hour and records
 * - `smsSent` (messages in the month), `smsYearToDate` (running total of the contract year, which
 *   restarts every 12 term months; compared with smsPerYear),
 * - `smsPeakHourMessages` (largest hour's arrivals),
 * - the queue wait before sending (fluidGateway.ts): `smsDelayMeanSeconds`, `smsWaitProbability`
 *   (share of messages that waited at all, 0..1), `smsDelayP50Seconds`, `smsDelayP95Seconds`,
 *   `smsDelayMaxSeconds` (s), and `smsDelayedMessages` (messages that waited longer than
 *   delayThresholdSeconds).
 * Lifecycle: contract years restart at each term's start; a partial move takes its SMS share of
 * every later day's expectation; the exit month sends only on its days in force.
 */
import { demandRemaining, MINUTES_PER_DAY } from '../../scenario/lifecycle.ts';
import type { ModelContext } from '../context.ts';
import { monthDays } from '../network/termDays.ts';
import { FluidGateway } from './fluidGateway.ts';
import { type SmsVolume, smsVolumeFor } from './smsVolume.ts';

export interface SmsModel {
  gateway: FluidGateway;
  volume: SmsVolume;
}

export function installSms(ctx: ModelContext): SmsModel {
  const { sim, scenario, recorder } = ctx;
  const stream = sim.stream('sms');
  const volume = smsVolumeFor(scenario.sms, (scenario.term.holidayCalendar ?? 'china') === 'china');
  const { sms } = scenario;
  const gateway = new FluidGateway(
    sms.gatewayMessagesPerSecond,
    sms.delayThresholdSeconds,
    sms.gatewayChannels ?? 1,
    sms.serviceTime ?? 'deterministic',
  );
  const batch = new Float64Array(24);
  const curveCount = volume.curves.length;
  // The curves' shares hour by hour (hour h, curve k at h × curveCount + k), and each category's
  // curve: typed arrays for the day loop, which runs ~1,100 times a replication.
  const curvesByHour = new Float64Array(curveCount * 24);
  volume.curves.forEach((curve, k) => {
    for (let h = 0; h < 24; h++) curvesByHour[h * curveCount + k] = curve[h];
  });
  const streamedByCurve = new Float64Array(curveCount);
  const categories = volume.categoryCount;
  const curveOf = Int32Array.from({ length: categories }, (_, c) => volume.curveOf(c));
  let yearToDate = 0;
  const life = ctx.lifecycle;
  const shares = life.demandShareSteps;
  ctx.onMonthEnd((m) => {
    const month = monthDays(sim.calendar, m);
    // Contract years start every 12 months from each term's first month.
    if (life.contractYearStarts[m]) yearToDate = 0;
    const days = life.daysInForce[m];
    let sent = 0;
    let peakHour = 0;
    const expectedDays = volume.expectedMonth(month);
    for (let d = 0; d < days; d++) {
      batch.fill(0);
      streamedByCurve.fill(0);
      const remaining =
        shares.length === 0 ? 1 : demandRemaining(shares, 'sms', month.startMinute + d * MINUTES_PER_DAY);
      for (let c = 0; c < categories; c++) {
        const expected = expectedDays[d * categories + c] * remaining;
        const count = expected > 0 ? stream.poisson(expected) : 0;
        sent += count;
        streamedByCurve[curveOf[c]] += volume.addDayBatches(c, count, batch);
      }
      const dayPeak = gateway.runDayByCurves(batch, streamedByCurve, curvesByHour, curveCount);
      if (dayPeak > peakHour) peakHour = dayPeak;
    }
    yearToDate += sent;
    const g = gateway.closeMonth();
    recorder.set('smsSent', m, sent);
    recorder.set('smsYearToDate', m, yearToDate);
    recorder.set('smsPeakHourMessages', m, peakHour);
    recorder.set('smsDelayMeanSeconds', m, g.meanWaitSeconds);
    recorder.set('smsWaitProbability', m, g.waitProbability);
    recorder.set('smsDelayP50Seconds', m, g.p50Seconds);
    recorder.set('smsDelayP95Seconds', m, g.p95Seconds);
    recorder.set('smsDelayMaxSeconds', m, g.maxSeconds);
    recorder.set('smsDelayedMessages', m, g.delayedMessages);
  });
  return { gateway, volume };
}

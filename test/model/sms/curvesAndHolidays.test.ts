import { describe, expect, it } from 'vitest';
import { TermCalendar } from '../../../src/engine/calendar.ts';
import { HourlyDemand } from '../../../src/model/network/hourlyDemand.ts';
import { monthDays } from '../../../src/model/network/termDays.ts';
import { runReplication } from '../../../src/model/runReplication.ts';
import { installSms } from '../../../src/model/sms/installSms.ts';
import { SmsVolume } from '../../../src/model/sms/smsVolume.ts';
import { BASELINE_ID, builtInScenario } from '../../../src/scenario/library.ts';
import { NETWORK_DEFAULTS } from '../../../src/scenario/sections/network.ts';
import type { Sms, SmsCategory } from '../../../src/scenario/sections/sms.ts';
import { SMS_ARRIVAL_CURVES } from '../../../src/scenario/sections/smsCurves.ts';
import { validateScenario } from '../../../src/scenario/validate.ts';

const category = (over: Partial<SmsCategory>): SmsCategory => ({
  id: 'c',
  name: 'c',
  nameZh: 'c',
  messagesPerYear: 240_000,
  seasonality: new Array(12).fill(1),
  deadlineSpikes: [],
  intradayBatches: [],
  workdaysOnly: true,
  ...over,
});

const sms = (categories: SmsCategory[]): Sms => ({
  gatewayMessagesPerSecond: 100,
  delayThresholdSeconds: 60,
  categories,
});

/** Term month 1 of a term from 2024-01-01: February 2024 (春节 2-10 to 2-17, make-up Sundays 2-4 and 2-18). */
const FEB_2024 = monthDays(new TermCalendar('2024-01-01', 12), 1);

describe('working-day SMS follow the holiday calendar', () => {
  it('send on the make-up Sundays and not in the Spring Festival week; the month’s volume is kept', () => {
    const volume = new SmsVolume(sms([category({})]), true);
    const day = (d: number) => volume.expectedDay(0, FEB_2024, d - 1);
    expect(day(4)).toBeGreaterThan(0); // Sunday, worked
    expect(day(12)).toBe(0); // Monday, 春节
    expect(day(18)).toBeGreaterThan(0); // Sunday, worked
    expect(day(24)).toBe(0); // an ordinary Saturday
    expect(day(4)).toBeCloseTo(day(5), 9);
    let total = 0;
    for (let d = 1; d <= 29; d++) total += day(d);
    expect(total).toBeCloseTo(20_000, 6); // 240,000 ÷ 12, over 18 working days (21 − 5 + 2) instead of 21
    const plain = new SmsVolume(sms([category({})]), false);
    expect(plain.expectedDay(0, FEB_2024, 3)).toBe(0); // without the calendar: a Sunday is off
    expect(plain.expectedDay(0, FEB_2024, 11)).toBeGreaterThan(0);
    expect(day(5) / plain.expectedDay(0, FEB_2024, 4)).toBeCloseTo(21 / 18, 9);
  });
});

describe('arrival curves per message type', () => {
  it('spread each category’s stream by its own curve: official notices never at night', () => {
    const volume = new SmsVolume(
      sms([
        category({ id: 'a', arrivalCurve: 'official-notices' }),
        category({ id: 'b', arrivalCurve: 'approval-notices' }),
        category({ id: 'c', arrivalCurve: 'custom', customCurve: [...new Array(23).fill(0), 1] }),
        category({ id: 'd' }),
      ]),
    );
    const batch = new Float64Array(24);
    const streams = [0, 1, 2, 3].map((c) => {
      const stream = new Float64Array(24);
      volume.addDay(c, 1000, batch, stream);
      return stream;
    });
    const night = (s: Float64Array) => [...s.slice(0, 8), ...s.slice(21)].reduce((a, v) => a + v, 0);
    expect(night(streams[0])).toBe(0);
    expect(streams[0].reduce((a, v) => a + v, 0)).toBeCloseTo(1000, 9);
    expect(streams[1][12] / streams[1][10]).toBeCloseTo(0.2, 9); // lunch dip in office hours
    expect(streams[2][23]).toBeCloseTo(1000, 9);
    expect(night(streams[3])).toBeGreaterThan(0); // the portal curve has night traffic
    expect(volume.curves).toHaveLength(4);
    expect(SMS_ARRIVAL_CURVES['around-the-clock']).toHaveLength(24);
  });

  it('a loaded gateway waits longer for a curve that packs the day into office hours', () => {
    const base = builtInScenario(BASELINE_ID)!;
    const withCurve = (arrivalCurve: SmsCategory['arrivalCurve']) => ({
      ...base,
      sms: {
        ...base.sms,
        gatewayMessagesPerSecond: 0.5,
        categories: base.sms.categories.map((c) => ({ ...c, intradayBatches: [], arrivalCurve })),
      },
    });
    const p95 = (s: typeof base) => runReplication(s, 0, [installSms]).series.smsDelayP95Seconds[2];
    expect(p95(withCurve('approval-notices'))).toBeGreaterThan(p95(withCurve('around-the-clock')));
  });

  it("rejects a 'custom' curve without weights, naming the field", () => {
    const base = builtInScenario(BASELINE_ID)!;
    const bad = structuredClone(base) as unknown as { sms: { categories: Record<string, unknown>[] } };
    bad.sms.categories[0].arrivalCurve = 'custom';
    const result = validateScenario(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.issues)).toContain('customCurve');
  });
});

describe('traffic follows the holiday calendar', () => {
  it('a holiday weekday runs at Sunday’s level, a make-up Sunday at a working day’s', () => {
    const profile = { ...NETWORK_DEFAULTS.egress, baseMbps: 0 };
    const run = (holidays: boolean) => {
      const demand = new HourlyDemand(profile, holidays);
      const out = new Float64Array(FEB_2024.hours);
      demand.fill(
        FEB_2024,
        new Float64Array(29).fill(1),
        new Float64Array(29),
        out,
        new Float64Array(FEB_2024.hours),
      );
      return (d: number) => out[(d - 1) * 24 + 10]; // 10:00 of day d
    };
    const on = run(true);
    const off = run(false);
    const weekly = profile.weekly;
    expect(on(12) / off(12)).toBeCloseTo(weekly[6] / weekly[0], 9); // Monday 2-12, 春节
    const workdayMean = (weekly[0] + weekly[1] + weekly[2] + weekly[3] + weekly[4]) / 5;
    expect(on(4) / off(4)).toBeCloseTo(workdayMean / weekly[6], 9); // Sunday 2-4, worked
    expect(on(6)).toBe(off(6)); // an ordinary Tuesday
  });
});

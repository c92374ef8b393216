import { describe, expect, it } from 'vitest';
import { fillHourlyDemand } from '../../../src/model/network/hourlyDemand.ts';
import { type CopyJob, type LinkMonthInput, LinkMonthModel } from '../../../src/model/network/linkMonth.ts';
import type { MonthDays } from '../../../src/model/network/termDays.ts';
import { PORTAL_ANNUAL, PORTAL_DIURNAL, PORTAL_WEEKLY } from '../../../src/scenario/sections/network.ts';
import { fineLinkMonth, testUniform } from './fineLink.ts';

function fakeMonth(days: number): MonthDays {
  const weekday = new Int8Array(days);
  for (let d = 0; d < days; d++) weekday[d] = d % 7;
  return {
    startMinute: 0,
    days,
    hours: days * 24,
    weekday,
    monthOfYear: new Int8Array(days).fill(3),
    dayOfMonth: Int8Array.from({ length: days }, (_, d) => d + 1),
    year: new Int16Array(days).fill(2024),
    dayKind: new Int8Array(days),
  };
}

function portalInput(peakMbps: number, days = 30, copies: CopyJob[] = []): LinkMonthInput {
  const month = fakeMonth(days);
  const profile = {
    baseMbps: 40,
    peakMbps,
    diurnal: PORTAL_DIURNAL,
    weekly: PORTAL_WEEKLY,
    annual: PORTAL_ANNUAL,
    noiseCv: 0.15,
  };
  return {
    monthStartMinute: 0,
    hours: month.hours,
    scaleMbps: fillHourlyDemand(
      profile,
      month,
      new Float64Array(days).fill(1),
      new Float64Array(month.hours),
    ),
    hourExtraMbps: new Float64Array(month.hours),
    intervals: [
      { startMinute: 5 * 1440 + 10 * 60 + 17, endMinute: 5 * 1440 + 11 * 60 + 2, mbps: 150 },
      { startMinute: 12 * 1440 + 14 * 60 + 40, endMinute: 12 * 1440 + 14 * 60 + 55, mbps: 400 },
    ],
    copies,
  };
}

function copyJob(dataTb: number, capMbps: number, startMinute = 0): CopyJob {
  const dataMbit = dataTb * 8e6;
  return {
    label: 'copy',
    startMinute,
    capMbps,
    dataMbit,
    remainingMbit: dataMbit,
    finishedMinute: Number.NaN,
  };
}

/**
 * Runs 32 months of the coarse model and of the per-minute reference on the same input (different
 * seeds) and checks the stated tolerances month by month, and the peak on the 32-month average.
 */
function expectCoarseMatchesFine(
  input: ReturnType<typeof portalInput>,
  fineSeedOffset: number,
  regime: (fine: ReturnType<typeof fineLinkMonth>) => void,
): void {
  const model = new LinkMonthModel({ capacityMbps: 1000, noiseCv: 0.15 });
  let coarsePeak = 0;
  let finePeak = 0;
  for (let seed = 1; seed <= 32; seed++) {
    const coarse = model.runMonth(input, testUniform(seed));
    const fine = fineLinkMonth(input, 1000, 0.15, testUniform(fineSeedOffset + seed));
    coarsePeak += coarse.peakMbps / 32;
    finePeak += fine.peakMbps / 32;
    regime(fine);
    expect(Math.abs(coarse.hoursAbove80 - fine.hoursAbove80)).toBeLessThan(
      Math.max(1, 0.05 * fine.hoursAbove80),
    );
    expect(Math.abs(coarse.hoursAbove100 - fine.hoursAbove100)).toBeLessThan(
      Math.max(1, 0.05 * fine.hoursAbove100),
    );
    expect(Math.abs(coarse.p95Mbps - fine.p95Mbps)).toBeLessThan(15);
    expect(Math.abs(coarse.unservedGb - fine.unservedGb)).toBeLessThan(0.1 * fine.unservedGb);
  }
  expect(Math.abs(coarsePeak - finePeak) / finePeak).toBeLessThan(0.03);
}

describe('LinkMonthModel (hourly coarse model) against the minute-by-minute reference', () => {
  // Tolerances: hours above 80 % within 5 % (or 1 h), p95 within 1.5 % of the link, unserved within
  // 10 %, the month's peak (a random max) within 3 % averaged over 32 months: a month's peak varies
  // by ≈ 5 % (sd), so over 8 months the two averages differed by ±2.4 % (sd) from chance alone.
  it('agrees near saturation (peak profile 1050 Mbit/s on a 1000 Mbit/s link, noise CV 0.15)', () => {
    const input = portalInput(1050);
    expectCoarseMatchesFine(input, 1000, (fine) => expect(fine.hoursAbove80).toBeGreaterThan(20));
  });

  it('agrees past saturation with a nightly backup load (peak 1300 Mbit/s, 150 Mbit/s at 01–05)', () => {
    const input = portalInput(1300);
    for (let h = 0; h < input.hours; h++) if (h % 24 >= 1 && h % 24 < 5) input.hourExtraMbps[h] = 150;
    expectCoarseMatchesFine(input, 2000, (fine) => expect(fine.hoursAbove100).toBeGreaterThan(20));
  });

  it('agrees with a copy competing for the link (hours above 80 % and copy duration)', () => {
    const mk = () => [copyJob(20, 600, 2 * 1440)];
    const coarseInput = portalInput(700, 30, mk());
    const fineInput = portalInput(700, 30, mk());
    const model = new LinkMonthModel({ capacityMbps: 1000, noiseCv: 0.15 });
    const coarse = model.runMonth(coarseInput, testUniform(3));
    const fine = fineLinkMonth(fineInput, 1000, 0.15, testUniform(4));
    expect(coarse.finished).toHaveLength(1);
    const coarseHours = (coarseInput.copies[0].finishedMinute - 2 * 1440) / 60;
    const fineHours = (fine.copyFinishMinutes[0] - 2 * 1440) / 60;
    expect(Math.abs(coarseHours - fineHours) / fineHours).toBeLessThan(0.01);
    expect(Math.abs(coarse.hoursAbove80 - fine.hoursAbove80)).toBeLessThan(
      Math.max(1, 0.05 * fine.hoursAbove80),
    );
  });
});

describe('migration copy timing', () => {
  it('takes D·8·10⁶/L seconds over a free link', () => {
    const input = portalInput(0, 30, [copyJob(10, 500)]);
    input.scaleMbps.fill(0);
    input.intervals = [];
    const model = new LinkMonthModel({ capacityMbps: 1000, noiseCv: 0.15 });
    model.runMonth(input, testUniform(1));
    const seconds = input.copies[0].finishedMinute * 60;
    expect(seconds).toBeCloseTo((10 * 8e6) / 500, 6);
  });

  it('takes longer with background traffic, by exactly what the spare capacity says', () => {
    // Constant background 600 Mbit/s (no noise) on a 1000 Mbit/s link, copy capped at 800: it gets 400.
    const input = portalInput(0, 30, [copyJob(10, 800)]);
    input.scaleMbps.fill(600);
    input.intervals = [];
    new LinkMonthModel({ capacityMbps: 1000, noiseCv: 0 }).runMonth(input, testUniform(1));
    expect(input.copies[0].finishedMinute * 60).toBeCloseTo((10 * 8e6) / 400, 6);
  });

  it('over the portal profile, the copy slows by the profile’s mean load (within 1 %)', () => {
    // A 30 TB copy capped at 1000 Mbit/s over the working-day profile (peak 600): it only gets what
    // the background leaves, on average C − mean(background) when the cap never binds below C.
    const input = portalInput(600, 30, [copyJob(30, 1000)]);
    input.intervals = [];
    const model = new LinkMonthModel({ capacityMbps: 1000, noiseCv: 0.15 });
    model.runMonth(input, testUniform(9));
    const hours = input.copies[0].finishedMinute / 60;
    const freeHours = (30 * 8e6) / 1000 / 3600;
    let bg = 0;
    const n = Math.ceil(hours);
    for (let h = 0; h < n; h++) bg += input.scaleMbps[h] / n;
    const expectedHours = (30 * 8e6) / (1000 - bg) / 3600;
    expect(hours).toBeGreaterThan(freeHours * 1.2);
    expect(Math.abs(hours - expectedHours) / expectedHours).toBeLessThan(0.01);
  });
});

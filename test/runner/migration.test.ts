/**
 * The migration answer against theory (issue 14): D decimal TB (10¹² bytes = 8·10⁶ Mbit, as the
 * storage model counts) at L Mbit/s on an idle line take D · 8·10⁶ ÷ L ÷ 3600 hours; the copy finishes
 * before the exit with probability 1 when that fits the notice window and 0 when it does not, and then
 * it says by how much and what rate would have made it. On a busy line a copy that yields is slower,
 * one that holds its rate leaves live traffic unserved.
 */
import { describe, expect, it } from 'vitest';
import { ReplicationAggregator } from '../../src/results/aggregate.ts';
import { createReplicator } from '../../src/runner/replicate.ts';
import { lifecycleAggregation } from '../../src/runner/scenarioRun.ts';
import { copyOfBuiltIn } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import type { CopyPolicy } from '../../src/scenario/sections/timeline.ts';
import { validateScenario } from '../../src/scenario/validate.ts';

/** Notice 2025-03-01, exit 2025-03-16; the copy starts 2025-03-02: a window of 14 days = 336 h. */
function migration(dataTb: number, linkMbps: number, policy: CopyPolicy, idle: boolean): Scenario {
  const doc = copyOfBuiltIn('luohe-2023-baseline')!;
  doc.id = 'migration-test';
  if (idle) {
    doc.network.egress = { ...doc.network.egress, baseMbps: 0, peakMbps: 0 };
    doc.network.ddos.eventsPerYear = 0;
  }
  doc.timeline = [
    { kind: 'exit-notice', date: '2025-03-01', exitDate: '2025-03-16' },
    { kind: 'migrate-out', date: '2025-03-02', systemIds: [], dataTb, linkMbps, copyPolicy: policy },
  ];
  const checked = validateScenario(doc);
  if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join('; '));
  return checked.scenario;
}

function answer(scenario: Scenario, replications = 4) {
  const replicate = createReplicator(scenario);
  const agg = new ReplicationAggregator({
    scenarioId: scenario.id,
    inputsHash: 'h',
    seed: scenario.simulation.seed,
    replications,
    ...lifecycleAggregation(scenario),
  });
  for (let i = 0; i < replications; i++) agg.add(replicate(i));
  const summary = agg.summarize();
  expect(summary.migrations).toHaveLength(1);
  return summary.migrations![0];
}

const hours = (tb: number, mbps: number) => (tb * 8e6) / mbps / 3600;

describe('a migration on an idle line', () => {
  for (const policy of ['yield', 'hold'] as const) {
    it(`${policy}: 16 TB at 800 Mbit/s take 16·8·10⁶/800/3600 = 44.4 h, within the 336-h window`, () => {
      const m = answer(migration(16, 800, policy, true));
      expect(m.windowHours).toBe(336);
      expect(m.idleLineHours).toBeCloseTo(hours(16, 800), 12);
      expect(m.durationHours.p50).toBeCloseTo(hours(16, 800), 6);
      expect(m.durationHours.p95).toBeCloseTo(hours(16, 800), 6);
      expect(m.finishProbability).toBe(1);
      expect(m.hoursShort.p95).toBe(0);
      expect(m.remainingTbAtDeadline.p95).toBe(0);
      expect(m.meanRateMbps.p50).toBeCloseTo(800, 6);
      expect(m.liveUnservedGb.p95).toBe(0);
    });

    it(`${policy}: 150 TB at 800 Mbit/s cannot finish: says by how much and what rate would`, () => {
      const m = answer(migration(150, 800, policy, true));
      const needed = hours(150, 800); // 416.7 h
      expect(m.finishProbability).toBe(0);
      // At 800 Mbit/s for 336 h: 336·3600·800/8·10⁶ = 120.96 TB copied, 29.04 TB left.
      expect(m.remainingTbAtDeadline.p50).toBeCloseTo(150 - (336 * 3600 * 800) / 8e6, 6);
      expect(m.durationHours.p50).toBeCloseTo(needed, 6);
      expect(m.hoursShort.p50).toBeCloseTo(needed - 336, 6);
      expect(m.requiredMbps).toBeCloseTo((150 * 8e6) / (336 * 3600), 9); // 992.1 Mbit/s
    });
  }

  it('the exact edge: a copy that needs exactly the window finishes in it', () => {
    const tb = (336 * 3600 * 500) / 8e6; // 75.6 TB at 500 Mbit/s
    const m = answer(migration(tb, 500, 'hold', true), 1);
    expect(m.durationHours.p50).toBeCloseTo(336, 6);
    expect(m.finishProbability).toBe(1);
  });
});

describe('a migration on the baseline’s busy egress line', () => {
  it('yielding, it slows down in busy hours and leaves live traffic whole; holding, it takes its time and some live traffic', () => {
    const yielding = answer(migration(16, 800, 'yield', false));
    const holding = answer(migration(16, 800, 'hold', false));
    expect(yielding.durationHours.p50).toBeGreaterThan(hours(16, 800));
    expect(yielding.durationHours.p95).toBeGreaterThanOrEqual(yielding.durationHours.p50);
    expect(yielding.meanRateMbps.p50).toBeLessThan(800);
    expect(yielding.liveUnservedGb.p95).toBe(0);
    expect(yielding.lineFullHours.p50).toBeGreaterThan(0);
    expect(holding.durationHours.p50).toBeCloseTo(hours(16, 800), 6);
    // Live peaks of ~600 Mbit/s against the 200 Mbit/s the copy leaves: live traffic goes unserved.
    expect(holding.liveUnservedGb.p50).toBeGreaterThan(100);
    expect(holding.finishProbability).toBe(1);
  });
});

describe('a migration in', () => {
  function migrateIn(dataTb: number): Scenario {
    const doc = copyOfBuiltIn('luohe-2024-expansion')!;
    doc.network.egress = { ...doc.network.egress, baseMbps: 0, peakMbps: 0 };
    doc.network.ddos.eventsPerYear = 0;
    doc.timeline.push({
      kind: 'migrate-in',
      date: '2024-02-20',
      systemId: 'city-ioc',
      dataTb,
      linkMbps: 400,
    });
    const checked = validateScenario(doc);
    if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join('; '));
    return checked.scenario;
  }

  it('copies the data in before the system starts (2024-03-01, a leap February: a 240-h window)', () => {
    const m = answer(migrateIn(5));
    expect(m).toMatchObject({ kind: 'migrate-in', deadlineDate: '2024-03-01', deadlineKind: 'start' });
    expect(m.windowHours).toBe(240);
    expect(m.durationHours.p50).toBeCloseTo(hours(5, 400), 6);
    expect(m.finishProbability).toBe(1);
  });

  it('a copy too large for the window finishes after the start: late by its hours short', () => {
    const m = answer(migrateIn(50)); // 277.8 h at 400 Mbit/s
    expect(m.finishProbability).toBe(0);
    expect(m.durationHours.p50).toBeCloseTo(hours(50, 400), 6);
    expect(m.hoursShort.p50).toBeCloseTo(hours(50, 400) - 240, 6);
    expect(m.remainingTbAtDeadline.p50).toBeCloseTo(50 - (240 * 3600 * 400) / 8e6, 6);
  });
});

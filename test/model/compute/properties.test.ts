import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MonthlyRecorder } from '../../../src/engine/recorder.ts';
import { Simulation } from '../../../src/engine/simulation.ts';
import { type ComputeInputs, createComputeModel } from '../../../src/model/compute/computeModel.ts';
import { computeInvariantViolations } from '../../../src/model/compute/invariants.ts';
import { VM_GONE, VM_PLACED } from '../../../src/model/compute/vmRegistry.ts';
import type { Compute, SystemDef } from '../../../src/scenario/schema.ts';
import { baselineInputs, runCompute } from './fixtures.ts';

const MONTHS = 12;

/** Runs event by event, checking every invariant after each one. */
function runChecked(inputs: ComputeInputs, seed: number): { violations: string[]; events: number } {
  const sim = new Simulation({ seed, termStartDate: '2023-01-01', termMonths: MONTHS });
  const recorder = new MonthlyRecorder(MONTHS);
  const callbacks: ((m: number) => void)[] = [];
  const monthEnd = sim.on((_s, m) => {
    for (const cb of callbacks) cb(m);
  });
  for (let m = 0; m < MONTHS; m++) sim.schedule(sim.calendar.monthStartMinute(m + 1), monthEnd, m);
  const model = createComputeModel(sim, recorder, (cb) => callbacks.push(cb), inputs);
  const end = sim.calendar.monthStartMinute(MONTHS);
  let violations = computeInvariantViolations(model);
  while (violations.length === 0 && sim.nextEventMinute <= end && sim.step()) {
    violations = computeInvariantViolations(model);
  }
  return { violations, events: sim.eventsProcessed };
}

const shapeArb = fc.record({
  count: fc.integer({ min: 1, max: 6 }),
  vcpu: fc.integer({ min: 1, max: 24 }),
  ramGb: fc.integer({ min: 1, max: 96 }),
  diskGb: fc.integer({ min: 0, max: 800 }),
  haPair: fc.boolean(),
  cpuUtilisation: fc.double({ min: 0, max: 1, noNaN: true }),
});

const systemArb = (i: number) =>
  fc
    .record({
      vms: fc.array(shapeArb, { minLength: 1, maxLength: 3 }),
      onboardMonth: fc.integer({ min: 0, max: MONTHS - 1 }),
      lifeMonths: fc.option(fc.integer({ min: 1, max: MONTHS }), { nil: undefined }),
      vmsPerYear: fc.integer({ min: 0, max: 24 }),
    })
    .map(
      (r): SystemDef => ({
        id: `s-${i}`,
        name: 's',
        nameZh: 's',
        vms: r.vms,
        onboardMonth: r.onboardMonth,
        decommissionMonth: r.lifeMonths === undefined ? undefined : r.onboardMonth + r.lifeMonths,
        growth: { vmsPerYear: r.vmsPerYear, cpuUtilisationPerYear: 0.1 },
      }),
    );

const computeArb = fc
  .record({
    hosts: fc.array(
      fc.record({
        vcpu: fc.integer({ min: 8, max: 64 }),
        ramGb: fc.integer({ min: 16, max: 256 }),
        diskTb: fc.integer({ min: 1, max: 8 }),
      }),
      { minLength: 2, maxLength: 8 },
    ),
    cpuOvercommit: fc.constantFrom(1, 1.5, 2, 4),
    policy: fc.constantFrom<Compute['placement']['policy']>('first-fit', 'best-fit', 'spread'),
    antiAffinity: fc.boolean(),
    reserve: fc.integer({ min: 0, max: 1 }),
    mtbfHours: fc.integer({ min: 200, max: 5000 }),
    systems: fc
      .integer({ min: 1, max: 6 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => systemArb(i)))),
    vmLimit: fc.integer({ min: 5, max: 60 }),
  })
  .map(
    (r): ComputeInputs => ({
      compute: {
        hosts: r.hosts.map((h, i) => ({ id: `h-${i}`, ...h })),
        overcommit: { cpu: r.cpuOvercommit, ram: 1 },
        placement: { policy: r.policy, antiAffinityForHaPairs: r.antiAffinity },
        haReserveHosts: r.reserve,
        hostFailure: { kind: 'exponential', meanHours: r.mtbfHours },
        hostRepair: { kind: 'lognormal', meanHours: 24, cv: 1 },
        vmRestartMinutes: 3,
        systems: r.systems,
      },
      timeline: [],
      vmLimit: r.vmLimit,
    }),
  );

describe('compute model properties', () => {
  it('no host over capacity × overcommit, no VM lost or duplicated, anti-affinity kept — after every event', () => {
    fc.assert(
      fc.property(computeArb, fc.integer({ min: 1, max: 1_000_000 }), (inputs, seed) => {
        const { violations } = runChecked(inputs, seed);
        expect(violations).toEqual([]);
      }),
      { numRuns: 120, seed: 11 },
    );
  });

  it('after a host failure and its repair the estate is whole again (ample capacity)', () => {
    // One failure at 100 h on every host, 10 h repairs: restarts must bring every VM back.
    const inputs = baselineInputs({
      hostFailure: { kind: 'deterministic', hours: 100 },
      hostRepair: { kind: 'deterministic', hours: 10 },
      systems: baselineInputs().compute.systems.slice(0, 6),
    });
    const run = runCompute(inputs, 3, 1);
    const { vms } = run.model;
    let live = 0;
    let placed = 0;
    for (let id = 0; id < vms.count; id++) {
      if (vms.state[id] !== VM_GONE) live++;
      if (vms.state[id] === VM_PLACED) placed++;
    }
    expect(run.series.hostFailures[0]).toBeGreaterThan(0);
    expect(run.series.vmRestarts[0]).toBeGreaterThan(0);
    expect(live).toBeGreaterThan(0);
    expect(placed).toBe(live);
    expect(computeInvariantViolations(run.model)).toEqual([]);
  });

  it('restarts wait when the pool is full and complete on repair', () => {
    // Two hosts, one VM each filling it: a failure cannot restart anywhere until the repair.
    const inputs: ComputeInputs = {
      compute: {
        ...baselineInputs().compute,
        hosts: [
          { id: 'a', vcpu: 8, ramGb: 16, diskTb: 1 },
          { id: 'b', vcpu: 8, ramGb: 16, diskTb: 1 },
        ],
        haReserveHosts: 0,
        hostFailure: { kind: 'deterministic', hours: 100 },
        hostRepair: { kind: 'deterministic', hours: 50 },
        systems: [
          {
            id: 'x',
            name: 'x',
            nameZh: 'x',
            onboardMonth: 0,
            vms: [{ count: 2, vcpu: 8, ramGb: 16, diskGb: 10, haPair: true, cpuUtilisation: 0.5 }],
            growth: { vmsPerYear: 0, cpuUtilisationPerYear: 0 },
          },
        ],
      },
      timeline: [],
      vmLimit: 200,
    };
    // Both hosts fail at 100 h and are repaired at 150 h; failures repeat every 150 h.
    const run = runCompute(inputs, 1, 1);
    expect(run.series.vmCount[0]).toBe(0); // month end (744 h) falls inside the fifth outage
    // 31 days = 744 h: failures at 100, 250, 400, 550, 700 h on each host.
    expect(run.series.hostFailures[0]).toBe(10);
    // 4 whole outages × 2 hosts × 50 h, plus 2 × 44 h of the outage still running at month end.
    expect(run.series.hostDowntimeHours[0]).toBeCloseTo(4 * 2 * 50 + 2 * 44, 6);
    // Each outage: the 3-min restarts find no host, the VMs wait and restart at the repair.
    expect(run.series.vmRestarts[0]).toBe(8);
    expect(run.series.pendingRequests[0]).toBe(2);
  });
});

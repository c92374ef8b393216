import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MonthlyRecorder } from '../../../src/engine/recorder.ts';
import { Simulation } from '../../../src/engine/simulation.ts';
import { type ComputeInputs, createComputeModel } from '../../../src/model/compute/computeModel.ts';
import { VM_PENDING } from '../../../src/model/compute/vmRegistry.ts';
import type { Compute, SystemDef } from '../../../src/scenario/schema.ts';

/**
 * The retry pass skips requests it can prove would find no host (over the VM limit, or at least as
 * large as one that just failed). Checked against the plain pass — every waiting VM tried on every
 * host — on estates under pressure: the series must be identical, event for event.
 */
const MONTHS = 24;

interface Internals {
  vms: {
    pendingLength: number;
    pending: Int32Array;
    state: Uint8Array;
    restart: Uint8Array;
    compactPending(): void;
  };
  tally: { vmRestarts: number };
  tryPlace(id: number, record: boolean): boolean;
  retryPending(): void;
}

function plainRetry(this: Internals): void {
  const vms = this.vms;
  for (let r = 0; r < vms.pendingLength; r++) {
    const id = vms.pending[r];
    if (vms.state[id] !== VM_PENDING) continue;
    const wasRestart = vms.restart[id] === 1;
    if (this.tryPlace(id, false) && wasRestart) this.tally.vmRestarts++;
  }
  vms.compactPending();
}

function run(inputs: ComputeInputs, seed: number, plain: boolean) {
  let tries = 0;
  const sim = new Simulation({ seed, termStartDate: '2023-01-01', termMonths: MONTHS });
  const recorder = new MonthlyRecorder(MONTHS);
  const callbacks: ((m: number) => void)[] = [];
  const monthEnd = sim.on((_s, m) => {
    for (const cb of callbacks) cb(m);
  });
  for (let m = 0; m < MONTHS; m++) sim.schedule(sim.calendar.monthStartMinute(m + 1), monthEnd, m);
  const model = createComputeModel(sim, recorder, (cb) => callbacks.push(cb), inputs);
  const internals = model as unknown as Internals;
  if (plain) internals.retryPending = plainRetry;
  const tryPlace = internals.tryPlace.bind(model);
  internals.tryPlace = (id, record) => {
    tries++;
    return tryPlace(id, record);
  };
  sim.runUntil(sim.calendar.monthStartMinute(MONTHS));
  return { series: recorder.toObject(), events: sim.eventsProcessed, tries };
}

const shape = fc.record({
  count: fc.integer({ min: 1, max: 8 }),
  vcpu: fc.integer({ min: 1, max: 32 }),
  ramGb: fc.integer({ min: 1, max: 128 }),
  diskGb: fc.integer({ min: 0, max: 900 }),
  haPair: fc.boolean(),
  cpuUtilisation: fc.constant(0.5),
});

const pressured = fc
  .record({
    hosts: fc.array(
      fc.record({ vcpu: fc.integer({ min: 8, max: 48 }), ramGb: fc.integer({ min: 16, max: 192 }) }),
      {
        minLength: 2,
        maxLength: 7,
      },
    ),
    policy: fc.constantFrom<Compute['placement']['policy']>('first-fit', 'best-fit', 'spread'),
    antiAffinity: fc.boolean(),
    reserve: fc.integer({ min: 0, max: 1 }),
    mtbfHours: fc.integer({ min: 100, max: 3000 }),
    systems: fc.array(
      fc.record({
        vms: fc.array(shape, { minLength: 1, maxLength: 3 }),
        vmsPerYear: fc.integer({ min: 0, max: 40 }),
        life: fc.integer({ min: 1, max: MONTHS }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    vmLimit: fc.integer({ min: 3, max: 40 }),
  })
  .map(
    (r): ComputeInputs => ({
      compute: {
        hosts: r.hosts.map((h, i) => ({ id: `h-${i}`, ...h, diskTb: 2 })),
        overcommit: { cpu: 1, ram: 1 },
        placement: { policy: r.policy, antiAffinityForHaPairs: r.antiAffinity },
        haReserveHosts: r.reserve,
        hostFailure: { kind: 'exponential', meanHours: r.mtbfHours },
        hostRepair: { kind: 'lognormal', meanHours: 48, cv: 1 },
        vmRestartMinutes: 3,
        systems: r.systems.map(
          (s, i): SystemDef => ({
            id: `s-${i}`,
            name: 's',
            nameZh: 's',
            vms: s.vms,
            onboardMonth: i % 3,
            decommissionMonth: s.life < MONTHS && s.life > i % 3 ? s.life : undefined,
            growth: { vmsPerYear: s.vmsPerYear, cpuUtilisationPerYear: 0 },
          }),
        ),
      },
      timeline: [],
      vmLimit: r.vmLimit,
    }),
  );

describe('retrying waiting VMs', () => {
  it('gives exactly the series of trying every waiting VM on every host', () => {
    fc.assert(
      fc.property(pressured, fc.integer({ min: 1, max: 1_000_000 }), (inputs, seed) => {
        const fast = run(inputs, seed, false);
        const plain = run(inputs, seed, true);
        expect(fast.events).toBe(plain.events);
        expect(fast.series).toEqual(plain.series);
      }),
      { numRuns: 60, seed: 20 },
    );
  });

  it('keeps a queue of thousands of VMs over the VM limit cheap: no host scan per waiting VM', () => {
    const hosts = Array.from({ length: 60 }, (_, i) => ({
      id: `h-${i}`,
      vcpu: 1024,
      ramGb: 65_536,
      diskTb: 1000,
    }));
    const systems: SystemDef[] = Array.from({ length: 50 }, (_, i) => ({
      id: `s-${i}`,
      name: 's',
      nameZh: 's',
      vms: [{ count: 40, vcpu: 8, ramGb: 16, diskGb: 100, haPair: false, cpuUtilisation: 0.5 }],
      onboardMonth: 0,
      growth: { vmsPerYear: 0, cpuUtilisationPerYear: 0 },
    }));
    const inputs: ComputeInputs = {
      compute: {
        hosts,
        overcommit: { cpu: 1, ram: 1 },
        placement: { policy: 'best-fit', antiAffinityForHaPairs: true },
        haReserveHosts: 1,
        hostFailure: { kind: 'exponential', meanHours: 5_000 },
        hostRepair: { kind: 'deterministic', hours: 4 },
        vmRestartMinutes: 3,
        systems,
      },
      timeline: [],
      vmLimit: 200,
    };
    // 2,000 VMs asked for, 200 admitted: 1,800 wait through every repair. Count placement attempts.
    const fast = run(inputs, 7, false);
    const plain = run(inputs, 7, true);
    expect(fast.series).toEqual(plain.series);
    const failures = fast.series.hostFailures.reduce((a, b) => a + b, 0);
    expect(failures).toBeGreaterThan(100);
    expect(fast.series.pendingRequests[MONTHS - 1]).toBe(1800);
    expect(plain.tries).toBeGreaterThanOrEqual(1800 * failures);
    expect(fast.tries).toBeLessThan(2000 + 50 * failures);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineInputs, runCompute } from './fixtures.ts';

/**
 * The compute part of service availability (clause 2.2.4): VM-minutes out of service because their
 * host failed — the HA restart delay and any wait for capacity after it — over the VM-minutes of the
 * VMs holding a slot.
 */
describe('compute availability', () => {
  it('one host: its VMs are out from each failure until the repair lets them restart (hand-computed)', () => {
    // One 38-vCPU host, no HA reserve, two 4-vCPU VMs. The host fails 100 h after each repair and is
    // repaired in 10 h; the restart (3 min later) finds no host up, so both VMs wait for the repair.
    // January (744 h): failures at 100, 210, 320, 430, 540, 650 h → 6 × 10 h × 2 VMs = 120 VM-hours.
    const vm = { count: 2, vcpu: 4, ramGb: 8, diskGb: 100, haPair: false, cpuUtilisation: 0.3 };
    const inputs = baselineInputs({
      hosts: [{ id: 'host-01', vcpu: 38, ramGb: 80, diskTb: 5 }],
      haReserveHosts: 0,
      hostFailure: { kind: 'deterministic', hours: 100 },
      hostRepair: { kind: 'deterministic', hours: 10 },
      systems: [
        {
          id: 'one',
          name: 'one',
          nameZh: 'one',
          vms: [vm],
          onboardMonth: 0,
          growth: { vmsPerYear: 0, cpuUtilisationPerYear: 0 },
        },
      ],
    });
    const run = runCompute(inputs, 1, 2);
    expect(run.series.hostFailures[0]).toBe(6);
    expect(run.series.vmDowntimeHours[0]).toBeCloseTo(120, 9);
    expect(run.series.computeAvailability[0]).toBeCloseTo(1 - 120 / (2 * 744), 12);
  });

  it('many hosts: VMs restart elsewhere after the restart delay; no failure, full availability', () => {
    const calm = runCompute(baselineInputs({ hostFailure: { kind: 'exponential', meanHours: 1e12 } }), 1, 6);
    expect([...calm.series.computeAvailability]).toEqual(new Array(6).fill(1));
    expect([...calm.series.vmDowntimeHours]).toEqual(new Array(6).fill(0));
    // Frequent failures on 13 hosts with room to restart: each failure costs its VMs 3 minutes.
    const stormy = runCompute(
      baselineInputs({ hostFailure: { kind: 'exponential', meanHours: 2000 } }),
      3,
      12,
    );
    let restarts = 0;
    let downHours = 0;
    for (let m = 0; m < 12; m++) {
      restarts += stormy.series.vmRestarts[m];
      downHours += stormy.series.vmDowntimeHours[m];
      expect(stormy.series.computeAvailability[m]).toBeLessThanOrEqual(1);
      expect(stormy.series.computeAvailability[m]).toBeGreaterThan(0.9);
    }
    expect(restarts).toBeGreaterThan(5);
    // Each restarted VM was out at least the 3-minute delay; VMs still out at the end add more.
    expect(downHours).toBeGreaterThanOrEqual((restarts * 3) / 60 - 1e-9);
  });
});

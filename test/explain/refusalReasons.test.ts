import { describe, expect, it } from 'vitest';
import { headroomForShape } from '../../src/model/compute/headroom.ts';
import { bindingReasons, summarizeRefusals } from '../../src/results/refusals.ts';
import type { Compute, Host, SystemDef } from '../../src/scenario/schema.ts';
import { runCompute } from '../model/compute/fixtures.ts';

/**
 * Hand-made pools where the reason a VM does not fit is known: the recorded first refusal must
 * say exactly that (issue 9).
 */
const host = (id: string, vcpu: number, ramGb: number, diskTb = 10): Host => ({ id, vcpu, ramGb, diskTb });
const vm = (vcpu: number, ramGb: number, count = 1, haPair = false) => ({
  count,
  vcpu,
  ramGb,
  diskGb: 10,
  haPair,
  cpuUtilisation: 0.3,
});
const system = (id: string, vms: SystemDef['vms'], onboardMonth = 0): SystemDef => ({
  id,
  name: id,
  nameZh: id,
  vms,
  onboardMonth,
  growth: { vmsPerYear: 0, cpuUtilisationPerYear: 0 },
});

function compute(hosts: Host[], systems: SystemDef[], haReserveHosts = 0): Compute {
  return {
    hosts,
    overcommit: { cpu: 1, ram: 1 },
    placement: { policy: 'first-fit', antiAffinityForHaPairs: true },
    haReserveHosts,
    // Hosts never fail in these tests: a failure would change the state they reason about.
    hostFailure: { kind: 'deterministic', hours: 8_000_000 },
    hostRepair: { kind: 'deterministic', hours: 1 },
    vmRestartMinutes: 3,
    systems,
  };
}

function firstRefusal(c: Compute, vmLimit = 200) {
  const run = runCompute({ compute: c, timeline: [], vmLimit }, 1, 3);
  const first = run.model.refusalLog[0];
  expect(first).toBeDefined();
  return first;
}

describe('why a VM did not fit', () => {
  it('a VM larger than any host: vCPU and RAM on every host, not fragmentation', () => {
    const r = firstRefusal(compute([host('a', 16, 32), host('b', 16, 32)], [system('big', [vm(24, 48)])]));
    expect(r.fitsAnEmptyHost).toBe(false);
    expect(r.hostsRefused.vcpu).toBe(2);
    expect(r.hostsRefused.ram).toBe(2);
    expect(bindingReasons(r)).toEqual({ reasons: ['vcpu', 'ram'], onEveryHost: true });
    // 32 vCPU and 64 GB free in total would hold it: the pool is not full, the VM is too big for a host.
    expect(r.poolHadCapacity).toBe(true);
  });

  it('a pool full in total: RAM on every host and not enough free RAM anywhere', () => {
    const r = firstRefusal(
      compute(
        [host('a', 16, 32), host('b', 16, 32)],
        [system('fill', [vm(4, 30, 2)]), system('late', [vm(2, 8)], 1)],
      ),
    );
    expect(r.systemId).toBe('late');
    expect(r.monthIndex).toBe(1);
    expect(bindingReasons(r)).toEqual({ reasons: ['ram'], onEveryHost: true });
    expect(r.poolHadCapacity).toBe(false);
    expect(r.freeRamGb).toBe(4);
    expect(r.fitsAnEmptyHost).toBe(true);
  });

  it('a pool with room in total but fragmented: RAM on every host, with enough free RAM in sum', () => {
    const r = firstRefusal(
      compute(
        [host('a', 16, 32), host('b', 16, 32)],
        [system('fill', [vm(2, 24, 2)]), system('late', [vm(2, 12)], 1)],
      ),
    );
    expect(bindingReasons(r)).toEqual({ reasons: ['ram'], onEveryHost: true });
    expect(r.freeRamGb).toBe(16);
    expect(r.poolHadCapacity).toBe(true);
  });

  it('anti-affinity with one host left: the partner’s host refuses for anti-affinity, the others are down or full', () => {
    // Two hosts; host b is filled, so the second VM of the HA pair can only go where its partner is.
    const r = firstRefusal(
      compute(
        [host('a', 16, 32), host('b', 16, 32)],
        [system('fill', [vm(16, 32)]), system('pair', [vm(2, 4, 2, true)], 1)],
      ),
    );
    expect(r.systemId).toBe('pair');
    expect(r.hostsRefused['anti-affinity']).toBe(1);
    expect(r.hostsRefused.vcpu).toBe(1);
    expect(r.hostsRefused.ram).toBe(1);
    expect(bindingReasons(r).onEveryHost).toBe(false);
    expect(r.poolHadCapacity).toBe(true);
  });

  it('the VM limit of the contract refuses on every host', () => {
    const r = firstRefusal(compute([host('a', 16, 32)], [system('fill', [vm(1, 1, 3)])]), 2);
    expect(r.hostsRefused['vm-count']).toBe(1);
    expect(bindingReasons(r)).toEqual({ reasons: ['vm-count'], onEveryHost: true });
  });
});

describe('refusals across replications', () => {
  it('summarises the first-refusal month, the binding reason and fragmentation', () => {
    const base = {
      kind: 'new' as const,
      systemId: 's',
      vcpu: 8,
      ramGb: 16,
      diskGb: 10,
      upHosts: 3,
      freeVcpu: 20,
      freeRamGb: 40,
      freeDiskGb: 100,
      poolHadCapacity: true,
      fitsAnEmptyHost: true,
    };
    const ram = {
      vcpu: 0,
      ram: 3,
      disk: 0,
      'vm-count': 0,
      'anti-affinity': 0,
      'ha-reserve': 0,
      'host-down': 0,
    };
    const s = summarizeRefusals(
      [
        { ...base, monthIndex: 4, hostsRefused: ram },
        undefined,
        { ...base, monthIndex: 4, hostsRefused: ram },
      ],
      [0, 1, 2],
      12,
    );
    expect(s.runsWithRefusal).toBe(2);
    expect(s.mostLikelyMonth).toBe(4);
    expect(s.mostLikelyMonthShare).toBeCloseTo(2 / 3, 12);
    expect(s.reasons).toEqual([{ reason: 'ram', runs: 2, onEveryHostRuns: 2 }]);
    expect(s.fragmentedShare).toBe(1);
    expect(s.typical).toEqual({ vcpu: 8, ramGb: 16, freeVcpu: 20, freeRamGb: 40 });
    expect(s.firstMonthHistogram[12]).toBe(1);
  });
});

describe('how much more fits', () => {
  it('agrees with placing extra VMs one by one on the same state (brute force)', () => {
    const c = compute(
      [host('a', 32, 64), host('b', 32, 64), host('c', 24, 48)],
      [system('s', [vm(6, 20, 3), vm(2, 4, 4, true)])],
      1,
    );
    const run = runCompute({ compute: c, timeline: [], vmLimit: 200 }, 1, 2);
    const hosts = run.model.hosts;
    const results: number[] = [];
    for (const shape of [
      { vcpu: 8, ramGb: 16, diskGb: 10 },
      { vcpu: 2, ramGb: 4, diskGb: 10 },
      { vcpu: 16, ramGb: 8, diskGb: 10 },
    ]) {
      const counted = headroomForShape(hosts, shape, 1);
      // Brute force: greedily place copies while the pool keeps one largest host's worth free.
      const vcpuUsed = Float64Array.from(hosts.vcpuUsed);
      const ramUsed = Float64Array.from(hosts.ramGbUsed);
      const reserveVcpu = Math.max(...hosts.vcpuCap);
      const reserveRam = Math.max(...hosts.ramGbCap);
      let placed = 0;
      for (;;) {
        const freeV = hosts.vcpuCap.reduce((s, cap, h) => s + cap - vcpuUsed[h], 0);
        const freeR = hosts.ramGbCap.reduce((s, cap, h) => s + cap - ramUsed[h], 0);
        if (freeV - shape.vcpu < reserveVcpu || freeR - shape.ramGb < reserveRam) break;
        let h = 0;
        while (
          h < hosts.count &&
          (hosts.vcpuCap[h] - vcpuUsed[h] < shape.vcpu || hosts.ramGbCap[h] - ramUsed[h] < shape.ramGb)
        )
          h++;
        if (h === hosts.count) break;
        vcpuUsed[h] += shape.vcpu;
        ramUsed[h] += shape.ramGb;
        placed++;
      }
      expect(counted).toBe(placed);
      results.push(counted);
    }
    // By hand: 88 vCPU / 176 GB in the pool, 26 / 76 placed, 32 / 64 reserved (the largest host):
    // 30 vCPU and 36 GB to spare ⇒ 8/16: ⌊36/16⌋ = 2; 2/4: ⌊36/4⌋ = 9; 16/8: ⌊30/16⌋ = 1.
    expect(results).toEqual([2, 9, 1]);
  });
});

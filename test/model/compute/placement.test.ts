import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headroomForShape } from '../../../src/model/compute/headroom.ts';
import {
  allocate,
  createHostState,
  type HostState,
  haReserve,
} from '../../../src/model/compute/hostState.ts';
import {
  createPlacementScratch,
  type PlacementPolicy,
  type PlacementRequest,
  placeRequest,
  refusalsByReason,
} from '../../../src/model/compute/placement.ts';

function req(vcpu: number, ramGb: number, diskGb = 0, partnerHost = -1, isRestart = false): PlacementRequest {
  return { vcpu, ramGb, diskGb, partnerHost, isRestart };
}

function threeHosts(): HostState {
  const s = createHostState([
    { vcpu: 16, ramGb: 64, diskGb: 1000 },
    { vcpu: 16, ramGb: 64, diskGb: 1000 },
    { vcpu: 32, ramGb: 128, diskGb: 1000 },
  ]);
  allocate(s, 0, req(12, 16)); // host 0: 4 vCPU, 48 GB free
  allocate(s, 1, req(4, 56)); // host 1: 12 vCPU, 8 GB free
  return s;
}

const free = { policy: 'first-fit' as PlacementPolicy, haReserveHosts: 0, vmLimit: Number.POSITIVE_INFINITY };

describe('placement pipeline', () => {
  it('each policy ranks the hosts that pass the filters as documented', () => {
    const scratch = createPlacementScratch();
    const s = threeHosts();
    expect(placeRequest(s, req(4, 8), { ...free, policy: 'first-fit' }, 0, scratch)).toBe(0);
    // best-fit: host 1 is left with 8/16 vCPU and 0/64 RAM, the tightest.
    expect(placeRequest(s, req(4, 8), { ...free, policy: 'best-fit' }, 0, scratch)).toBe(1);
    expect(placeRequest(s, req(4, 8), { ...free, policy: 'spread' }, 0, scratch)).toBe(2);
  });

  it('names every reason that refused each host, and whether the pool had the capacity in total', () => {
    const scratch = createPlacementScratch();
    const s = threeHosts();
    s.up[2] = 0;
    // 8 vCPU, 40 GB: host 0 lacks vCPU, host 1 lacks RAM; the partner is on host 0; host 2 is down.
    expect(placeRequest(s, req(8, 40, 0, 0), free, 0, scratch)).toBe(-1);
    expect(refusalsByReason(scratch)).toEqual({
      vcpu: 1,
      ram: 1,
      disk: 0,
      'vm-count': 0,
      'anti-affinity': 1,
      'ha-reserve': 0,
      'host-down': 1,
    });
    expect(scratch.poolHadCapacity).toBe(true); // 16 vCPU and 56 GB free in sum: fragmentation
    expect(placeRequest(s, req(20, 8), free, 0, scratch)).toBe(-1);
    expect(scratch.poolHadCapacity).toBe(false);
  });

  it('the VM limit and the HA reserve refuse new requests but not restarts', () => {
    const scratch = createPlacementScratch();
    const s = threeHosts();
    const limited = { ...free, vmLimit: 2 };
    expect(placeRequest(s, req(1, 1), limited, 2, scratch)).toBe(-1);
    expect(scratch.refusals[3]).toBe(3);
    expect(placeRequest(s, req(1, 1, 0, -1, true), limited, 2, scratch)).toBe(0);
    // Reserve = the largest host (32 vCPU, 128 GB); free = 48 vCPU, 184 GB: 16 vCPU may still go.
    const reserved = { ...free, haReserveHosts: 1 };
    expect(placeRequest(s, req(4, 8), reserved, 0, scratch)).toBe(0);
    expect(placeRequest(s, req(17, 8), reserved, 0, scratch)).toBe(-1);
    expect(refusalsByReason(scratch)['ha-reserve']).toBe(1); // only host 2 had room; the reserve said no
    expect(placeRequest(s, req(17, 8, 0, -1, true), reserved, 0, scratch)).toBe(2);
  });

  it('the reserve is the k largest up hosts', () => {
    const s = threeHosts();
    const out = { vcpu: 0, ramGb: 0 };
    haReserve(s, 2, out);
    expect(out).toEqual({ vcpu: 48, ramGb: 192 });
    s.up[2] = 0;
    haReserve(s, 1, out);
    expect(out).toEqual({ vcpu: 16, ramGb: 64 });
    // Per resource: the host with the most vCPU need not be the one with the most RAM.
    const mixed = createHostState([
      { vcpu: 32, ramGb: 64, diskGb: 0 },
      { vcpu: 16, ramGb: 128, diskGb: 0 },
    ]);
    haReserve(mixed, 1, out);
    expect(out).toEqual({ vcpu: 32, ramGb: 128 });
  });
});

describe('headroomForShape', () => {
  const hostArb = fc.record({
    vcpu: fc.integer({ min: 4, max: 64 }),
    ramGb: fc.integer({ min: 8, max: 256 }),
    diskGb: fc.integer({ min: 100, max: 4000 }),
    usedVcpu: fc.nat({ max: 64 }),
    usedRam: fc.nat({ max: 256 }),
    down: fc.boolean(),
  });
  const shapeArb = fc.record({
    vcpu: fc.integer({ min: 1, max: 16 }),
    ramGb: fc.integer({ min: 1, max: 64 }),
    diskGb: fc.integer({ min: 0, max: 500 }),
  });

  it('equals brute-force placement one VM at a time under every policy (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(hostArb, { minLength: 1, maxLength: 8 }),
        shapeArb,
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom<PlacementPolicy>('first-fit', 'best-fit', 'spread'),
        (hosts, shape, k, policy) => {
          const s = createHostState(hosts);
          hosts.forEach((h, i) => {
            allocate(s, i, req(Math.min(h.usedVcpu, h.vcpu), Math.min(h.usedRam, h.ramGb)));
            if (h.down) s.up[i] = 0;
          });
          const expected = headroomForShape(s, shape, k);
          const scratch = createPlacementScratch();
          let placed = 0;
          for (;;) {
            const h = placeRequest(
              s,
              req(shape.vcpu, shape.ramGb, shape.diskGb),
              { ...free, policy, haReserveHosts: k },
              0,
              scratch,
            );
            if (h < 0) break;
            allocate(s, h, shape);
            placed++;
          }
          expect(placed).toBe(expected);
          expect(headroomForShape(s, shape, k)).toBe(0);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});

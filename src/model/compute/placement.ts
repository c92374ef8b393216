/**
 * Placement as a pipeline, like OpenStack Nova's scheduler: filters refuse hosts, each refusal with a
 * reason; weighers rank the hosts that pass, per policy; the best is chosen. Pure: it reads a host
 * state and writes only into the caller's scratch (no allocation per request), so the model, the tests
 * and the explanations call the same function.
 *
 * Filters, per host (every reason that applies is counted, so a refusal can be explained fully):
 *   host-down      the host has failed (no other reason is counted for it)
 *   anti-affinity  the VM's HA partner already runs there
 *   vcpu/ram/disk  the free allocatable resource is smaller than the request
 * Pool-wide rules, counted on every up host that passed the per-host filters:
 *   vm-count       the pool already holds the contract's VM limit (new requests only)
 *   ha-reserve     placing it would leave less free vCPU or RAM than the k largest up hosts offer
 *                  (new requests only: HA restarts may use the reserve, that is what it is for)
 *
 * Weighers: first-fit takes the lowest host index; best-fit the host with the least free capacity left
 * afterwards (sum of the vCPU and RAM fractions left); spread the host with the most left (the larger of
 * its two smallest fractions). Ties go to the lower index.
 */
import {
  CAPACITY_EPSILON as CAPACITY_EPSILON_BINDING,
  type HostState,
  haReserve,
  type PoolFree,
  poolFree,
  type VmSize,
} from './hostState.ts';

// Module-local copies: under tsx (CommonJS interop) an imported binding is a getter call per use,
// which shows in the placement and month-end loops.
const CAPACITY_EPSILON = CAPACITY_EPSILON_BINDING;

export const REFUSAL_REASONS = [
  'vcpu',
  'ram',
  'disk',
  'vm-count',
  'anti-affinity',
  'ha-reserve',
  'host-down',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
export const R_VCPU = 0;
export const R_RAM = 1;
export const R_DISK = 2;
export const R_VM_COUNT = 3;
export const R_ANTI_AFFINITY = 4;
export const R_HA_RESERVE = 5;
export const R_HOST_DOWN = 6;

export type PlacementPolicy = 'first-fit' | 'best-fit' | 'spread';

export interface PlacementRequest extends VmSize {
  /** Host of the VM's anti-affinity partner, or −1 (no partner, partner not placed, or rule off). */
  partnerHost: number;
  /** An HA restart (or a restart waiting for capacity): exempt from the HA reserve and the VM limit. */
  isRestart: boolean;
}

export interface PlacementRules {
  policy: PlacementPolicy;
  /** k of N+k. */
  haReserveHosts: number;
  /** Pool-wide VM admission limit (contract.quotas.vmCount); Infinity for none. */
  vmLimit: number;
}

/** Reusable per-caller output of `placeRequest`; valid after a call that returned −1. */
export interface PlacementScratch {
  /** Hosts refused per reason (index = position in REFUSAL_REASONS). */
  readonly refusals: Int32Array;
  /** True when the up hosts' free totals could hold the request: the refusal is fragmentation. */
  poolHadCapacity: boolean;
  readonly free: PoolFree;
  readonly reserve: { vcpu: number; ramGb: number };
}

export function createPlacementScratch(): PlacementScratch {
  return {
    refusals: new Int32Array(REFUSAL_REASONS.length),
    poolHadCapacity: false,
    free: { vcpu: 0, ramGb: 0, diskGb: 0 },
    reserve: { vcpu: 0, ramGb: 0 },
  };
}

/**
 * Chooses a host for `req`, or returns −1 and leaves the reasons in `scratch`. Does not allocate:
 * the caller applies the choice (hostState.allocate). `placedVmCount` = VMs the pool holds now
 * (placed or restarting), for the VM limit.
 */
export function placeRequest(
  s: HostState,
  req: PlacementRequest,
  rules: PlacementRules,
  placedVmCount: number,
  scratch: PlacementScratch,
): number {
  const refusals = scratch.refusals;
  refusals.fill(0);
  const overVmLimit = !req.isRestart && placedVmCount >= rules.vmLimit;
  let reserveBlocks = false;
  if (!req.isRestart && rules.haReserveHosts > 0) {
    poolFree(s, scratch.free);
    haReserve(s, rules.haReserveHosts, scratch.reserve);
    reserveBlocks =
      scratch.free.vcpu - req.vcpu < scratch.reserve.vcpu - CAPACITY_EPSILON ||
      scratch.free.ramGb - req.ramGb < scratch.reserve.ramGb - CAPACITY_EPSILON;
  }
  let best = -1;
  let bestScore = 0;
  for (let h = 0; h < s.count; h++) {
    if (s.up[h] === 0) {
      refusals[R_HOST_DOWN]++;
      continue;
    }
    let ok = true;
    if (h === req.partnerHost) {
      refusals[R_ANTI_AFFINITY]++;
      ok = false;
    }
    const vcpuLeft = s.vcpuCap[h] - s.vcpuUsed[h] - req.vcpu;
    const ramLeft = s.ramGbCap[h] - s.ramGbUsed[h] - req.ramGb;
    if (vcpuLeft < -CAPACITY_EPSILON) {
      refusals[R_VCPU]++;
      ok = false;
    }
    if (ramLeft < -CAPACITY_EPSILON) {
      refusals[R_RAM]++;
      ok = false;
    }
    if (s.diskGbUsed[h] + req.diskGb > s.diskGbCap[h] + CAPACITY_EPSILON) {
      refusals[R_DISK]++;
      ok = false;
    }
    if (!ok) continue;
    if (overVmLimit) {
      refusals[R_VM_COUNT]++;
      ok = false;
    }
    if (reserveBlocks) {
      refusals[R_HA_RESERVE]++;
      ok = false;
    }
    if (!ok) continue;
    if (rules.policy === 'first-fit') return h;
    const vcpuFrac = s.vcpuCap[h] > 0 ? vcpuLeft / s.vcpuCap[h] : 0;
    const ramFrac = s.ramGbCap[h] > 0 ? ramLeft / s.ramGbCap[h] : 0;
    // Higher score wins: best-fit prefers little left, spread prefers a lot left in the tighter resource.
    const score = rules.policy === 'best-fit' ? -(vcpuFrac + ramFrac) : Math.min(vcpuFrac, ramFrac);
    if (best < 0 || score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  if (best < 0) {
    poolFree(s, scratch.free);
    scratch.poolHadCapacity =
      scratch.free.vcpu + CAPACITY_EPSILON >= req.vcpu &&
      scratch.free.ramGb + CAPACITY_EPSILON >= req.ramGb &&
      scratch.free.diskGb + CAPACITY_EPSILON >= req.diskGb;
  }
  return best;
}

/** The refusal counts as a plain record (for explanations and tests). */
export function refusalsByReason(scratch: PlacementScratch): Record<RefusalReason, number> {
  const out = {} as Record<RefusalReason, number>;
  REFUSAL_REASONS.forEach((r, i) => {
    out[r] = scratch.refusals[i];
  });
  return out;
}

/**
 * The hosts of the compute pool as typed arrays: what each can give (allocatable = physical ×
 * overcommit for vCPU and RAM; disk is never overcommitted), what it has given, how many VMs it holds,
 * and whether it is up. Placement, headroom and the model all work on this one shape, so the
 * explanations (issue 9) can replay a decision on a copy.
 */
import type { Compute } from '../../scenario/schema.ts';

export interface HostState {
  readonly count: number;
  /** Allocatable vCPU per host (schedulable physical vCPU × cpu overcommit). */
  readonly vcpuCap: Float64Array;
  /** Allocatable RAM per host, GB (physical × ram overcommit). */
  readonly ramGbCap: Float64Array;
  /** Disk per host, GB (1 TB = 1000 GB, no overcommit). */
  readonly diskGbCap: Float64Array;
  readonly vcpuUsed: Float64Array;
  readonly ramGbUsed: Float64Array;
  readonly diskGbUsed: Float64Array;
  readonly vmCount: Int32Array;
  /** 1 = up, 0 = failed (its capacity offers nothing). */
  readonly up: Uint8Array;
}

/** A VM size: vCPU, RAM in GB, disk in GB. */
export interface VmSize {
  vcpu: number;
  ramGb: number;
  diskGb: number;
}

export const GB_PER_TB = 1000;

/** An empty host state (nothing allocated, every host up) from explicit allocatable capacities. */
export function createHostState(caps: readonly { vcpu: number; ramGb: number; diskGb: number }[]): HostState {
  const n = caps.length;
  const state: HostState = {
    count: n,
    vcpuCap: new Float64Array(n),
    ramGbCap: new Float64Array(n),
    diskGbCap: new Float64Array(n),
    vcpuUsed: new Float64Array(n),
    ramGbUsed: new Float64Array(n),
    diskGbUsed: new Float64Array(n),
    vmCount: new Int32Array(n),
    up: new Uint8Array(n).fill(1),
  };
  caps.forEach((c, i) => {
    state.vcpuCap[i] = c.vcpu;
    state.ramGbCap[i] = c.ramGb;
    state.diskGbCap[i] = c.diskGb;
  });
  return state;
}

/** The host state of a scenario's compute section: capacities × overcommit, disk TB → GB. */
export function hostStateFromScenario(compute: Pick<Compute, 'hosts' | 'overcommit'>): HostState {
  return createHostState(
    compute.hosts.map((h) => ({
      vcpu: h.vcpu * compute.overcommit.cpu,
      ramGb: h.ramGb * compute.overcommit.ram,
      diskGb: h.diskTb * GB_PER_TB,
    })),
  );
}

/** A deep copy (for what-if checks such as HA headroom and explanations). */
export function cloneHostState(s: HostState): HostState {
  return {
    count: s.count,
    vcpuCap: s.vcpuCap.slice(),
    ramGbCap: s.ramGbCap.slice(),
    diskGbCap: s.diskGbCap.slice(),
    vcpuUsed: s.vcpuUsed.slice(),
    ramGbUsed: s.ramGbUsed.slice(),
    diskGbUsed: s.diskGbUsed.slice(),
    vmCount: s.vmCount.slice(),
    up: s.up.slice(),
  };
}

/** Copies `from`'s usage and up flags into `to` (same hosts), without allocating. */
export function copyHostUsage(from: HostState, to: HostState): void {
  to.vcpuUsed.set(from.vcpuUsed);
  to.ramGbUsed.set(from.ramGbUsed);
  to.diskGbUsed.set(from.diskGbUsed);
  to.vmCount.set(from.vmCount);
  to.up.set(from.up);
}

export function allocate(s: HostState, host: number, size: VmSize): void {
  s.vcpuUsed[host] += size.vcpu;
  s.ramGbUsed[host] += size.ramGb;
  s.diskGbUsed[host] += size.diskGb;
  s.vmCount[host] += 1;
}

export function release(s: HostState, host: number, size: VmSize): void {
  s.vcpuUsed[host] -= size.vcpu;
  s.ramGbUsed[host] -= size.ramGb;
  s.diskGbUsed[host] -= size.diskGb;
  s.vmCount[host] -= 1;
}

/** Tolerance for float sums of sizes (sizes are whole vCPU and GB with at most a few decimals). */
export const CAPACITY_EPSILON = 1e-9;

/** Does a VM of `size` fit the free resources of `host` (ignoring up/down and pool-wide rules)? */
export function fitsHost(s: HostState, host: number, size: VmSize): boolean {
  return (
    s.vcpuUsed[host] + size.vcpu <= s.vcpuCap[host] + CAPACITY_EPSILON &&
    s.ramGbUsed[host] + size.ramGb <= s.ramGbCap[host] + CAPACITY_EPSILON &&
    s.diskGbUsed[host] + size.diskGb <= s.diskGbCap[host] + CAPACITY_EPSILON
  );
}

/** Pool totals over up hosts: free vCPU, RAM GB and disk GB. */
export interface PoolFree {
  vcpu: number;
  ramGb: number;
  diskGb: number;
}

/** Whether some host, empty, could hold a VM of this size (else it is larger than any host). */
export function fitsSomeEmptyHost(s: HostState, vcpu: number, ramGb: number, diskGb: number): boolean {
  for (let h = 0; h < s.count; h++) {
    if (
      vcpu <= s.vcpuCap[h] + CAPACITY_EPSILON &&
      ramGb <= s.ramGbCap[h] + CAPACITY_EPSILON &&
      diskGb <= s.diskGbCap[h] + CAPACITY_EPSILON
    ) {
      return true;
    }
  }
  return false;
}

/** Hosts up now. */
export function upHostCount(s: HostState): number {
  let n = 0;
  for (let h = 0; h < s.count; h++) n += s.up[h];
  return n;
}

export function poolFree(s: HostState, out: PoolFree): PoolFree {
  out.vcpu = 0;
  out.ramGb = 0;
  out.diskGb = 0;
  for (let h = 0; h < s.count; h++) {
    if (s.up[h] === 0) continue;
    out.vcpu += s.vcpuCap[h] - s.vcpuUsed[h];
    out.ramGb += s.ramGbCap[h] - s.ramGbUsed[h];
    out.diskGb += s.diskGbCap[h] - s.diskGbUsed[h];
  }
  return out;
}

/**
 * The N+k HA reserve over up hosts, per resource: the sum of the k largest allocatable vCPU
 * capacities, and separately of the k largest RAM capacities (a host with the most RAM need not have
 * the most vCPU). New placements must leave that much free so that k host failures can restart
 * elsewhere — vSphere's "cluster resource percentage" admission control, in host units.
 */
export function haReserve(s: HostState, k: number, out: { vcpu: number; ramGb: number }): void {
  out.vcpu = sumOfLargestUp(s, s.vcpuCap, k);
  out.ramGb = sumOfLargestUp(s, s.ramGbCap, k);
}

/** Σ of the k largest `caps` among up hosts (ties by index); k passes of a scan, no allocation. */
function sumOfLargestUp(s: HostState, caps: Float64Array, k: number): number {
  let total = 0;
  let lastValue = Number.POSITIVE_INFINITY;
  let lastIndex = -1;
  for (let taken = 0; taken < k; taken++) {
    let best = -1;
    for (let h = 0; h < s.count; h++) {
      if (s.up[h] === 0) continue;
      const v = caps[h];
      // Only hosts after the last taken one in (value desc, index asc) order.
      if (v > lastValue || (v === lastValue && h <= lastIndex)) continue;
      if (best < 0 || v > caps[best]) best = h;
    }
    if (best < 0) break;
    total += caps[best];
    lastValue = caps[best];
    lastIndex = best;
  }
  return total;
}

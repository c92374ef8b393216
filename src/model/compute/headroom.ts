/**
 * Headroom questions asked of a host state, without changing it: how many more VMs of one shape fit
 * now while keeping the N+k HA reserve, and whether the VMs of one host could restart elsewhere if it
 * failed now.
 */
import {
  CAPACITY_EPSILON as CAPACITY_EPSILON_BINDING,
  type HostState,
  haReserve,
  type VmSize,
} from './hostState.ts';

// Module-local copies: under tsx (CommonJS interop) an imported binding is a getter call per use,
// which shows in the placement and month-end loops.
const CAPACITY_EPSILON = CAPACITY_EPSILON_BINDING;

const scratchReserve = { vcpu: 0, ramGb: 0 };

function slots(free: number, need: number): number {
  if (need <= 0) return Number.POSITIVE_INFINITY;
  return Math.floor((free + CAPACITY_EPSILON) / need);
}

/**
 * How many more VMs of `shape` could be placed now, one after another, while the free vCPU and RAM of
 * the up hosts stay at least the allocatable capacity of the `haReserveHosts` largest up hosts (the
 * same pool-wide reserve rule `placeRequest` applies to new requests). Exact for that rule: identical
 * VMs fit host by host (Σ per-host slots), and the reserve caps the total by vCPU and by RAM.
 * `vmSlotsLeft` caps the answer by the pool's VM limit (default: no limit).
 */
export function headroomForShape(
  s: HostState,
  shape: VmSize,
  haReserveHosts: number,
  vmSlotsLeft = Number.POSITIVE_INFINITY,
): number {
  let perHost = 0;
  let freeVcpu = 0;
  let freeRam = 0;
  for (let h = 0; h < s.count; h++) {
    if (s.up[h] === 0) continue;
    const fv = s.vcpuCap[h] - s.vcpuUsed[h];
    const fr = s.ramGbCap[h] - s.ramGbUsed[h];
    const fd = s.diskGbCap[h] - s.diskGbUsed[h];
    freeVcpu += fv;
    freeRam += fr;
    perHost += Math.max(0, Math.min(slots(fv, shape.vcpu), slots(fr, shape.ramGb), slots(fd, shape.diskGb)));
  }
  haReserve(s, haReserveHosts, scratchReserve);
  const byReserve = Math.min(
    slots(freeVcpu - scratchReserve.vcpu, shape.vcpu),
    slots(freeRam - scratchReserve.ramGb, shape.ramGb),
  );
  const n = Math.min(perHost, Math.max(0, byReserve), Math.max(0, vmSlotsLeft));
  return Number.isFinite(n) ? n : 0;
}

/** The VMs an evacuation check moves, by VM id: sizes and the host of the HA partner (−1 if none). */
export interface EvacueeTable {
  vcpu: ArrayLike<number>;
  ramGb: ArrayLike<number>;
  diskGb: ArrayLike<number>;
  partnerHost: ArrayLike<number>;
}

/**
 * Could every VM of `failedHost` — ids[from..to), already in restart order (largest vCPU first, then
 * RAM, then id) — restart on the other up hosts (first-fit, anti-affinity kept, the HA reserve not
 * required: it is what the reserve is for)? Works on `scratch` copies of the usage so the state is
 * untouched.
 */
export function canEvacuate(
  s: HostState,
  failedHost: number,
  vms: EvacueeTable,
  ids: Int32Array,
  from: number,
  to: number,
  scratch: { vcpu: Float64Array; ramGb: Float64Array; diskGb: Float64Array },
): boolean {
  scratch.vcpu.set(s.vcpuUsed);
  scratch.ramGb.set(s.ramGbUsed);
  scratch.diskGb.set(s.diskGbUsed);
  for (let i = from; i < to; i++) {
    const id = ids[i];
    const vcpu = vms.vcpu[id];
    const ramGb = vms.ramGb[id];
    const diskGb = vms.diskGb[id];
    const partner = vms.partnerHost[id];
    let placed = false;
    for (let h = 0; h < s.count; h++) {
      if (h === failedHost || s.up[h] === 0 || h === partner) continue;
      if (
        scratch.vcpu[h] + vcpu <= s.vcpuCap[h] + CAPACITY_EPSILON &&
        scratch.ramGb[h] + ramGb <= s.ramGbCap[h] + CAPACITY_EPSILON &&
        scratch.diskGb[h] + diskGb <= s.diskGbCap[h] + CAPACITY_EPSILON
      ) {
        scratch.vcpu[h] += vcpu;
        scratch.ramGb[h] += ramGb;
        scratch.diskGb[h] += diskGb;
        placed = true;
        break;
      }
    }
    if (!placed) return false;
  }
  return true;
}

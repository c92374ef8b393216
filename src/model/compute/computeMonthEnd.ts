/**
 * The compute model's monthly series, closed by the month-end hook. One row per series:
 *
 * | series              | unit | value per month                                                        |
 * |---------------------|------|------------------------------------------------------------------------|
 * | vcpuDemand          | vCPU | peak within the month of vCPU requested by live VMs (placed or waiting)  |
 * | ramGbDemand         | GB   | same for RAM                                                            |
 * | diskTbDemand        | TB   | same for disk                                                           |
 * | vmCountDemand       | VMs  | same for the number of live VMs                                         |
 * | vcpuAllocated       | vCPU | month end: vCPU of placed VMs                                           |
 * | ramGbAllocated      | GB   | month end: RAM of placed VMs                                            |
 * | diskTbAllocated     | TB   | month end: disk of placed VMs                                           |
 * | vmCount             | VMs  | month end: placed VMs                                                   |
 * | vcpuUsed            | vCPU | month end: Σ placed vCPU × utilisation (grown per year, capped at 1)   |
 * | ramGbUsed           | GB   | month end: = ramGbAllocated (no RAM utilisation in the scenario yet)    |
 * | pendingRequests     | VMs  | month end: VMs waiting for capacity or for their HA restart             |
 * | rejectedRequests    | VMs  | total: new requests refused at their first attempt (they then wait)     |
 * | strandedVcpu        | vCPU | month end: free vCPU on up hosts where no waiting VM fits (0 if none)   |
 * | strandedRamGb       | GB   | same for RAM                                                            |
 * | haHeadroomOk        | 0/1  | month end: 1 if any one up host (so the largest) could fail now and all |
 * |                     |      | its VMs restart on the others (first-fit decreasing, anti-affinity kept) |
 * | hostDowntimeHours   | h    | total: Σ over hosts of hours down within the month                      |
 * | hostFailures        | —    | total: host failures that began in the month                            |
 * | vmRestarts          | VMs  | total: VMs restarted by HA after a host failure (incl. late restarts)   |
 * | vmDowntimeHours     | h    | total: VM-hours out of service because their host failed (the HA restart |
 * |                     |      | delay, and any wait for capacity after it)                               |
 * | computeAvailability | 0..1 | 1 − VM-minutes out ÷ VM-minutes of the VMs in service or out (1 with no  |
 * |                     |      | VMs): the compute part of service availability (clause 2.2.4)            |
 * | refusalsVcpu … refusalsHostDown | hosts | total over refused attempts (new requests and restarts) of hosts |
 * |                     |      | refused for that reason (vcpu, ram, disk, vm-count, anti-affinity, ha-reserve, host-down) |
 * | refusalsFragmented  | —    | total: refused attempts where the up hosts' free totals could hold the VM |
 * | headroomVms         | VMs  | month end: more VMs of compute.headroomShape that fit now, keeping the    |
 * |                     |      | N+k HA reserve and the contract's VM limit (headroomForShape)           |
 * | hostVcpuShare:<id>  | 0..1 | month end: the host's allocated ÷ allocatable vCPU (0 while it is down)  |
 * | hostRamShare:<id>   | 0..1 | same for RAM                                                            |
 */
import type { MonthlyRecorder } from '../../engine/recorder.ts';
import { HEADROOM_SHAPE_DEFAULT } from '../../scenario/sections/modelConstants.ts';
import type { ComputeModel } from './computeModel.ts';
import { canEvacuate, headroomForShape } from './headroom.ts';
import { CAPACITY_EPSILON as CAPACITY_EPSILON_BINDING, GB_PER_TB } from './hostState.ts';
import { REFUSAL_REASONS } from './placement.ts';
import {
  VM_GONE as VM_GONE_BINDING,
  VM_PENDING as VM_PENDING_BINDING,
  VM_PLACED as VM_PLACED_BINDING,
  type VmRegistry,
} from './vmRegistry.ts';

// Module-local copies: under tsx (CommonJS interop) an imported binding is a getter call per use,
// which shows in the placement and month-end loops.
const CAPACITY_EPSILON = CAPACITY_EPSILON_BINDING;
const VM_GONE = VM_GONE_BINDING;
const VM_PENDING = VM_PENDING_BINDING;
const VM_PLACED = VM_PLACED_BINDING;

export const REFUSAL_SERIES: readonly string[] = [
  'refusalsVcpu',
  'refusalsRam',
  'refusalsDisk',
  'refusalsVmCount',
  'refusalsAntiAffinity',
  'refusalsHaReserve',
  'refusalsHostDown',
];

/** Flows and peaks of the current month, reset after each close. */
export interface MonthTally {
  peakVcpu: number;
  peakRamGb: number;
  peakDiskGb: number;
  peakVmCount: number;
  rejected: number;
  hostFailures: number;
  vmRestarts: number;
  hostDownMinutes: number;
  /** VM-minutes of VMs holding a slot (placed, or out because their host failed), and of those out. */
  vmServiceMinutes: number;
  vmDownMinutes: number;
  fragmented: number;
  readonly refusals: Float64Array;
  /**
   * True from a close until the month's first demand note: the peaks then start from the live totals
   * as they are after the boundary's own events, so VMs that leave at 00:00 of the month's first day
   * (a move, a decommission) are not in its peak for that instant.
   */
  fresh: boolean;
  /** Raise the month's demand peaks to the registry's live totals. */
  noteDemand(vms: VmRegistry): void;
}

export function createMonthTally(): MonthTally {
  return {
    peakVcpu: 0,
    peakRamGb: 0,
    peakDiskGb: 0,
    peakVmCount: 0,
    rejected: 0,
    hostFailures: 0,
    vmRestarts: 0,
    hostDownMinutes: 0,
    vmServiceMinutes: 0,
    vmDownMinutes: 0,
    fragmented: 0,
    refusals: new Float64Array(REFUSAL_REASONS.length),
    fresh: false,
    noteDemand(vms) {
      if (this.fresh) {
        this.fresh = false;
        this.peakVcpu = vms.liveVcpu;
        this.peakRamGb = vms.liveRamGb;
        this.peakDiskGb = vms.liveDiskGb;
        this.peakVmCount = vms.liveCount;
        return;
      }
      if (vms.liveVcpu > this.peakVcpu) this.peakVcpu = vms.liveVcpu;
      if (vms.liveRamGb > this.peakRamGb) this.peakRamGb = vms.liveRamGb;
      if (vms.liveDiskGb > this.peakDiskGb) this.peakDiskGb = vms.liveDiskGb;
      if (vms.liveCount > this.peakVmCount) this.peakVmCount = vms.liveCount;
    },
  };
}

/** Writes month `m`'s series and resets the tally; `years` = time since the term start, years. */
export function closeComputeMonth(model: ComputeModel, m: number, years: number, rec: MonthlyRecorder): void {
  const { vms, hosts, tally } = model;
  const systems = model.inputs.compute.systems;
  tally.noteDemand(vms);
  rec.set('vcpuDemand', m, tally.peakVcpu);
  rec.set('ramGbDemand', m, tally.peakRamGb);
  rec.set('diskTbDemand', m, tally.peakDiskGb / GB_PER_TB);
  rec.set('vmCountDemand', m, tally.peakVmCount);

  let vcpuAllocated = 0;
  let ramGbAllocated = 0;
  let diskGbAllocated = 0;
  for (let h = 0; h < hosts.count; h++) {
    vcpuAllocated += hosts.vcpuUsed[h];
    ramGbAllocated += hosts.ramGbUsed[h];
    diskGbAllocated += hosts.diskGbUsed[h];
  }
  const utilisationFactor = model.utilisationFactor;
  for (let i = 0; i < systems.length; i++) {
    utilisationFactor[i] = (1 + systems[i].growth.cpuUtilisationPerYear) ** years;
  }
  let placed = 0;
  let waiting = 0;
  let vcpuUsed = 0;
  for (let id = 0; id < vms.count; id++) {
    const st = vms.state[id];
    if (st === VM_PLACED) {
      placed++;
      vcpuUsed += vms.vcpu[id] * Math.min(1, vms.cpuUtilisation[id] * utilisationFactor[vms.system[id]]);
    } else if (st !== VM_GONE) {
      waiting++; // pending or restarting
    }
  }
  rec.set('vcpuAllocated', m, vcpuAllocated);
  rec.set('ramGbAllocated', m, ramGbAllocated);
  rec.set('diskTbAllocated', m, diskGbAllocated / GB_PER_TB);
  rec.set('vmCount', m, placed);
  rec.set('vcpuUsed', m, vcpuUsed);
  rec.set('ramGbUsed', m, ramGbAllocated);
  rec.set('pendingRequests', m, waiting);
  rec.set('rejectedRequests', m, tally.rejected);
  const checks = model.checks;
  if (checks.version !== model.stateVersion) {
    const stranded = strandedCapacity(model);
    checks.strandedVcpu = stranded.vcpu;
    checks.strandedRamGb = stranded.ramGb;
    checks.haOk = survivesAnyHostFailure(model);
    checks.version = model.stateVersion;
  }
  rec.set('strandedVcpu', m, checks.strandedVcpu);
  rec.set('strandedRamGb', m, checks.strandedRamGb);
  rec.set('haHeadroomOk', m, checks.haOk ? 1 : 0);
  rec.set('hostDowntimeHours', m, tally.hostDownMinutes / 60);
  rec.set('hostFailures', m, tally.hostFailures);
  rec.set('vmRestarts', m, tally.vmRestarts);
  rec.set('vmDowntimeHours', m, tally.vmDownMinutes / 60);
  rec.set(
    'computeAvailability',
    m,
    tally.vmServiceMinutes > 0 ? 1 - tally.vmDownMinutes / tally.vmServiceMinutes : 1,
  );
  for (let r = 0; r < REFUSAL_SERIES.length; r++) rec.set(REFUSAL_SERIES[r], m, tally.refusals[r]);
  rec.set('refusalsFragmented', m, tally.fragmented);
  const shape = model.inputs.compute.headroomShape ?? HEADROOM_SHAPE_DEFAULT;
  const slotsLeft = Math.max(0, model.rules.vmLimit - placed);
  rec.set('headroomVms', m, headroomForShape(hosts, shape, model.rules.haReserveHosts, slotsLeft));
  const shareNames = model.hostShareSeries;
  for (let h = 0; h < hosts.count; h++) {
    rec.set(shareNames.vcpu[h], m, hosts.vcpuCap[h] > 0 ? hosts.vcpuUsed[h] / hosts.vcpuCap[h] : 0);
    rec.set(shareNames.ram[h], m, hosts.ramGbCap[h] > 0 ? hosts.ramGbUsed[h] / hosts.ramGbCap[h] : 0);
  }

  tally.fresh = true;
  tally.rejected = 0;
  tally.hostFailures = 0;
  tally.vmRestarts = 0;
  tally.hostDownMinutes = 0;
  tally.vmServiceMinutes = 0;
  tally.vmDownMinutes = 0;
  tally.fragmented = 0;
  tally.refusals.fill(0);
}

/**
 * Free vCPU and RAM on up hosts that none of the waiting VMs fits (by vCPU, RAM and disk): capacity
 * that is free in sum but useless to the requests that wait. Zero when nothing waits.
 */
export function strandedCapacity(model: ComputeModel): { vcpu: number; ramGb: number } {
  const { vms, hosts } = model;
  let vcpu = 0;
  let ramGb = 0;
  if (vms.pendingLength === 0) return { vcpu, ramGb };
  for (let h = 0; h < hosts.count; h++) {
    if (hosts.up[h] === 0) continue;
    const fv = hosts.vcpuCap[h] - hosts.vcpuUsed[h];
    const fr = hosts.ramGbCap[h] - hosts.ramGbUsed[h];
    const fd = hosts.diskGbCap[h] - hosts.diskGbUsed[h];
    let useful = false;
    for (let r = 0; r < vms.pendingLength && !useful; r++) {
      const id = vms.pending[r];
      if (vms.state[id] !== VM_PENDING) continue;
      useful =
        vms.vcpu[id] <= fv + CAPACITY_EPSILON &&
        vms.ramGb[id] <= fr + CAPACITY_EPSILON &&
        vms.diskGb[id] <= fd + CAPACITY_EPSILON;
    }
    if (!useful) {
      vcpu += Math.max(0, fv);
      ramGb += Math.max(0, fr);
    }
  }
  return { vcpu, ramGb };
}

/**
 * Every VM id ever added, in restart order — vCPU descending, then RAM descending, then id — kept per
 * registry and extended as VMs are added (sizes never change): the month-end check then groups the
 * placed VMs by host in one counting pass instead of sorting them every month.
 */
const restartOrder = new WeakMap<VmRegistry, { ids: Int32Array; length: number }>();

function vmsInRestartOrder(vms: VmRegistry): Int32Array {
  let order = restartOrder.get(vms);
  if (!order) {
    order = { ids: new Int32Array(Math.max(16, vms.count)), length: 0 };
    restartOrder.set(vms, order);
  }
  if (order.ids.length < vms.count) {
    const grown = new Int32Array(Math.max(vms.count, 2 * order.ids.length));
    grown.set(order.ids.subarray(0, order.length));
    order.ids = grown;
  }
  const { ids } = order;
  const { vcpu, ramGb } = vms;
  for (let id = order.length; id < vms.count; id++) {
    // Insert after every id that comes first: larger vCPU, or equal vCPU and RAM ≥ (ids are rising).
    let lo = 0;
    let hi: number = order.length;
    while (lo < hi) {
      const mid: number = (lo + hi) >>> 1;
      const other = ids[mid];
      if (vcpu[other] > vcpu[id] || (vcpu[other] === vcpu[id] && ramGb[other] >= ramGb[id])) lo = mid + 1;
      else hi = mid;
    }
    ids.copyWithin(lo + 1, lo, order.length);
    ids[lo] = id;
    order.length++;
  }
  return ids.subarray(0, order.length);
}

/**
 * Could every up host fail now (one at a time) with all its VMs restarting on the other up hosts?
 * Each host's placed VMs are a run of one typed array in restart order (largest vCPU first, then
 * RAM, then id): a counting pass by host over the VMs already in that order. No objects per VM.
 */
export function survivesAnyHostFailure(model: ComputeModel): boolean {
  const { vms, hosts } = model;
  const bySize = vmsInRestartOrder(vms);
  const partnerHost = new Int32Array(vms.count);
  const start = new Int32Array(hosts.count + 1);
  for (let i = 0; i < bySize.length; i++) {
    const id = bySize[i];
    if (vms.state[id] === VM_PLACED) start[vms.host[id] + 1]++;
  }
  for (let h = 0; h < hosts.count; h++) start[h + 1] += start[h];
  const placed = new Int32Array(start[hosts.count]);
  const next = start.slice(0, hosts.count);
  for (let i = 0; i < bySize.length; i++) {
    const id = bySize[i];
    if (vms.state[id] !== VM_PLACED) continue;
    placed[next[vms.host[id]]++] = id;
    const p = vms.partner[id];
    partnerHost[id] = model.antiAffinity && p >= 0 && vms.state[p] === VM_PLACED ? vms.host[p] : -1;
  }
  const table = { vcpu: vms.vcpu, ramGb: vms.ramGb, diskGb: vms.diskGb, partnerHost };
  const scratch = {
    vcpu: new Float64Array(hosts.count),
    ramGb: new Float64Array(hosts.count),
    diskGb: new Float64Array(hosts.count),
  };
  for (let h = 0; h < hosts.count; h++) {
    if (hosts.up[h] === 0 || start[h + 1] === start[h]) continue;
    if (!canEvacuate(hosts, h, table, placed, start[h], start[h + 1], scratch)) return false;
  }
  return true;
}

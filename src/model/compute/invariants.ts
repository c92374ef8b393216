/**
 * Invariants of the compute model, checked by the property tests after every event (and usable when
 * debugging a scenario): returns a list of violations, empty when the state is consistent.
 * - no host holds more than its allocatable capacity (physical × overcommit) and a failed host holds nothing;
 * - each host's usage equals the sum of the VMs placed on it (no VM lost or counted twice);
 * - every VM is in exactly one state, and the demand totals and VM-limit slots match the registry;
 * - the two VMs of an HA pair never share a host (when anti-affinity is on).
 */
import type { ComputeModel } from './computeModel.ts';
import { CAPACITY_EPSILON } from './hostState.ts';
import { VM_GONE, VM_PENDING, VM_PLACED, VM_RESTARTING } from './vmRegistry.ts';

const TOLERANCE = 1e-6;

export function computeInvariantViolations(model: ComputeModel): string[] {
  const { hosts, vms } = model;
  const out: string[] = [];
  const vcpu = new Float64Array(hosts.count);
  const ram = new Float64Array(hosts.count);
  const disk = new Float64Array(hosts.count);
  const count = new Int32Array(hosts.count);
  let live = 0;
  let liveVcpu = 0;
  let slots = 0;
  for (let id = 0; id < vms.count; id++) {
    const st = vms.state[id];
    if (st !== VM_GONE) {
      live++;
      liveVcpu += vms.vcpu[id];
    }
    if (vms.holdsSlot(id)) slots++;
    if (st === VM_PLACED) {
      const h = vms.host[id];
      if (h < 0 || h >= hosts.count) {
        out.push(`vm ${id} placed on no host (${h})`);
        continue;
      }
      vcpu[h] += vms.vcpu[id];
      ram[h] += vms.ramGb[id];
      disk[h] += vms.diskGb[id];
      count[h]++;
      const p = vms.partner[id];
      if (model.antiAffinity && p >= 0 && vms.state[p] === VM_PLACED && vms.host[p] === h) {
        out.push(`anti-affinity: vms ${id} and ${p} share host ${h}`);
      }
    } else if (st === VM_PENDING) {
      if (vms.host[id] !== -1) out.push(`pending vm ${id} has host ${vms.host[id]}`);
    } else if (st === VM_RESTARTING) {
      // Keeps the failed host's index until its restart event (the host may be repaired by then).
      if (vms.host[id] < 0) out.push(`restarting vm ${id} has no failed host`);
    } else if (st !== VM_GONE) {
      out.push(`vm ${id} in unknown state ${st}`);
    }
  }
  for (let h = 0; h < hosts.count; h++) {
    if (Math.abs(vcpu[h] - hosts.vcpuUsed[h]) > TOLERANCE)
      out.push(`host ${h} vCPU used ${hosts.vcpuUsed[h]} ≠ Σ VMs ${vcpu[h]}`);
    if (Math.abs(ram[h] - hosts.ramGbUsed[h]) > TOLERANCE)
      out.push(`host ${h} RAM used ${hosts.ramGbUsed[h]} ≠ Σ VMs ${ram[h]}`);
    if (Math.abs(disk[h] - hosts.diskGbUsed[h]) > TOLERANCE) out.push(`host ${h} disk used ≠ Σ VMs`);
    if (count[h] !== hosts.vmCount[h]) out.push(`host ${h} VM count ${hosts.vmCount[h]} ≠ ${count[h]}`);
    if (hosts.vcpuUsed[h] > hosts.vcpuCap[h] + CAPACITY_EPSILON) out.push(`host ${h} over vCPU capacity`);
    if (hosts.ramGbUsed[h] > hosts.ramGbCap[h] + CAPACITY_EPSILON) out.push(`host ${h} over RAM capacity`);
    if (hosts.diskGbUsed[h] > hosts.diskGbCap[h] + CAPACITY_EPSILON) out.push(`host ${h} over disk capacity`);
    if (hosts.up[h] === 0 && count[h] > 0) out.push(`failed host ${h} still holds ${count[h]} VMs`);
  }
  if (live !== vms.liveCount) out.push(`live VMs ${live} ≠ tally ${vms.liveCount}`);
  if (Math.abs(liveVcpu - vms.liveVcpu) > TOLERANCE)
    out.push(`live vCPU ${liveVcpu} ≠ tally ${vms.liveVcpu}`);
  if (slots !== vms.slotCount) out.push(`VM-limit slots ${slots} ≠ tally ${vms.slotCount}`);
  let queued = 0;
  for (let r = 0; r < vms.pendingLength; r++) if (vms.state[vms.pending[r]] === VM_PENDING) queued++;
  let pending = 0;
  for (let id = 0; id < vms.count; id++) if (vms.state[id] === VM_PENDING) pending++;
  if (queued !== pending) out.push(`pending queue holds ${queued} of ${pending} pending VMs`);
  return out;
}

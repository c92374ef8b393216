/**
 * The pool's changes over the contract's life, as computeTimeline.ts plans them: added hosts join
 * (up, failing from then on; waiting VMs may fit now), retired hosts leave for good (their VMs move
 * at once — a planned migration, no restart outage — or wait for room, out of service meanwhile; a
 * failure or repair still scheduled for the host is ignored), systems grow by a 'grow-system' event's
 * VMs, and the VM admission limit follows the quota in force. Every join is scheduled before any
 * leave: at a refresh on one date the VMs move straight to the new hosts.
 */
import type { Simulation } from '../../engine/simulation.ts';
import type { ComputeModel } from './computeModel.ts';
import { release } from './hostState.ts';
import { VM_PENDING, VM_PLACED } from './vmRegistry.ts';

export function schedulePoolChanges(model: ComputeModel, sim: Simulation, termEnd: number): void {
  const plan = model.plan;
  const hGrow = sim.on((_s, k) => {
    const g = plan.growths[k];
    if (model.systemActive[g.system] === 1) model.requestShapes(g.system, g.shapes);
  });
  const hLimit = sim.on((_s, k) => {
    model.rules.vmLimit = plan.vmLimits[k].limit;
    model.retryPending();
  });
  const hJoin = sim.on((_s, host) => hostJoins(model, host));
  const hLeave = sim.on((_s, host) => hostLeaves(model, host));
  for (let k = 0; k < plan.growths.length; k++) sim.schedule(plan.growths[k].minute, hGrow, k);
  for (let k = 0; k < plan.vmLimits.length; k++) sim.schedule(plan.vmLimits[k].minute, hLimit, k);
  const hosts = model.hosts.count;
  for (let h = 0; h < hosts; h++) {
    const join = plan.hostJoin[h];
    if (join > 0 && join < termEnd) sim.schedule(join, hJoin, h);
  }
  for (let h = 0; h < hosts; h++) {
    const leave = Math.max(plan.hostJoin[h], plan.hostLeave[h]);
    if (leave < termEnd) sim.schedule(leave, hLeave, h);
  }
}

function hostJoins(model: ComputeModel, host: number): void {
  if (model.plan.hostLeave[host] <= model.sim.now) return;
  model.present[host] = 1;
  model.hosts.up[host] = 1;
  model.stateVersion++;
  model.scheduleFailure(host);
  model.retryPending();
}

function hostLeaves(model: ComputeModel, host: number): void {
  if (model.present[host] === 0) return;
  const { vms, hosts, tally } = model;
  if (hosts.up[host] === 0) tally.hostDownMinutes += model.sim.now - model.downSince[host];
  model.present[host] = 0;
  hosts.up[host] = 0;
  model.stateVersion++;
  model.noteService();
  for (let id = 0; id < vms.count; id++) {
    if (vms.state[id] !== VM_PLACED || vms.host[id] !== host) continue;
    release(hosts, host, model.sizeOf(id));
    vms.state[id] = VM_PENDING;
    vms.host[id] = -1;
    // It keeps its slot (exempt from the HA reserve and the VM limit) and is out until placed.
    vms.restart[id] = 1;
    model.vmsDown++;
    if (!model.tryPlace(id, true)) vms.enqueuePending(id);
  }
}

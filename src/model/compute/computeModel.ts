/**
 * The compute pool over one replication: VMs arrive (initial estate, onboarding, Poisson growth),
 * are placed by the filter/weigher pipeline, leave (decommission, a move), and hosts fail and are
 * repaired, with HA restarts after the restart delay; hosts join and retire, systems grow, the VM limit
 * follows the quota in force (computeTimeline.ts). Events are proportional to what happens: one per
 * system start/end, one per growth VM, three per host failure (fail, restart, repair), none per minute.
 *
 * Growth: each system's first VM shape arrives as a Poisson process of rate `growth.vmsPerYear` from
 * its start until it leaves (successive growth VMs of an HA-pair shape pair up).
 * Refused requests wait (pending, FIFO) and are retried whenever capacity frees (repair, departure).
 * Random streams: `hosts` (forked per host id) for failures and repairs, `vm-growth` (forked per
 * system id) for arrivals, so one host's or system's draws never shift another's.
 */
import type { RandomStream } from '../../engine/random.ts';
import type { MonthlyRecorder } from '../../engine/recorder.ts';
import type { Simulation } from '../../engine/simulation.ts';
import type { VmShape } from '../../scenario/schema.ts';
import { closeComputeMonth, createMonthTally, type MonthTally } from './computeMonthEnd.ts';
import { type ComputePlan, type ComputePlanInputs, computePlan } from './computeTimeline.ts';
import { sampleMinutes } from './duration.ts';
import { FailedSizes } from './failedSizes.ts';
import { allocate, type HostState, hostStateFromScenario, release } from './hostState.ts';
import {
  createPlacementScratch,
  type PlacementRequest,
  type PlacementRules,
  placeRequest,
} from './placement.ts';
import { schedulePoolChanges } from './poolChanges.ts';
import { type RefusalRecord, recordRefusal } from './refusalLog.ts';
import {
  VM_GONE as VM_GONE_BINDING,
  VM_PENDING as VM_PENDING_BINDING,
  VM_PLACED as VM_PLACED_BINDING,
  VM_RESTARTING as VM_RESTARTING_BINDING,
  VmRegistry,
} from './vmRegistry.ts';

// Module-local copies: under tsx (CommonJS interop) an imported binding is a getter call per use,
// which shows in the placement and month-end loops.
const VM_GONE = VM_GONE_BINDING;
const VM_PENDING = VM_PENDING_BINDING;
const VM_PLACED = VM_PLACED_BINDING;
const VM_RESTARTING = VM_RESTARTING_BINDING;

/**
 * What the compute model reads from a scenario (a subset, so tests can build small inputs): the
 * section, the timeline, the VM admission limit (contract.quotas.vmCount) and what the lifecycle
 * adds — the minutes systems leave with moves, the limit in force by month (computeTimeline.ts).
 */
export type ComputeInputs = ComputePlanInputs;

export { MAX_REFUSAL_RECORDS, type RefusalRecord } from './refusalLog.ts';

const MINUTES_PER_YEAR = 365.25 * 1440;

export class ComputeModel {
  readonly hosts: HostState;
  readonly vms: VmRegistry;
  readonly rules: PlacementRules;
  readonly inputs: ComputeInputs;
  readonly refusalLog: RefusalRecord[] = [];
  readonly tally: MonthTally;
  /** Minute each down host went down (or the last month end), for downtime hours. */
  readonly downSince: Float64Array;
  readonly systemActive: Uint8Array;
  /** Scratch for the month end: each system's CPU-utilisation growth factor since the term start. */
  readonly utilisationFactor: Float64Array;
  /** Bumped whenever a placement, release or host state changes: month-end checks reuse results. */
  stateVersion = 0;
  /** VMs out of service because their host failed or left (restarting, or waiting after it). */
  vmsDown = 0;
  /** Minute up to which the tally's VM-minutes (in service, down) are counted. */
  private serviceSince = 0;
  /** Month-end what-if results and the stateVersion they were computed at. */
  readonly checks = { version: -1, haOk: true, strandedVcpu: 0, strandedRamGb: 0 };
  /** Per host, the names of its share series (`hostVcpuShare:<id>`, `hostRamShare:<id>`), built once. */
  readonly hostShareSeries: { vcpu: string[]; ram: string[] };
  /** Hosts, systems, growth and VM limits over time (computeTimeline.ts). */
  readonly plan: ComputePlan;
  /** 1 while a host is in the pool (added hosts join later, retired ones leave): up only if present. */
  readonly present: Uint8Array;
  readonly sim: Simulation;
  readonly antiAffinity: boolean;
  private readonly req: PlacementRequest = {
    vcpu: 0,
    ramGb: 0,
    diskGb: 0,
    partnerHost: -1,
    isRestart: false,
  };
  /** The last placement's refusal reasons (refusalLog.ts reads them). */
  readonly scratch = createPlacementScratch();
  private readonly hostStreams: RandomStream[];
  private readonly growthStreams: RandomStream[];
  private readonly unpairedGrowthVm: Int32Array;
  private readonly systemEndMinute: Float64Array;
  private readonly hFail: number;
  private readonly hRepair: number;
  private readonly hRestart: number;
  private readonly hSystemStart: number;
  private readonly hSystemEnd: number;
  private readonly hGrowth: number;

  constructor(sim: Simulation, inputs: ComputeInputs) {
    this.sim = sim;
    this.inputs = inputs;
    const { compute } = inputs;
    const plan = computePlan(inputs, sim.calendar);
    this.plan = plan;
    this.hosts = hostStateFromScenario({ hosts: plan.hosts, overcommit: compute.overcommit });
    this.present = Uint8Array.from(plan.hostJoin, (t) => (t <= 0 ? 1 : 0));
    this.hosts.up.set(this.present);
    let initialVms = 0;
    for (const s of compute.systems) for (const v of s.vms) initialVms += v.count;
    this.vms = new VmRegistry(initialVms * 2 + 16);
    this.rules = {
      policy: compute.placement.policy,
      haReserveHosts: compute.haReserveHosts,
      vmLimit: inputs.vmLimit,
    };
    this.antiAffinity = compute.placement.antiAffinityForHaPairs;
    this.tally = createMonthTally();
    this.downSince = new Float64Array(this.hosts.count);
    const nSystems = compute.systems.length;
    this.systemActive = new Uint8Array(nSystems);
    this.utilisationFactor = new Float64Array(nSystems);
    this.hostShareSeries = {
      vcpu: plan.hosts.map((h) => `hostVcpuShare:${h.id}`),
      ram: plan.hosts.map((h) => `hostRamShare:${h.id}`),
    };
    this.unpairedGrowthVm = new Int32Array(nSystems).fill(-1);
    this.systemEndMinute = plan.systemEnd;
    const hostsStream = sim.stream('hosts');
    this.hostStreams = plan.hosts.map((h) => hostsStream.fork(h.id));
    const growthStream = sim.stream('vm-growth');
    this.growthStreams = compute.systems.map((s) => growthStream.fork(s.id));

    this.hFail = sim.on((_s, host) => this.onHostFailure(host));
    this.hRepair = sim.on((_s, host) => this.onHostRepair(host));
    this.hRestart = sim.on((_s, host) => this.onRestart(host));
    this.hSystemStart = sim.on((_s, system) => this.startSystem(system));
    this.hSystemEnd = sim.on((_s, system) => this.endSystem(system));
    this.hGrowth = sim.on((_s, system) => this.onGrowthArrival(system));
  }

  /** Places the initial estate (t = 0, no events), starts host failures, schedules the pool's changes. */
  start(): void {
    const plan = this.plan;
    const termEnd = this.sim.calendar.monthStartMinute(this.sim.calendar.months);
    plan.systemStart.forEach((startMinute, i) => {
      if (startMinute >= termEnd || startMinute >= this.systemEndMinute[i]) return;
      if (startMinute <= 0) this.startSystem(i);
      else this.sim.schedule(startMinute, this.hSystemStart, i);
      if (this.systemEndMinute[i] < termEnd) this.sim.schedule(this.systemEndMinute[i], this.hSystemEnd, i);
    });
    for (let h = 0; h < this.hosts.count; h++) if (plan.hostJoin[h] <= 0) this.scheduleFailure(h);
    schedulePoolChanges(this, this.sim, termEnd);
  }

  scheduleFailure(host: number): void {
    this.sim.scheduleIn(
      sampleMinutes(this.hostStreams[host], this.inputs.compute.hostFailure),
      this.hFail,
      host,
    );
  }

  /** Registers a new live VM and tries to place it; counts and logs a refusal. */
  private request(system: number, def: VmShape, partner: number): number {
    const id = this.vms.add(def, def.cpuUtilisation, system, partner);
    this.stateVersion++;
    this.tally.noteDemand(this.vms);
    if (!this.tryPlace(id, true)) {
      this.tally.rejected++;
      this.vms.enqueuePending(id);
    }
    return id;
  }

  /** Tries to place VM `id` (pending or restarting); on success it is PLACED. */
  tryPlace(id: number, logRefusal: boolean): boolean {
    const vms = this.vms;
    const req = this.req;
    req.vcpu = vms.vcpu[id];
    req.ramGb = vms.ramGb[id];
    req.diskGb = vms.diskGb[id];
    const partner = vms.partner[id];
    req.partnerHost =
      this.antiAffinity && partner >= 0 && vms.state[partner] === VM_PLACED ? vms.host[partner] : -1;
    req.isRestart = vms.restart[id] === 1;
    const host = placeRequest(this.hosts, req, this.rules, vms.slotCount, this.scratch);
    if (host < 0) {
      if (logRefusal) recordRefusal(this, id);
      return false;
    }
    allocate(this.hosts, host, req);
    this.stateVersion++;
    this.noteService();
    // A restart already holds its slot (and is back in service now); a new or retried request takes one.
    if (vms.restart[id] === 0) vms.slotCount++;
    else this.vmsDown--;
    vms.state[id] = VM_PLACED;
    vms.host[id] = host;
    vms.restart[id] = 0;
    return true;
  }

  private startSystem(system: number): void {
    if (this.systemActive[system] === 1 || this.sim.now >= this.systemEndMinute[system]) return;
    this.systemActive[system] = 1;
    this.requestShapes(system, this.inputs.compute.systems[system].vms);
    this.scheduleGrowth(system);
  }

  /** Requests every VM of these shapes for a system; VMs 2j and 2j+1 of an HA-pair shape are partners. */
  requestShapes(system: number, shapes: readonly VmShape[]): void {
    for (const shape of shapes) {
      let previous = -1;
      for (let k = 0; k < shape.count; k++) {
        const partner = shape.haPair && k % 2 === 1 ? previous : -1;
        previous = this.request(system, shape, partner);
      }
    }
  }

  private scheduleGrowth(system: number): void {
    const rate = this.inputs.compute.systems[system].growth.vmsPerYear;
    if (rate <= 0) return;
    const gap = this.growthStreams[system].exponential(MINUTES_PER_YEAR / rate);
    const at = this.sim.now + gap;
    if (
      at < this.systemEndMinute[system] &&
      at < this.sim.calendar.monthStartMinute(this.sim.calendar.months)
    ) {
      this.sim.schedule(at, this.hGrowth, system);
    }
  }

  private onGrowthArrival(system: number): void {
    if (this.systemActive[system] === 0) return;
    const shape = this.inputs.compute.systems[system].vms[0];
    let partner = -1;
    if (shape.haPair) {
      const waiting = this.unpairedGrowthVm[system];
      if (waiting >= 0 && this.vms.state[waiting] !== VM_GONE) partner = waiting;
    }
    const id = this.request(system, shape, partner);
    if (shape.haPair) this.unpairedGrowthVm[system] = partner >= 0 ? -1 : id;
    this.scheduleGrowth(system);
  }

  /** The month's demand peak holds the system until now, unless it leaves at the month's first minute. */
  private endSystem(system: number): void {
    if (this.systemActive[system] === 0) return;
    const cal = this.sim.calendar;
    if (cal.monthStartMinute(cal.monthOfMinute(this.sim.now)) < this.sim.now) this.tally.noteDemand(this.vms);
    this.systemActive[system] = 0;
    this.stateVersion++;
    this.noteService();
    const vms = this.vms;
    for (let id = 0; id < vms.count; id++) {
      if (vms.system[id] !== system || vms.state[id] === VM_GONE) continue;
      if (vms.state[id] === VM_PLACED) release(this.hosts, vms.host[id], this.sizeOf(id));
      if (vms.restart[id] === 1) this.vmsDown--;
      vms.retire(id);
    }
    this.retryPending();
  }

  private onHostFailure(host: number): void {
    if (this.present[host] === 0) return; // retired
    const hosts = this.hosts;
    const vms = this.vms;
    hosts.up[host] = 0;
    this.stateVersion++;
    this.downSince[host] = this.sim.now;
    this.tally.hostFailures++;
    this.noteService();
    for (let id = 0; id < vms.count; id++) {
      if (vms.state[id] !== VM_PLACED || vms.host[id] !== host) continue;
      release(hosts, host, this.sizeOf(id));
      vms.state[id] = VM_RESTARTING; // keeps its VM slot; host stays = the failed host
      vms.restart[id] = 1;
      this.vmsDown++;
    }
    this.sim.scheduleIn(this.inputs.compute.vmRestartMinutes, this.hRestart, host);
    this.sim.scheduleIn(
      sampleMinutes(this.hostStreams[host], this.inputs.compute.hostRepair),
      this.hRepair,
      host,
    );
  }

  private onRestart(failedHost: number): void {
    const vms = this.vms;
    for (let id = 0; id < vms.count; id++) {
      if (vms.state[id] !== VM_RESTARTING || vms.host[id] !== failedHost) continue;
      vms.host[id] = -1;
      vms.state[id] = VM_PENDING;
      if (this.tryPlace(id, true)) this.tally.vmRestarts++;
      else vms.enqueuePending(id);
    }
  }

  private onHostRepair(host: number): void {
    if (this.present[host] === 0) return; // retired while down
    this.hosts.up[host] = 1;
    this.stateVersion++;
    this.tally.hostDownMinutes += this.sim.now - this.downSince[host];
    this.scheduleFailure(host);
    this.retryPending();
  }

  /**
   * Places whatever of the pending queue fits now, in arrival order (no head-of-line blocking).
   *
   * Within one pass capacity only shrinks (placing is all that happens), the up hosts and so the HA
   * reserve stay as they are, and the VM count only grows; so a request that found no host leaves
   * every later request of the same kind (new or restart) that is at least as large in vCPU, RAM
   * and disk without one too, and a new request over the VM limit is refused on every host. Those
   * are skipped without a scan of the hosts: the outcome is the one placeRequest would give, and a
   * queue of thousands of waiting VMs no longer costs queue × hosts at every repair.
   */
  retryPending(): void {
    const vms = this.vms;
    if (vms.pendingLength === 0) return;
    const failed = this.failedSizes;
    failed.newCount = 0;
    failed.restartCount = 0;
    for (let r = 0; r < vms.pendingLength; r++) {
      const id = vms.pending[r];
      if (vms.state[id] !== VM_PENDING) continue;
      const wasRestart = vms.restart[id] === 1;
      if (!wasRestart && vms.slotCount >= this.rules.vmLimit) continue;
      if (failed.dominates(wasRestart, vms.vcpu[id], vms.ramGb[id], vms.diskGb[id])) continue;
      if (this.tryPlace(id, false)) {
        if (wasRestart) this.tally.vmRestarts++;
      } else if (this.req.partnerHost < 0) {
        failed.add(wasRestart, vms.vcpu[id], vms.ramGb[id], vms.diskGb[id]);
      }
    }
    vms.compactPending();
  }

  private readonly failedSizes = new FailedSizes();

  private readonly sizeScratch = { vcpu: 0, ramGb: 0, diskGb: 0 };
  sizeOf(id: number) {
    this.sizeScratch.vcpu = this.vms.vcpu[id];
    this.sizeScratch.ramGb = this.vms.ramGb[id];
    this.sizeScratch.diskGb = this.vms.diskGb[id];
    return this.sizeScratch;
  }

  /**
   * Counts VM-minutes up to now: in service or out (slotCount: placed, or out because their host
   * failed) and out (vmsDown). Called before either count changes and at each month end.
   */
  noteService(): void {
    const now = this.sim.now;
    const elapsed = now - this.serviceSince;
    if (elapsed <= 0) return;
    this.tally.vmServiceMinutes += this.vms.slotCount * elapsed;
    this.tally.vmDownMinutes += this.vmsDown * elapsed;
    this.serviceSince = now;
  }

  /** Month-end closing (see computeMonthEnd.ts for the series table). */
  closeMonth(monthIndex: number, recorder: MonthlyRecorder): void {
    const end = this.sim.now;
    this.noteService();
    for (let h = 0; h < this.hosts.count; h++) {
      if (this.hosts.up[h] === 1 || this.present[h] === 0) continue;
      this.tally.hostDownMinutes += end - this.downSince[h];
      this.downSince[h] = end;
    }
    closeComputeMonth(this, monthIndex, end / MINUTES_PER_YEAR, recorder);
  }
}

/** Builds the model on a simulation, places the initial estate and wires month-end closing. */
export function createComputeModel(
  sim: Simulation,
  recorder: MonthlyRecorder,
  onMonthEnd: (callback: (monthIndex: number) => void) => void,
  inputs: ComputeInputs,
): ComputeModel {
  const model = new ComputeModel(sim, inputs);
  model.start();
  onMonthEnd((m) => model.closeMonth(m, recorder));
  return model;
}

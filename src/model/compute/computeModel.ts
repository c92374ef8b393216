/**
 * The compute pool over one replication: VMs arrive (initial estate, onboarding, Poisson growth),
 * are placed by the filter/weigher pipeline, leave (decommission, migrate-out), and hosts fail and are
 * repaired, with HA restarts after the restart delay. Events are proportional to what happens: one per
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
import type { Compute, Timeline } from '../../scenario/schema.ts';
import type { RefusalNote } from '../context.ts';
import { closeComputeMonth, createMonthTally, type MonthTally } from './computeMonthEnd.ts';
import { sampleMinutes } from './duration.ts';
import {
  allocate,
  fitsSomeEmptyHost,
  type HostState,
  hostStateFromScenario,
  release,
  upHostCount,
} from './hostState.ts';
import {
  createPlacementScratch,
  type PlacementRequest,
  type PlacementRules,
  placeRequest,
  refusalsByReason,
} from './placement.ts';
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

/** What the compute model reads from a scenario (a subset, so tests can build small inputs). */
export interface ComputeInputs {
  compute: Compute;
  timeline: Timeline;
  /** Pool-wide VM admission limit: contract.quotas.vmCount. */
  vmLimit: number;
}

/** One refused placement, for the explanations (the note the runner keeps, plus when it happened). */
export type RefusalRecord = RefusalNote & { minute: number };

/** Refusals kept per replication (the first ones; the monthly counts cover all of them). */
export const MAX_REFUSAL_RECORDS = 32;
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
  /** VMs out of service because their host failed (restarting, or waiting after it). */
  private vmsDown = 0;
  /** Minute up to which the tally's VM-minutes (in service, down) are counted. */
  private serviceSince = 0;
  /** Month-end what-if results and the stateVersion they were computed at. */
  readonly checks = { version: -1, haOk: true, strandedVcpu: 0, strandedRamGb: 0 };
  /** Per host, the names of its share series (`hostVcpuShare:<id>`, `hostRamShare:<id>`), built once. */
  readonly hostShareSeries: { vcpu: string[]; ram: string[] };
  private readonly sim: Simulation;
  readonly antiAffinity: boolean;
  private readonly req: PlacementRequest = {
    vcpu: 0,
    ramGb: 0,
    diskGb: 0,
    partnerHost: -1,
    isRestart: false,
  };
  private readonly scratch = createPlacementScratch();
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
    this.hosts = hostStateFromScenario(compute);
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
      vcpu: inputs.compute.hosts.map((h) => `hostVcpuShare:${h.id}`),
      ram: inputs.compute.hosts.map((h) => `hostRamShare:${h.id}`),
    };
    this.unpairedGrowthVm = new Int32Array(nSystems).fill(-1);
    this.systemEndMinute = new Float64Array(nSystems).fill(Number.POSITIVE_INFINITY);
    const hostsStream = sim.stream('hosts');
    this.hostStreams = compute.hosts.map((h) => hostsStream.fork(h.id));
    const growthStream = sim.stream('vm-growth');
    this.growthStreams = compute.systems.map((s) => growthStream.fork(s.id));

    this.hFail = sim.on((_s, host) => this.onHostFailure(host));
    this.hRepair = sim.on((_s, host) => this.onHostRepair(host));
    this.hRestart = sim.on((_s, host) => this.onRestart(host));
    this.hSystemStart = sim.on((_s, system) => this.startSystem(system));
    this.hSystemEnd = sim.on((_s, system) => this.endSystem(system));
    this.hGrowth = sim.on((_s, system) => this.onGrowthArrival(system));
  }

  /** Schedules the timeline, places the initial estate (t = 0, no events) and starts host failures. */
  start(): void {
    const { compute, timeline } = this.inputs;
    const cal = this.sim.calendar;
    const termEnd = cal.monthStartMinute(cal.months);
    const startMinute = compute.systems.map((s) =>
      cal.monthStartMinute(Math.min(s.onboardMonth, cal.months)),
    );
    compute.systems.forEach((s, i) => {
      if (s.decommissionMonth !== undefined && s.decommissionMonth < cal.months) {
        this.systemEndMinute[i] = cal.monthStartMinute(s.decommissionMonth);
      }
    });
    const index = new Map(compute.systems.map((s, i) => [s.id, i]));
    for (const event of timeline) {
      const minute = cal.dateToMinute(event.date);
      if (event.kind === 'onboard-system' || event.kind === 'decommission-system') {
        const i = index.get(event.systemId);
        if (i === undefined) continue;
        // The event's date refines the system's month to the day.
        if (event.kind === 'onboard-system') startMinute[i] = minute;
        else this.systemEndMinute[i] = minute;
      } else if (event.kind === 'migrate-out') {
        const ids = event.systemIds.length > 0 ? event.systemIds : compute.systems.map((s) => s.id);
        for (const id of ids) {
          const i = index.get(id);
          if (i !== undefined && minute < this.systemEndMinute[i]) this.systemEndMinute[i] = minute;
        }
      }
    }
    compute.systems.forEach((_s, i) => {
      if (startMinute[i] >= termEnd || startMinute[i] >= this.systemEndMinute[i]) return;
      if (startMinute[i] <= 0) this.startSystem(i);
      else this.sim.schedule(startMinute[i], this.hSystemStart, i);
      if (this.systemEndMinute[i] < termEnd) this.sim.schedule(this.systemEndMinute[i], this.hSystemEnd, i);
    });
    for (let h = 0; h < this.hosts.count; h++) {
      this.sim.scheduleIn(sampleMinutes(this.hostStreams[h], compute.hostFailure), this.hFail, h);
    }
  }

  /** Registers a new live VM and tries to place it; counts and logs a refusal. */
  private request(system: number, shape: number, partner: number): number {
    const def = this.inputs.compute.systems[system].vms[shape];
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
  private tryPlace(id: number, recordRefusal: boolean): boolean {
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
      if (recordRefusal) this.recordRefusal(id);
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

  private recordRefusal(id: number): void {
    const t = this.tally;
    const refusals = this.scratch.refusals;
    for (let r = 0; r < refusals.length; r++) t.refusals[r] += refusals[r];
    if (this.scratch.poolHadCapacity) t.fragmented++;
    if (this.refusalLog.length >= MAX_REFUSAL_RECORDS) return;
    const hostsRefused = refusalsByReason(this.scratch);
    const now = this.sim.now;
    this.refusalLog.push({
      monthIndex: this.sim.calendar.monthOfMinute(now),
      minute: now,
      systemId: this.inputs.compute.systems[this.vms.system[id]].id,
      kind: this.vms.restart[id] === 1 ? 'restart' : 'new',
      vcpu: this.vms.vcpu[id],
      ramGb: this.vms.ramGb[id],
      diskGb: this.vms.diskGb[id],
      hostsRefused,
      poolHadCapacity: this.scratch.poolHadCapacity,
      upHosts: upHostCount(this.hosts),
      freeVcpu: this.scratch.free.vcpu,
      freeRamGb: this.scratch.free.ramGb,
      freeDiskGb: this.scratch.free.diskGb,
      fitsAnEmptyHost: fitsSomeEmptyHost(
        this.hosts,
        this.vms.vcpu[id],
        this.vms.ramGb[id],
        this.vms.diskGb[id],
      ),
    });
  }

  private startSystem(system: number): void {
    if (this.systemActive[system] === 1 || this.sim.now >= this.systemEndMinute[system]) return;
    this.systemActive[system] = 1;
    const def = this.inputs.compute.systems[system];
    def.vms.forEach((shape, s) => {
      let previous = -1;
      for (let k = 0; k < shape.count; k++) {
        // VMs 2j and 2j+1 of an HA-pair shape are partners.
        const partner = shape.haPair && k % 2 === 1 ? previous : -1;
        previous = this.request(system, s, partner);
      }
    });
    this.scheduleGrowth(system);
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
    const id = this.request(system, 0, partner);
    if (shape.haPair) this.unpairedGrowthVm[system] = partner >= 0 ? -1 : id;
    this.scheduleGrowth(system);
  }

  private endSystem(system: number): void {
    if (this.systemActive[system] === 0) return;
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
    this.hosts.up[host] = 1;
    this.stateVersion++;
    this.tally.hostDownMinutes += this.sim.now - this.downSince[host];
    this.sim.scheduleIn(
      sampleMinutes(this.hostStreams[host], this.inputs.compute.hostFailure),
      this.hFail,
      host,
    );
    this.retryPending();
  }

  /** Places whatever of the pending queue fits now, in arrival order (no head-of-line blocking). */
  private retryPending(): void {
    const vms = this.vms;
    if (vms.pendingLength === 0) return;
    for (let r = 0; r < vms.pendingLength; r++) {
      const id = vms.pending[r];
      if (vms.state[id] !== VM_PENDING) continue;
      const wasRestart = vms.restart[id] === 1;
      if (this.tryPlace(id, false) && wasRestart) this.tally.vmRestarts++;
    }
    vms.compactPending();
  }

  private readonly sizeScratch = { vcpu: 0, ramGb: 0, diskGb: 0 };
  private sizeOf(id: number) {
    this.sizeScratch.vcpu = this.vms.vcpu[id];
    this.sizeScratch.ramGb = this.vms.ramGb[id];
    this.sizeScratch.diskGb = this.vms.diskGb[id];
    return this.sizeScratch;
  }

  /**
   * Counts VM-minutes up to now: in service or out (slotCount: placed, or out because their host
   * failed) and out (vmsDown). Called before either count changes and at each month end.
   */
  private noteService(): void {
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
      if (this.hosts.up[h] === 1) continue;
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

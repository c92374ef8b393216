/**
 * Small scenario inputs for the compute and database tests: a pool shaped like the contract's
 * (13 hosts summing to 494 vCPU, 1048 GB RAM, 64 TB disk) and an estate of systems around 150 VMs.
 */
import { MonthlyRecorder } from '../../../src/engine/recorder.ts';
import { Simulation } from '../../../src/engine/simulation.ts';
import {
  type ComputeInputs,
  type ComputeModel,
  createComputeModel,
} from '../../../src/model/compute/computeModel.ts';
import type { Compute, Host, SystemDef } from '../../../src/scenario/schema.ts';

export function contractHosts(): Host[] {
  return Array.from({ length: 13 }, (_, i) => ({
    id: `host-${String(i + 1).padStart(2, '0')}`,
    vcpu: 38,
    ramGb: i < 8 ? 80 : 81.6,
    diskTb: i < 12 ? 5 : 4,
  }));
}

function system(id: string, vms: SystemDef['vms'], extra: Partial<SystemDef> = {}): SystemDef {
  return {
    id,
    name: id,
    nameZh: id,
    vms,
    onboardMonth: 0,
    growth: { vmsPerYear: 1, cpuUtilisationPerYear: 0.1 },
    ...extra,
  };
}

const web = { count: 2, vcpu: 4, ramGb: 8, diskGb: 100, haPair: true, cpuUtilisation: 0.3 };
const app = { count: 2, vcpu: 8, ramGb: 16, diskGb: 200, haPair: true, cpuUtilisation: 0.4 };
const db = { count: 1, vcpu: 16, ramGb: 32, diskGb: 500, haPair: false, cpuUtilisation: 0.5 };

/** 15 systems, ~55 VMs (≈ 370 vCPU) at the start, about one more VM a year each. */
export function baselineSystems(): SystemDef[] {
  const out: SystemDef[] = [];
  for (let i = 0; i < 12; i++) out.push(system(`sys-${i}`, [web, app, ...(i % 3 === 0 ? [db] : [])]));
  out.push(system('wave-1', [web, app, db], { onboardMonth: 6 }));
  out.push(system('wave-2', [app, app, db], { onboardMonth: 18 }));
  out.push(system('legacy', [db, db], { decommissionMonth: 12 }));
  return out;
}

export function baselineCompute(overrides: Partial<Compute> = {}): Compute {
  return {
    hosts: contractHosts(),
    overcommit: { cpu: 1, ram: 1 },
    placement: { policy: 'best-fit', antiAffinityForHaPairs: true },
    haReserveHosts: 1,
    hostFailure: { kind: 'exponential', meanHours: 219_000 },
    hostRepair: { kind: 'lognormal', meanHours: 4, cv: 0.75 },
    vmRestartMinutes: 3,
    systems: baselineSystems(),
    ...overrides,
  };
}

export function baselineInputs(overrides: Partial<Compute> = {}): ComputeInputs {
  return { compute: baselineCompute(overrides), timeline: [], vmLimit: 200 };
}

export interface ComputeRun {
  sim: Simulation;
  model: ComputeModel;
  series: Record<string, Float64Array>;
}

/** One replication of the compute model alone, with the month-end events the runner would schedule. */
export function runCompute(inputs: ComputeInputs, seed: number | string = 1, months = 36): ComputeRun {
  const sim = new Simulation({ seed, termStartDate: '2023-01-01', termMonths: months });
  const recorder = new MonthlyRecorder(months);
  const callbacks: ((m: number) => void)[] = [];
  const monthEnd = sim.on((_s, m) => {
    for (const cb of callbacks) cb(m);
  });
  for (let m = 0; m < months; m++) sim.schedule(sim.calendar.monthStartMinute(m + 1), monthEnd, m);
  const model = createComputeModel(sim, recorder, (cb) => callbacks.push(cb), inputs);
  sim.runUntil(sim.calendar.monthStartMinute(months));
  return { sim, model, series: recorder.toObject() };
}

/**
 * The refusals of one replication: every refused placement adds its hosts' reasons to the month's
 * tally (and counts as fragmentation when the pool's free totals could have held it); the first
 * MAX_REFUSAL_RECORDS are kept whole, with what was asked and what each host said, for the
 * explanations (issue 9).
 */
import type { RefusalNote } from '../context.ts';
import type { ComputeModel } from './computeModel.ts';
import { fitsSomeEmptyHost, upHostCount } from './hostState.ts';
import { refusalsByReason } from './placement.ts';

/** One refused placement, for the explanations (the note the runner keeps, plus when it happened). */
export type RefusalRecord = RefusalNote & { minute: number };

/** Refusals kept per replication (the first ones; the monthly counts cover all of them). */
export const MAX_REFUSAL_RECORDS = 32;

/** Tallies the refusal the model's placement scratch holds for VM `id`, and keeps the first ones. */
export function recordRefusal(model: ComputeModel, id: number): void {
  const { tally, scratch, vms, hosts, sim } = model;
  const refusals = scratch.refusals;
  for (let r = 0; r < refusals.length; r++) tally.refusals[r] += refusals[r];
  if (scratch.poolHadCapacity) tally.fragmented++;
  if (model.refusalLog.length >= MAX_REFUSAL_RECORDS) return;
  const now = sim.now;
  model.refusalLog.push({
    monthIndex: sim.calendar.monthOfMinute(now),
    minute: now,
    systemId: model.inputs.compute.systems[vms.system[id]].id,
    kind: vms.restart[id] === 1 ? 'restart' : 'new',
    vcpu: vms.vcpu[id],
    ramGb: vms.ramGb[id],
    diskGb: vms.diskGb[id],
    hostsRefused: refusalsByReason(scratch),
    poolHadCapacity: scratch.poolHadCapacity,
    upHosts: upHostCount(hosts),
    freeVcpu: scratch.free.vcpu,
    freeRamGb: scratch.free.ramGb,
    freeDiskGb: scratch.free.diskGb,
    fitsAnEmptyHost: fitsSomeEmptyHost(hosts, vms.vcpu[id], vms.ramGb[id], vms.diskGb[id]),
  });
}

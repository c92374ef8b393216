/**
 * The virtual-compute estate: physical hosts whose capacities make the pool, overcommit, placement
 * policy, HA reserve and failures, and the systems (each a set of VM shapes) that run on it.
 * Month numbers are 0-based offsets from the term's first month.
 */
import { z } from 'zod';
import { check } from '../issueRule.ts';
import { fraction, idString, intIn, nameText, numberIn } from './common.ts';
import { distributionSpec, HOST_FAILURE_DEFAULT, HOST_REPAIR_DEFAULT } from './distribution.ts';

export const MAX_HOSTS = 500;
/** Cap on VMs the estate can ever hold (initial + growth over the term), so a run cannot explode. */
export const MAX_TOTAL_VMS = 5_000;
export const MAX_SYSTEMS = 300;

export const hostSchema = z.strictObject({
  id: idString,
  /** Schedulable vCPUs before overcommit (hardware threads offered to the pool). */
  vcpu: intIn(1, 1024),
  ramGb: numberIn(1, 65_536),
  diskTb: numberIn(0, 10_000),
});
export type Host = z.infer<typeof hostSchema>;

export const vmShapeSchema = z.strictObject({
  /** How many VMs of this shape the system runs (an HA pair counts 2). */
  count: intIn(1, MAX_TOTAL_VMS),
  vcpu: intIn(1, 256),
  ramGb: numberIn(0.5, 4096),
  diskGb: numberIn(0, 100_000),
  /** VMs of this shape come in pairs that must not share a host (anti-affinity). */
  haPair: z.boolean(),
  /** Mean CPU utilisation of an allocated vCPU, 0..1. */
  cpuUtilisation: fraction,
});
export type VmShape = z.infer<typeof vmShapeSchema>;

export const systemSchema = z
  .strictObject({
    id: idString,
    name: nameText,
    nameZh: nameText,
    vms: z.array(vmShapeSchema).min(1).max(50),
    /** Month the system goes live (0 = running when the term starts). */
    onboardMonth: intIn(0, 119),
    /** Month the system is switched off (its VMs released at the start of that month); absent = never. */
    decommissionMonth: intIn(1, 120).optional(),
    growth: z.strictObject({
      /** Extra VMs of the system's first shape per year, as a rate (fractions allowed). */
      vmsPerYear: numberIn(0, 500),
      /** Relative growth of CPU utilisation per year (0.1 = +10 %/yr, compounding). */
      cpuUtilisationPerYear: numberIn(0, 10),
    }),
  })
  .refine((s) => s.decommissionMonth === undefined || s.decommissionMonth > s.onboardMonth, {
    message: 'expected decommissionMonth after onboardMonth',
    path: ['decommissionMonth'],
    params: check('decommissionAfterOnboard'),
  });
export type SystemDef = z.infer<typeof systemSchema>;

export const computeSchema = z.strictObject({
  hosts: z.array(hostSchema).min(1).max(MAX_HOSTS),
  /** Allocatable ÷ physical: 1 = no overcommit. */
  overcommit: z.strictObject({ cpu: numberIn(1, 16), ram: numberIn(1, 4) }),
  placement: z.strictObject({
    policy: z.enum(['first-fit', 'best-fit', 'spread']),
    /** Keep the two VMs of an HA pair on different hosts. */
    antiAffinityForHaPairs: z.boolean(),
  }),
  /** N+k: hosts' worth of capacity kept free for HA restarts (the largest k hosts). */
  haReserveHosts: intIn(0, 16),
  hostFailure: distributionSpec,
  hostRepair: distributionSpec,
  /** Outage of a VM restarted by HA after its host fails, minutes. */
  vmRestartMinutes: numberIn(0, 1440),
  systems: z.array(systemSchema).max(MAX_SYSTEMS),
  /** The VM size "how many more fit" counts each month (default HEADROOM_SHAPE_DEFAULT). */
  headroomShape: z
    .strictObject({ vcpu: intIn(1, 256), ramGb: numberIn(0.5, 4096), diskGb: numberIn(0, 100_000) })
    .optional(),
});
export type Compute = z.infer<typeof computeSchema>;

/** VMs a system set can reach by the end of `months`: initial counts + growth, for the runaway cap. */
export function projectedVmCount(systems: readonly SystemDef[], months: number): number {
  let total = 0;
  for (const s of systems) {
    for (const vm of s.vms) total += vm.count;
    total += Math.ceil(s.growth.vmsPerYear * (months / 12));
  }
  return total;
}

/**
 * Hosts of about `vcpuPerHost` vCPU whose capacities sum exactly to the pool (the last host takes the
 * remainder): a stand-in inventory when only the contracted pool is known. At least two hosts.
 */
export function hostsForPool(vcpu: number, ramGb: number, diskTb: number, vcpuPerHost = 48): Host[] {
  const count = Math.min(MAX_HOSTS, Math.max(2, Math.ceil(vcpu / vcpuPerHost)));
  const hosts: Host[] = [];
  for (let i = 0; i < count; i++) {
    const share = (total: number, decimals: number) => {
      const each = Math.floor((total / count) * 10 ** decimals) / 10 ** decimals;
      const rest = Math.round((total - each * (count - 1)) * 10 ** decimals) / 10 ** decimals;
      return i === count - 1 ? rest : each;
    };
    hosts.push({
      id: `host-${String(i + 1).padStart(2, '0')}`,
      vcpu: Math.max(1, share(vcpu, 0)),
      ramGb: Math.max(1, share(ramGb, 0)),
      diskTb: share(diskTb, 3),
    });
  }
  return hosts;
}

export { HEADROOM_SHAPE_DEFAULT } from './modelConstants.ts';

export const COMPUTE_DEFAULTS: Compute = {
  hosts: hostsForPool(494, 1048, 64),
  overcommit: { cpu: 1, ram: 1 },
  placement: { policy: 'best-fit', antiAffinityForHaPairs: true },
  haReserveHosts: 1,
  hostFailure: HOST_FAILURE_DEFAULT,
  hostRepair: HOST_REPAIR_DEFAULT,
  vmRestartMinutes: 3,
  systems: [],
};

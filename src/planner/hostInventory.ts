/**
 * The host inventory that delivers a quota set with N+1: hosts of one stated size, as many as the
 * largest of vCPU, RAM and disk needs with one host down (the model keeps the largest host's worth
 * free for HA restarts: compute.haReserveHosts = 1), i.e. (count − 1) × host ≥ quota in every
 * dimension, overcommit applied. Placement still meets fragmentation and anti-affinity, which is why
 * the recommender checks the inventory by simulation and adds hosts while VMs are refused.
 */
import type { Compute, Host, Quotas } from '../scenario/schema.ts';
import { MAX_HOSTS } from '../scenario/sections/compute.ts';

export interface HostShape {
  vcpu: number;
  ramGb: number;
  diskTb: number;
}

/** The HA reserve of a recommended inventory: N+1. */
export const RESERVE_HOSTS = 1;

/** The scenario's most common host size (ties: the larger in vCPU, then RAM): what it already buys. */
export function defaultHostShape(compute: Pick<Compute, 'hosts'>): HostShape {
  const counts = new Map<string, { shape: HostShape; count: number }>();
  for (const h of compute.hosts) {
    const key = `${h.vcpu}/${h.ramGb}/${h.diskTb}`;
    const entry = counts.get(key) ?? { shape: { vcpu: h.vcpu, ramGb: h.ramGb, diskTb: h.diskTb }, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort(
    (a, b) => b.count - a.count || b.shape.vcpu - a.shape.vcpu || b.shape.ramGb - a.shape.ramGb,
  );
  return ranked[0].shape;
}

/** Hosts needed to carry the quotas with `RESERVE_HOSTS` of them down. */
export function hostCountFor(
  quotas: Pick<Quotas, 'vcpu' | 'ramGb' | 'diskTb'>,
  shape: HostShape,
  overcommit: Compute['overcommit'],
): number {
  const need = (quota: number, perHost: number) => (perHost > 0 ? Math.ceil(quota / perHost - 1e-9) : 0);
  const carrying = Math.max(
    1,
    need(quotas.vcpu, shape.vcpu * overcommit.cpu),
    need(quotas.ramGb, shape.ramGb * overcommit.ram),
    need(quotas.diskTb, shape.diskTb),
  );
  return Math.min(MAX_HOSTS, carrying + RESERVE_HOSTS);
}

export function hostsOf(count: number, shape: HostShape): Host[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `host-${String(i + 1).padStart(2, '0')}`,
    vcpu: shape.vcpu,
    ramGb: shape.ramGb,
    diskTb: shape.diskTb,
  }));
}

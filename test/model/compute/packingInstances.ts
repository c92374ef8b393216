/**
 * Placement-quality instances whose optimum is known by construction: `optimumHosts` identical hosts
 * are each cut exactly into VMs (vCPU and RAM cut independently at whole units), the pieces shuffled.
 * The pieces fill exactly `optimumHosts` hosts, so no policy can use fewer. Shared by the placement
 * quality test and `npm run bench` (compute.*).
 */
import { RandomStream } from '../../../src/engine/random.ts';
import { allocate, createHostState, type VmSize } from '../../../src/model/compute/hostState.ts';
import {
  createPlacementScratch,
  type PlacementPolicy,
  placeRequest,
} from '../../../src/model/compute/placement.ts';

export const QUALITY_HOST = { vcpu: 48, ramGb: 96, diskGb: 6000 };

function cuts(stream: RandomStream, total: number, pieces: number): number[] {
  const points = new Set<number>();
  while (points.size < pieces - 1) points.add(stream.int(1, total));
  const sorted = [0, ...[...points].sort((a, b) => a - b), total];
  return sorted.slice(1).map((p, i) => p - sorted[i]);
}

export function packingInstance(seed: number, optimumHosts: number, maxPiecesPerHost = 6): VmSize[] {
  const stream = new RandomStream(seed, 'packing');
  const vms: VmSize[] = [];
  for (let h = 0; h < optimumHosts; h++) {
    const n = stream.int(2, maxPiecesPerHost + 1);
    const vcpu = cuts(stream, QUALITY_HOST.vcpu, n);
    const ram = cuts(stream, QUALITY_HOST.ramGb, n);
    for (let i = 0; i < n; i++) vms.push({ vcpu: vcpu[i], ramGb: ram[i], diskGb: 0 });
  }
  for (let i = vms.length - 1; i > 0; i--) {
    const j = stream.int(0, i + 1);
    [vms[i], vms[j]] = [vms[j], vms[i]];
  }
  return vms;
}

/** Places the VMs in order on `poolHosts` identical hosts; hosts used and VMs that did not fit. */
export function packWithPolicy(
  vms: readonly VmSize[],
  policy: PlacementPolicy,
  poolHosts: number,
): { hostsUsed: number; unplaced: number } {
  const s = createHostState(Array.from({ length: poolHosts }, () => QUALITY_HOST));
  const scratch = createPlacementScratch();
  const rules = { policy, haReserveHosts: 0, vmLimit: Number.POSITIVE_INFINITY };
  let unplaced = 0;
  for (const vm of vms) {
    const h = placeRequest(s, { ...vm, partnerHost: -1, isRestart: false }, rules, 0, scratch);
    if (h < 0) unplaced++;
    else allocate(s, h, vm);
  }
  let hostsUsed = 0;
  for (let h = 0; h < poolHosts; h++) if (s.vmCount[h] > 0) hostsUsed++;
  return { hostsUsed, unplaced };
}

export interface QualityReport {
  policy: PlacementPolicy;
  /** Mean of hosts used ÷ optimum, with twice the optimum's hosts available. */
  hostsUsedRatio: number;
  /** Share of VMs that did not fit when only the optimum's hosts exist. */
  unplacedShareAtOptimum: number;
}

export function placementQuality(instances: number, optimumHosts: number): QualityReport[] {
  return (['first-fit', 'best-fit', 'spread'] as const).map((policy) => {
    let ratio = 0;
    let unplaced = 0;
    let total = 0;
    for (let i = 0; i < instances; i++) {
      const vms = packingInstance(i + 1, optimumHosts);
      ratio += packWithPolicy(vms, policy, optimumHosts * 2).hostsUsed / optimumHosts;
      unplaced += packWithPolicy(vms, policy, optimumHosts).unplaced;
      total += vms.length;
    }
    return { policy, hostsUsedRatio: ratio / instances, unplacedShareAtOptimum: unplaced / total };
  });
}

import { describe, expect, it } from 'vitest';
import type { ComputeModel } from '../../../src/model/compute/computeModel.ts';
import { survivesAnyHostFailure } from '../../../src/model/compute/computeMonthEnd.ts';
import { canEvacuate } from '../../../src/model/compute/headroom.ts';
import { VM_PLACED } from '../../../src/model/compute/vmRegistry.ts';
import { baselineInputs, contractHosts, runCompute } from './fixtures.ts';

/** The check written plainly: per host, its placed VMs sorted largest first, each host tried. */
function reference(model: ComputeModel): boolean {
  const { vms, hosts } = model;
  const partnerHost = new Int32Array(vms.count).fill(-1);
  for (let id = 0; id < vms.count; id++) {
    const p = vms.partner[id];
    if (model.antiAffinity && p >= 0 && vms.state[p] === VM_PLACED) partnerHost[id] = vms.host[p];
  }
  const scratch = {
    vcpu: new Float64Array(hosts.count),
    ramGb: new Float64Array(hosts.count),
    diskGb: new Float64Array(hosts.count),
  };
  for (let h = 0; h < hosts.count; h++) {
    if (hosts.up[h] === 0) continue;
    const ids = Array.from({ length: vms.count }, (_, id) => id)
      .filter((id) => vms.state[id] === VM_PLACED && vms.host[id] === h)
      .sort((a, b) => vms.vcpu[b] - vms.vcpu[a] || vms.ramGb[b] - vms.ramGb[a] || a - b);
    const table = { vcpu: vms.vcpu, ramGb: vms.ramGb, diskGb: vms.diskGb, partnerHost };
    if (!canEvacuate(hosts, h, table, Int32Array.from(ids), 0, ids.length, scratch)) return false;
  }
  return true;
}

describe('the month-end HA check', () => {
  it('agrees with the plain per-host sort on full runs, roomy and tight pools, every month', () => {
    const tight = baselineInputs({ hosts: contractHosts().slice(0, 9) });
    for (const inputs of [baselineInputs(), tight]) {
      for (const seed of [1, 2, 3]) {
        for (const months of [1, 6, 36]) {
          const { model } = runCompute(inputs, seed, months);
          expect(survivesAnyHostFailure(model)).toBe(reference(model));
        }
      }
    }
  });

  it('answers both ways across these runs (the test can fail)', () => {
    const answers = new Set<boolean>();
    for (const months of [1, 36])
      answers.add(survivesAnyHostFailure(runCompute(baselineInputs(), 1, months).model));
    expect([...answers].sort()).toEqual([false, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { packingInstance, packWithPolicy, placementQuality } from './packingInstances.ts';

describe('placement quality on instances with a known optimum', () => {
  it('the instances fill exactly the optimum hosts', () => {
    const vms = packingInstance(3, 7);
    expect(vms.reduce((s, v) => s + v.vcpu, 0)).toBe(7 * 48);
    expect(vms.reduce((s, v) => s + v.ramGb, 0)).toBe(7 * 96);
  });

  it('no policy beats the optimum; first-fit and best-fit stay within 30 % of it; spread uses every host', () => {
    // 60 instances of 10 hosts' worth of VMs, placed in shuffled order (online: no sorting).
    // Measured (seeded): first-fit ≈ 1.19 × optimum, best-fit ≈ 1.19, spread = 2 (all hosts, by design).
    for (let i = 1; i <= 60; i++) {
      const vms = packingInstance(i, 10);
      for (const policy of ['first-fit', 'best-fit', 'spread'] as const) {
        expect(packWithPolicy(vms, policy, 20).hostsUsed).toBeGreaterThanOrEqual(10);
      }
    }
    const report = Object.fromEntries(placementQuality(60, 10).map((r) => [r.policy, r]));
    expect(report['first-fit'].hostsUsedRatio).toBeLessThan(1.3);
    expect(report['best-fit'].hostsUsedRatio).toBeLessThan(1.3);
    expect(report.spread.hostsUsedRatio).toBe(2);
    // With only the optimum's hosts, spreading strands more capacity than packing.
    expect(report.spread.unplacedShareAtOptimum).toBeGreaterThan(report['best-fit'].unplacedShareAtOptimum);
  });
});

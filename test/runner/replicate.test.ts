import { describe, expect, it } from 'vitest';
import { createExplainingReplicator, createReplicator } from '../../src/runner/replicate.ts';
import { BUILT_IN_SCENARIOS } from '../../src/scenario/library.ts';

describe('the runner’s cost path', () => {
  it('keeps exactly the amounts the full settlement shows, for every built-in scenario', () => {
    for (const scenario of BUILT_IN_SCENARIOS.values()) {
      const fast = createReplicator(scenario);
      const full = createExplainingReplicator(scenario);
      for (const replication of [0, 1, 2]) {
        const a = fast(replication);
        const b = full(replication);
        expect(a.cost, `${scenario.id} #${replication}`).toEqual(b.cost);
        expect(a.cost?.totalInclVatCny).toBe(b.settlement.totalInclVatCny);
        expect(a.cost?.cumulativeCny).toEqual(b.settlement.cumulativeByMonth);
      }
    }
  });
});

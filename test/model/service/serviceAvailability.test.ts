import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../src/model/runReplication.ts';
import { createReplicator } from '../../../src/runner/replicate.ts';
import { BASELINE_ID, builtInScenario } from '../../../src/scenario/library.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

const baseline = builtInScenario(BASELINE_ID)!;

/** Frequent host failures (compute losses), a reliable DB, a calm line: only compute loses service. */
const hostStorm: Scenario = {
  ...baseline,
  compute: { ...baseline.compute, hostFailure: { kind: 'exponential', meanHours: 300 } },
  database: { ...baseline.database, nodeFailure: { kind: 'exponential', meanHours: 1e9 } },
  contract: {
    ...baseline.contract,
    faultDiscountTable: [
      { minAvailability: 0.99999, discountRate: '0' },
      { minAvailability: 0, discountRate: '0.02' },
    ],
  },
};

describe('service availability (clause 2.2.4) from every part it covers', () => {
  it('is the product of the DB, compute and egress availabilities, month by month', () => {
    const run = runReplication(hostStorm, 1);
    const s = run.series;
    let belowOne = 0;
    for (let m = 0; m < baseline.term.months; m++) {
      expect(s.serviceAvailability[m]).toBeCloseTo(
        s.dbAvailability[m] * s.computeAvailability[m] * s.egressAvailability[m],
        15,
      );
      if (s.computeAvailability[m] < 1) belowOne++;
    }
    expect(belowOne).toBeGreaterThan(10);
  });

  it('host failures now reduce the payment; counting only the database, they do not', () => {
    const all = createReplicator(hostStorm)(1).cost!;
    expect(all.totalDiscountCny).not.toBe('0.00');
    const dbOnly: Scenario = {
      ...hostStorm,
      contract: { ...hostStorm.contract, serviceAvailability: { parts: ['database'] } },
    };
    const db = createReplicator(dbOnly)(1);
    expect(db.cost!.totalDiscountCny).toBe('0.00');
    expect([...db.series.serviceAvailability]).toEqual([...db.series.dbAvailability]);
    // Counting nothing: availability 1 every month.
    const none = runReplication(
      { ...hostStorm, contract: { ...hostStorm.contract, serviceAvailability: { parts: [] } } },
      1,
    );
    expect(new Set(none.series.serviceAvailability)).toEqual(new Set([1]));
  });
});

import { describe, expect, it } from 'vitest';
import { costByResource } from '../../src/app/views/results/costByResource.ts';
import { usageSeriesFor } from '../../src/contract/billedUsage.ts';
import { Money } from '../../src/contract/money.ts';
import { copyOfBuiltIn } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

/** A summary whose usage-billed series are all 0: only the contracted and fixed fees remain. */
function idleSummary(scenario: Scenario, months: number) {
  const metrics: Record<
    string,
    { unit: string; band: { p5: number[]; p50: number[]; p95: number[]; mean: number[] } }
  > = {};
  for (const item of scenario.contract.priceCatalog.items) {
    const name = usageSeriesFor(item);
    const zeros = new Array<number>(months).fill(0);
    if (name) metrics[name] = { unit: '', band: { p5: zeros, p50: zeros, p95: zeros, mean: zeros } };
  }
  return { metrics, months };
}

const total = (rows: { values: string[] }[], m: number) =>
  rows.reduce((t, r) => t.plus(r.values[m]), new Money(0)).toNumber();

describe('cost by resource follows the contract in force', () => {
  it('ends at the exit: the exit month’s fees are 15/31 of a whole month’s, later months are 0', () => {
    const s = copyOfBuiltIn('luohe-2025-migrate-out')!;
    const rows = costByResource(s, idleSummary(s, 36))!;
    const feb = total(rows, 25);
    expect(feb).toBeGreaterThan(0);
    expect(total(rows, 26)).toBeCloseTo((feb * 15) / 31, 1);
    for (let m = 27; m < 36; m++) expect(total(rows, m)).toBe(0);
  });

  it('steps at a renewal: the renewal term’s fees from its first month', () => {
    const s = copyOfBuiltIn('luohe-2023-2028-renewal')!;
    const rows = costByResource(s, idleSummary(s, 72))!;
    const network = rows.find((r) => r.resource === 'network')!;
    // 1000 Mbit/s of egress in 2025-12, 800 Mbit/s from 2026-01 (the right-size renewal).
    expect(Number(network.values[36]) / Number(network.values[35])).toBeCloseTo(0.8, 6);
  });
});

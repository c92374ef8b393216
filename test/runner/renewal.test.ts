/**
 * Renewal across the boundary (issue 14): the signed 2023–2025 term followed by a 2026–2028 renewal
 * with its own quotas, catalog, installments and total; the estate carries on across the boundary.
 */
import { describe, expect, it } from 'vitest';
import { Money, sumMoney } from '../../src/contract/money.ts';
import { priceContractedTerm } from '../../src/contract/priceCatalog.ts';
import { summarizeContractTerms } from '../../src/contract/termSummaries.ts';
import { ReplicationAggregator } from '../../src/results/aggregate.ts';
import { createExplainingReplicator, createReplicator } from '../../src/runner/replicate.ts';
import { lifecycleAggregation } from '../../src/runner/scenarioRun.ts';
import { copyOfBuiltIn } from '../../src/scenario/library.ts';
import { lifecycleOf } from '../../src/scenario/lifecycle.ts';
import type { Scenario, TimelineEvent } from '../../src/scenario/schema.ts';
import { validateScenario } from '../../src/scenario/validate.ts';

const RENEWAL_DATES = ['2026-06-30', '2026-12-31', '2027-06-30', '2027-12-31', '2028-06-30', '2028-12-31'];
const QUOTAS = {
  vcpu: 500,
  ramGb: 1120,
  diskTb: 48,
  vmCount: 190,
  storageTb: 72,
  egressMbps: 800,
  serverToServerMbps: 150,
  smsPerYear: 1_800_000,
  dbNodes: 2,
};

function twoTerms(renewal: Partial<Extract<TimelineEvent, { kind: 'renew-term' }>> = {}): Scenario {
  const doc = copyOfBuiltIn('luohe-2023-baseline')!;
  doc.timeline = [
    {
      kind: 'renew-term',
      date: '2026-01-01',
      months: 36,
      totalInclVatCny: '5399406.66',
      quotas: QUOTAS,
      installmentDueDates: RENEWAL_DATES,
      ...renewal,
    },
  ];
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.scenario;
}

const sum = (amounts: readonly string[]) => sumMoney(amounts.map((a) => new Money(a))).toFixed(2);

describe('a scenario of two contract terms', () => {
  const scenario = twoTerms();
  const replicate = createReplicator(scenario);
  const runs = [0, 1, 2].map((i) => replicate(i));

  it('runs 72 months with the estate carried across: no restart at the boundary', () => {
    for (const r of runs) {
      expect(r.series.vcpuDemand).toHaveLength(72);
      expect(r.series.storagePrimaryTb[36]).toBeGreaterThan(r.series.storagePrimaryTb[35]);
      expect(Math.abs(r.series.vcpuDemand[36] - r.series.vcpuDemand[35])).toBeLessThanOrEqual(16);
    }
  });

  it('settles each term on its own: its installments add up to its own total, to the fen', () => {
    for (const r of runs) {
      const cost = r.cost!;
      expect(cost.installments).toHaveLength(12);
      expect(cost.termTotalsCny).toHaveLength(2);
      const gross = cost.installments.map((i) => i.grossCny);
      expect(sum(gross.slice(0, 6))).toBe(cost.termTotalsCny![0]);
      expect(sum(gross.slice(6))).toBe(cost.termTotalsCny![1]);
      expect(sum(cost.termTotalsCny!)).toBe(cost.totalInclVatCny);
      expect(sum(cost.monthlyGrossAfterDiscountCny.slice(36))).toBe(cost.termTotalsCny![1]);
      expect(sum(cost.monthlyGrossBeforeDiscountCny.slice(36))).toBe(
        new Money(cost.termTotalsCny![1])
          .plus(sum(cost.installments.slice(6).map((i) => i.discountCny)))
          .toFixed(2),
      );
      expect(cost.cumulativeCny[71]).toBe(cost.totalInclVatCny);
    }
  });

  it('the contract’s own figures: each term’s scheduled installments add up to its total to the fen', () => {
    const terms = summarizeContractTerms(scenario);
    expect(terms.map((t) => [t.startDate, t.endDate, t.totalInclVatCny])).toEqual([
      ['2023-01-01', '2025-12-31', '5767200.00'],
      ['2026-01-01', '2028-12-31', '5399406.66'],
    ]);
    for (const t of terms) {
      expect(sum(t.installments.map((i) => i.grossCny))).toBe(t.totalInclVatCny);
      expect(sum(t.installments.map((i) => i.vatCny))).toBe(t.vatCny);
    }
  });

  it('judges each month against the quota in force: the renewal’s from its first day', () => {
    const agg = new ReplicationAggregator({
      scenarioId: scenario.id,
      inputsHash: 'h',
      seed: 1,
      replications: runs.length,
      ...lifecycleAggregation(scenario),
    });
    for (const r of runs) agg.add(r);
    const summary = agg.summarize();
    const storage = summary.quotas.find((q) => q.quota === 'storageTb')!;
    expect(storage.limitByMonth?.[35]).toBe(54);
    expect(storage.limitByMonth?.[36]).toBe(72);
    expect(summary.lifecycle?.terms.map((t) => t.startMonth)).toEqual([0, 36]);
    // Each term's spend across the runs (the renewal's is what procurement weighs against its price).
    expect(summary.cost?.terms).toHaveLength(2);
    const medianRun = runs.map((r) => r.cost!.termTotalsCny![1]).sort()[1];
    expect(summary.cost?.terms?.[1].total.p50).toBe(medianRun);
    expect(summary.lifecycle?.installments.map((i) => i.term)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('bills the renewal’s quantities from its first day: 800 Mbit/s of egress instead of 1000', () => {
    const r = createExplainingReplicator(scenario)(0);
    const egress = (m: number) => r.settlement.months[m].lines.find((l) => l.itemId === 'egress')!;
    expect(egress(35).quantity).toBe(1000);
    expect(egress(36).quantity).toBe(800);
    expect(egress(36).unitPriceCny).toBe(egress(35).unitPriceCny);
    expect(r.settlement.installments[6]).toMatchObject({ number: 7, term: 1, dueDate: '2026-06-30' });
  });

  it('prices the renewal with its own catalog from its first day', () => {
    const catalog = structuredClone(copyOfBuiltIn('luohe-2023-baseline')!.contract.priceCatalog);
    catalog.calibrationFactor = '1';
    for (const item of catalog.items) if (item.id === 'vcpu') item.listPriceCny = '40';
    const r = createExplainingReplicator(twoTerms({ priceCatalog: catalog }))(0);
    const vcpu = (m: number) => r.settlement.months[m].lines.find((l) => l.itemId === 'vcpu')!;
    expect(vcpu(35).unitPriceCny).toBe(new Money('46').times('1.085658598999').toString());
    expect(vcpu(36).unitPriceCny).toBe('40');
  });

  it('admits VMs against the renewal’s VM limit from its first day', () => {
    const tight = twoTerms({ quotas: { ...QUOTAS, vmCount: 100 } });
    const r = createReplicator(tight)(0);
    const refused = (from: number, to: number) => {
      let n = 0;
      for (let m = from; m < to; m++) n += r.series.refusalsVmCount[m];
      return n;
    };
    expect(refused(0, 36)).toBe(0);
    expect(refused(36, 72)).toBeGreaterThan(0); // the six growing systems' new VMs are refused
  });
});

describe('the shipped two-term scenario', () => {
  it('prices its renewal at its own total: the contracted resources of 2026–2028 at its catalog', () => {
    const s = copyOfBuiltIn('luohe-2023-2028-renewal')!;
    const renewal = lifecycleOf(s).terms[1];
    const priced = priceContractedTerm({
      term: { startDate: renewal.startDate, months: renewal.months },
      timeline: [],
      contract: { priceCatalog: renewal.priceCatalog },
    });
    expect(priced.totalInclVatCny).toBe(renewal.totalInclVatCny);
    expect(renewal.totalInclVatCny).toBe(copyOfBuiltIn('renewal-2026-right-size')!.contract.totalInclVatCny);
  });
});

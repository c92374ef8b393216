/**
 * Amendments on the timeline (issue 14): from a date, a quota changes, a price changes, hosts are added
 * or retired, a system grows — each with its effect on placement, breach judging and billing.
 */
import { describe, expect, it } from 'vitest';
import { Money } from '../../src/contract/money.ts';
import { ReplicationAggregator } from '../../src/results/aggregate.ts';
import { createExplainingReplicator, createReplicator } from '../../src/runner/replicate.ts';
import { lifecycleAggregation } from '../../src/runner/scenarioRun.ts';
import { copyOfBuiltIn } from '../../src/scenario/library.ts';
import type { Scenario, TimelineEvent } from '../../src/scenario/schema.ts';
import { validateScenario } from '../../src/scenario/validate.ts';

const SEPT_2024 = 20;

function withTimeline(events: TimelineEvent[]): Scenario {
  const doc = copyOfBuiltIn('luohe-2023-baseline')!;
  doc.timeline = events;
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.scenario;
}

const baseline = withTimeline([]);
const base = createReplicator(baseline)(0);

describe('amendments', () => {
  it('a quota change (an expansion purchase) bills and judges the new quota from its month', () => {
    const s = withTimeline([
      { kind: 'quota-change', date: '2024-09-15', quotas: { egressMbps: 1500, storageTb: 70 } },
    ]);
    const r = createExplainingReplicator(s)(0);
    const egress = (m: number) => r.settlement.months[m].lines.find((l) => l.itemId === 'egress')!;
    expect(egress(SEPT_2024 - 1).quantity).toBe(1000);
    expect(egress(SEPT_2024).quantity).toBe(1500);
    const amount = new Money(egress(SEPT_2024).unitPriceCny).times(1500);
    expect(Math.abs(new Money(egress(SEPT_2024).amountCny).minus(amount).toNumber())).toBeLessThanOrEqual(
      0.01,
    );
    const agg = new ReplicationAggregator({
      scenarioId: 's',
      inputsHash: 'h',
      seed: 1,
      replications: 1,
      ...lifecycleAggregation(s),
    });
    agg.add(r);
    const storage = agg.summarize().quotas.find((q) => q.quota === 'storageTb')!;
    expect(storage.limitByMonth?.slice(SEPT_2024 - 1, SEPT_2024 + 1)).toEqual([54, 70]);
    // The 54 TB quota is crossed in 2025 in the baseline; at 70 TB it is not within the term.
    expect(storage.breachProbabilityByMonth.at(-1)).toBe(0);
  });

  it('a price change for named items moves only their prices; a later one for all moves every price', () => {
    const s = withTimeline([
      { kind: 'price-change', date: '2024-01-01', factor: '0.5', itemIds: ['vcpu'] },
      { kind: 'price-change', date: '2025-01-01', factor: '0.9' },
    ]);
    const r = createExplainingReplicator(s)(0);
    const b = createExplainingReplicator(baseline)(0);
    const price = (x: typeof r, m: number, id: string) =>
      new Money(x.settlement.months[m].lines.find((l) => l.itemId === id)!.unitPriceCny);
    expect(price(r, 11, 'vcpu').equals(price(b, 11, 'vcpu'))).toBe(true);
    expect(price(r, 12, 'vcpu').equals(price(b, 12, 'vcpu').times('0.5'))).toBe(true);
    expect(price(r, 12, 'ram').equals(price(b, 12, 'ram'))).toBe(true);
    expect(price(r, 24, 'vcpu').equals(price(b, 24, 'vcpu').times('0.9'))).toBe(true);
    expect(price(r, 24, 'ram').equals(price(b, 24, 'ram').times('0.9'))).toBe(true);
  });

  it('added hosts join the pool on their date: more room from then on', () => {
    const s = withTimeline([
      {
        kind: 'add-hosts',
        date: '2024-09-01',
        hosts: [
          { id: 'host-12', vcpu: 48, ramGb: 96, diskTb: 6 },
          { id: 'host-13', vcpu: 48, ramGb: 96, diskTb: 6 },
        ],
      },
    ]);
    const r = createReplicator(s)(0);
    for (let m = 0; m < SEPT_2024; m++) {
      expect(r.series.headroomVms[m]).toBe(base.series.headroomVms[m]);
      expect(r.series['hostVcpuShare:host-12'][m]).toBe(0);
    }
    // Two empty hosts of 48 vCPU / 96 GB hold up to twelve more VMs of 8 vCPU / 16 GB (one less where
    // a VM placed that month took part of a slot).
    const more = r.series.headroomVms[SEPT_2024] - base.series.headroomVms[SEPT_2024];
    expect(more).toBeGreaterThanOrEqual(11);
    expect(more).toBeLessThanOrEqual(12);
  });

  it('a retired host leaves the pool on its date: its VMs move to the others or wait, none is lost', () => {
    const s = withTimeline([{ kind: 'retire-hosts', date: '2024-03-01', hostIds: ['host-01'] }]);
    const r = createReplicator(s)(0);
    const march = 14;
    expect(r.series['hostVcpuShare:host-01'][march - 1]).toBeGreaterThan(0);
    for (let m = march; m < 36; m++) {
      expect(r.series['hostVcpuShare:host-01'][m]).toBe(0);
      expect(r.series.vcpuDemand[m]).toBe(base.series.vcpuDemand[m]);
    }
    // Placed or waiting for room, every VM is still there (48 vCPU fewer: some may wait).
    expect(r.series.vmCountDemand[march]).toBe(base.series.vmCountDemand[march]);
    expect(r.series.vmCount[march] + r.series.pendingRequests[march]).toBe(
      base.series.vmCount[march] + base.series.pendingRequests[march],
    );
    expect(r.series.headroomVms[march]).toBeLessThanOrEqual(base.series.headroomVms[march]);
  });

  it('a system grows on its date by the VMs given', () => {
    const s = withTimeline([
      {
        kind: 'grow-system',
        date: '2024-06-01',
        systemId: 'hotline-12345',
        vms: [{ count: 2, vcpu: 16, ramGb: 64, diskGb: 200, haPair: true, cpuUtilisation: 0.3 }],
        primaryTb: 1,
      },
    ]);
    const r = createReplicator(s)(0);
    expect(r.series.vcpuDemand[16]).toBe(base.series.vcpuDemand[16]);
    expect(r.series.vcpuDemand[17]).toBe(base.series.vcpuDemand[17] + 32);
    expect(r.series.storagePrimaryTb[17] - base.series.storagePrimaryTb[17]).toBeGreaterThan(1);
  });
});

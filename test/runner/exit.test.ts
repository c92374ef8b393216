/**
 * Exit ends the contract (issue 14): checked against hand calculations on a priced scenario whose
 * fees are known, and on the shipped migrate-out scenario run with every model.
 */
import { describe, expect, it } from 'vitest';
import { Money } from '../../src/contract/money.ts';
import { ReplicationAggregator } from '../../src/results/aggregate.ts';
import { createExplainingReplicator, createReplicator } from '../../src/runner/replicate.ts';
import { lifecycleAggregation } from '../../src/runner/scenarioRun.ts';
import { copyOfBuiltIn } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { validateScenario } from '../../src/scenario/validate.ts';

const EXIT = { kind: 'exit-notice' as const, date: '2025-03-01', exitDate: '2025-03-16' };

/** The baseline with fees only: ¥3,100 a month of appliances and 1000 Mbit/s at ¥36 (calibration 1). */
function feesOnly(withExit: boolean): Scenario {
  const doc = copyOfBuiltIn('luohe-2023-baseline')!;
  doc.contract.faultDiscountTable = [];
  doc.contract.priceCatalog = {
    calibrationFactor: '1',
    note: 'test',
    items: [
      {
        id: 'appliances',
        labelZh: '设备',
        labelEn: 'Appliances',
        unit: 'unit·month',
        billingBasis: 'fixed-monthly',
        contractedQuantity: 1,
        listPriceCny: '3100',
        source: 'test',
      },
      {
        id: 'egress',
        labelZh: '出口',
        labelEn: 'Egress',
        unit: 'Mbps·month',
        billingBasis: 'contracted',
        quotaKey: 'egressMbps',
        contractedQuantity: 1000,
        listPriceCny: '36',
        source: 'test',
      },
    ],
  };
  doc.timeline = withExit ? [EXIT] : [];
  const checked = validateScenario(doc);
  if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join('; '));
  return checked.scenario;
}

function summarize(scenario: Scenario, replications: number) {
  const replicate = createReplicator(scenario);
  const results = Array.from({ length: replications }, (_, i) => replicate(i));
  const agg = new ReplicationAggregator({
    scenarioId: scenario.id,
    inputsHash: 'h',
    seed: scenario.simulation.seed,
    replications,
    ...lifecycleAggregation(scenario),
  });
  for (const r of results) agg.add(r);
  return { results, summary: agg.summarize() };
}

describe('an exit on 2025-03-16, by hand', () => {
  it('bills the fees to the day: 15/31 of March, nothing after, a final settlement on the exit date', () => {
    const { results, summary } = summarize(feesOnly(true), 2);
    const march = summary.monthLabels.indexOf('2025-03');
    // ¥39,100 a month; March: 39,100 × 15 ÷ 31 = 18,919.354… → ¥18,919.35.
    expect(new Money(39100).times(15).dividedBy(31).toFixed(2)).toBe('18919.35');
    for (const r of results) {
      const gross = r.cost!.monthlyGrossAfterDiscountCny;
      expect(gross.slice(0, march)).toEqual(new Array(march).fill('39100.00'));
      expect(gross[march]).toBe('18919.35');
      expect(gross.slice(march + 1)).toEqual(new Array(36 - march - 1).fill('0.00'));
      // Four half-yearly installments, then January, February and the 15 days of March on 2025-03-16.
      expect(r.cost!.installments.map((i) => i.grossCny)).toEqual([
        '234600.00',
        '234600.00',
        '234600.00',
        '234600.00',
        '97119.35',
      ]);
      expect(r.cost!.totalInclVatCny).toBe('1035519.35'); // 26 × 39,100 + 18,919.35
    }
    expect(summary.lifecycle?.installments.at(-1)).toMatchObject({
      dueDate: '2025-03-16',
      finalSettlement: true,
      firstMonth: 24,
      lastMonth: 35,
    });
  });

  it('removing the exit changes the result: the whole term is billed again', () => {
    const { results } = summarize(feesOnly(false), 1);
    expect(results[0].cost!.totalInclVatCny).toBe('1407600.00'); // 36 × 39,100
    expect(results[0].cost!.installments).toHaveLength(6);
  });
});

describe('the shipped migrate-out scenario', () => {
  const scenario = copyOfBuiltIn('luohe-2025-migrate-out')!;
  const { results, summary } = summarize(scenario, 4);
  const march = summary.monthLabels.indexOf('2025-03');

  it('bills ¥0.00 every month after the exit, in every replication', () => {
    for (const r of results) {
      expect(r.cost!.monthlyGrossAfterDiscountCny.slice(march + 1).every((g) => g === '0.00')).toBe(true);
      expect(Number(r.cost!.monthlyGrossAfterDiscountCny[march])).toBeGreaterThan(0);
    }
    expect(summary.cost!.monthlyGrossAfterDiscount.p95.slice(march + 1).every((g) => g === '0.00')).toBe(
      true,
    );
  });

  it('counts no quota breach after the exit, and no first breach there', () => {
    for (const q of summary.quotas) {
      expect(q.breachProbabilityInMonth.slice(march + 1).every((p) => p === 0)).toBe(true);
      expect(q.firstBreachHistogram.slice(march + 1, -1).every((n) => n === 0)).toBe(true);
      const last = q.breachProbabilityByMonth.at(-1)!;
      expect(q.breachProbabilityByMonth[march]).toBe(last);
    }
    expect(summary.lifecycle?.monthsInForce.slice(march + 1).every((m) => m === 0)).toBe(true);
  });

  it('prorates what was allocated at the exit: the March vCPU line is vcpuAllocated × 15/31 at the unit price', () => {
    const explain = createExplainingReplicator(scenario);
    const r = explain(0);
    const allocated = r.series.vcpuAllocated[march];
    expect(allocated).toBeGreaterThan(300); // the estate is still there until the exit
    const line = r.settlement.months[march].lines.find((l) => l.itemId === 'vcpu')!;
    expect(line.quantity).toBeCloseTo((allocated * 15) / 31, 9);
    const exact = new Money(line.unitPriceCny).times(allocated).times(15).dividedBy(31);
    expect(Math.abs(new Money(line.amountCny).minus(exact).toNumber())).toBeLessThanOrEqual(0.01);
    const sms = r.settlement.months[march].lines.find((l) => l.itemId === 'sms')!;
    expect(sms.quantity).toBe(r.series.smsSent[march]); // messages bill what was sent, unprorated
    // The cost path and the explained settlement agree to the fen.
    expect(r.settlement.months.map((m) => m.grossAfterDiscountCny)).toEqual(
      r.cost!.monthlyGrossAfterDiscountCny,
    );
  });

  it('removing the exit changes the result', () => {
    const without = { ...scenario, timeline: scenario.timeline.filter((e) => e.kind !== 'exit-notice') };
    const r = createReplicator(without)(0);
    expect(r.cost!.totalInclVatCny).not.toBe(results[0].cost!.totalInclVatCny);
    expect(Number(r.cost!.monthlyGrossAfterDiscountCny[march + 1])).toBeGreaterThan(0);
  });
});

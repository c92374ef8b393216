/**
 * A partial move (issue 14): three systems leave for the provincial cloud on 2024-06-01 with their
 * VMs, their data, 10 % of the egress traffic and 30 % of the SMS; the remaining estate's usage is
 * the baseline's minus the leaving systems' shares. Same seed, same streams: the baseline run and the
 * move run draw the same numbers until the move changes what is drawn.
 */
import { describe, expect, it } from 'vitest';
import { grownTb } from '../../src/model/storage/growth.ts';
import { createReplicator } from '../../src/runner/replicate.ts';
import { copyOfBuiltIn } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { validateScenario } from '../../src/scenario/validate.ts';

const LEAVING = ['hotline-12345', 'appointment', 'approval'];
const JUNE_2024 = 17;

/** The baseline with storage made deterministic (no growth noise, one yearly full, no logs) and no DDoS. */
function base(): Scenario {
  const doc = copyOfBuiltIn('luohe-2023-baseline')!;
  doc.storage.growthRateCv = 0;
  doc.storage.backup = {
    fullEveryDays: 365,
    dailyIncrementals: false,
    changeRate: 0,
    retentionDays: 14,
    compressionRatio: 100,
    overheadFraction: 0,
  };
  doc.storage.logs = { gbPerDay: 0, retentionDays: 180 };
  doc.network.ddos.eventsPerYear = 0;
  return doc;
}

function checked(doc: Scenario): Scenario {
  const r = validateScenario(doc);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.scenario;
}

const baseline = checked(base());
const moved = checked({
  ...base(),
  timeline: [
    {
      kind: 'migrate-out',
      date: '2024-05-20',
      leaveDate: '2024-06-01',
      systemIds: LEAVING,
      dataTb: 0.6,
      linkMbps: 300,
      demandShares: { egress: 0.1, sms: 0.3 },
    },
  ],
});

const runs = [0, 1, 2, 3].map((i) => ({
  base: createReplicator(baseline)(i),
  moved: createReplicator(moved)(i),
}));

describe('a partial move', () => {
  it('takes the leaving systems’ VMs: vCPU, RAM and VM demand drop by exactly theirs from the leave date', () => {
    const systems = baseline.compute.systems.filter((s) => LEAVING.includes(s.id));
    const sum = (f: (vm: (typeof systems)[0]['vms'][0]) => number) =>
      systems.reduce((t, s) => t + s.vms.reduce((u, vm) => u + vm.count * f(vm), 0), 0);
    const vcpu = sum((vm) => vm.vcpu);
    const ram = sum((vm) => vm.ramGb);
    const count = sum(() => 1);
    expect(vcpu).toBe(20);
    for (const { base: b, moved: m } of runs) {
      for (let month = 0; month < 36; month++) {
        const gone = month >= JUNE_2024 ? 1 : 0;
        expect(m.series.vcpuDemand[month]).toBe(b.series.vcpuDemand[month] - gone * vcpu);
        expect(m.series.ramGbDemand[month]).toBeCloseTo(b.series.ramGbDemand[month] - gone * ram, 9);
        expect(m.series.vmCountDemand[month]).toBe(b.series.vmCountDemand[month] - gone * count);
      }
    }
  });

  it('takes their data: primary storage drops by exactly what they hold, grown to the day', () => {
    const leaving = baseline.storage.systems.filter((s) => LEAVING.includes(s.systemId));
    // June–December 2024. Until the yearly full of 2024-12-31 (day 730, taken of what is left) the
    // full of day 365 is the only backup kept, the same in both runs: used drops by their data too.
    for (let month = JUNE_2024; month < 24; month++) {
      const theirs = leaving.reduce((t, s) => t + grownTb(s.primaryTb, s.growth, month + 1), 0);
      for (const { base: b, moved: m } of runs) {
        expect(m.series.storagePrimaryTb[month]).toBeCloseTo(b.series.storagePrimaryTb[month] - theirs, 9);
        if (month < 23) {
          expect(m.series.storageUsedTb[month]).toBeCloseTo(b.series.storageUsedTb[month] - theirs, 9);
        }
      }
    }
    for (const { base: b, moved: m } of runs) {
      expect(m.series.storagePrimaryTb[JUNE_2024 - 1]).toBe(b.series.storagePrimaryTb[JUNE_2024 - 1]);
    }
  });

  it('takes its share of egress: June’s 95th percentile is 90 % of the baseline’s', () => {
    for (const { base: b, moved: m } of runs) {
      expect(m.series.egressP95Mbps[JUNE_2024 - 1]).toBe(b.series.egressP95Mbps[JUNE_2024 - 1]);
      expect(m.series.egressP95Mbps[JUNE_2024] / b.series.egressP95Mbps[JUNE_2024]).toBeCloseTo(0.9, 3);
    }
  });

  it('takes its share of SMS: 70 % of the baseline’s messages are sent after the move', () => {
    let before = 0;
    let after = 0;
    for (const { base: b, moved: m } of runs) {
      for (let month = JUNE_2024; month < 36; month++) {
        before += b.series.smsSent[month];
        after += m.series.smsSent[month];
      }
      expect(m.series.smsSent[JUNE_2024 - 1]).toBe(b.series.smsSent[JUNE_2024 - 1]);
    }
    // Poisson counts around 0.7 × the expectation: ~9 M messages, a relative spread of ~0.05 %.
    expect(after / before).toBeCloseTo(0.7, 2);
    expect(Math.abs(after / before - 0.7)).toBeLessThan(0.003);
  });

  it('bills less from the leave date and notes the copy', () => {
    const b = runs[0].base.cost!;
    const m = runs[0].moved.cost!;
    expect(m.monthlyGrossAfterDiscountCny[JUNE_2024 - 1]).toBe(b.monthlyGrossAfterDiscountCny[JUNE_2024 - 1]);
    expect(Number(m.monthlyGrossAfterDiscountCny[JUNE_2024])).toBeLessThan(
      Number(b.monthlyGrossAfterDiscountCny[JUNE_2024]),
    );
    expect(runs[0].moved.notes?.migrations?.[0]).toMatchObject({ plan: 0, remainingAtDeadlineTb: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { explainInstallment, explainMonth, rateAsPercent } from '../../src/app/explain/costLines.ts';
import { headroomAt, smsHeadroom } from '../../src/app/explain/headroom.ts';
import { formatCnyExact, formatDecimalText } from '../../src/app/format/cny.ts';
import { FAULT_DISCOUNT_LINE_ID, type SettlementResult } from '../../src/contract/settlementTypes.ts';
import type { Band, ExplainedReplication } from '../../src/results/types.ts';
import { createExplainingReplicator } from '../../src/runner/replicate.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const BASE = builtInScenario(BASELINE_ID) as Scenario;
const flat = (v: number, lo = v, hi = v): Band => ({
  p5: [lo, lo],
  p50: [v, v],
  p95: [hi, hi],
  mean: [v, v],
});

describe('how much more fits', () => {
  it('reads VMs at P5 when cautious (rounded down), storage, egress and SMS at P95', () => {
    const metrics = {
      headroomVms: { unit: 'VMs', band: flat(6.5, 2.9, 9) },
      storageUsedTb: { unit: 'TB', band: flat(50, 48, 56.5) },
      egressP95Mbps: { unit: 'Mbit/s', band: flat(600, 500, 700) },
      smsYearToDate: { unit: 'messages', band: flat(200_000, 190_000, 260_000) },
    };
    const likely = headroomAt({ metrics }, BASE, 1, 'likely');
    expect(likely.vms).toBe(6);
    expect(likely.shape).toEqual({ vcpu: 8, ramGb: 16, diskGb: 100 });
    expect(likely.storage).toEqual({ limitTb: 54, usedTb: 50, leftTb: 4 });
    expect(likely.egress?.headroomMbps).toBe(400);
    const cautious = headroomAt({ metrics }, BASE, 1, 'cautious');
    expect(cautious.vms).toBe(2);
    expect(cautious.storage?.leftTb).toBe(-2.5);
    expect(cautious.egress?.headroomMbps).toBe(300);
    expect(cautious.sms?.left).toBe(1_240_000);
  });

  it('pro-rates SMS over the contract year the month falls in', () => {
    // Month 13 is the second month of contract year 2: 300,000 in 2 months → 1.8 M a year.
    expect(smsHeadroom(1_500_000, 300_000, 13)).toEqual({
      limit: 1_500_000,
      yearToDate: 300_000,
      left: 1_200_000,
      monthsElapsed: 2,
      projectedYear: 1_800_000,
      projectedLeft: -300_000,
    });
  });

  it('has no figure for a series the run did not record', () => {
    const h = headroomAt({ metrics: {} }, BASE, 0, 'likely');
    expect([h.vms, h.storage, h.egress, h.sms]).toEqual([null, null, null, null]);
  });
});

/** A hand-made settlement: 2 months, 2 items, one installment, a 5% fault discount. */
function handMade(): ExplainedReplication {
  const settlement = {
    months: [
      {
        month: 0,
        label: '2023-01',
        grossBeforeDiscountCny: '100.01',
        discountCny: '5.00',
        grossAfterDiscountCny: '95.01',
        netCny: '89.63',
        vatCny: '5.38',
        lines: [
          { itemId: 'vcpu', quantity: 3, unitPriceCny: '10.003', amountCny: '30.01' },
          { itemId: 'ram', quantity: 7, unitPriceCny: '10', amountCny: '70.00' },
          { itemId: FAULT_DISCOUNT_LINE_ID, quantity: 0.05, unitPriceCny: '-100.01', amountCny: '-5.00' },
        ],
      },
      {
        month: 1,
        label: '2023-02',
        grossBeforeDiscountCny: '99.99',
        discountCny: '5.00',
        grossAfterDiscountCny: '94.99',
        netCny: '89.62',
        vatCny: '5.37',
        lines: [
          { itemId: 'vcpu', quantity: 3, unitPriceCny: '10.003', amountCny: '29.99' },
          { itemId: 'ram', quantity: 7, unitPriceCny: '10', amountCny: '70.00' },
          { itemId: FAULT_DISCOUNT_LINE_ID, quantity: 0.05, unitPriceCny: '-99.99', amountCny: '-5.00' },
        ],
      },
    ],
    installments: [
      {
        number: 1,
        dueDate: '2023-02-28',
        firstMonth: 0,
        lastMonth: 1,
        grossBeforeDiscountCny: '200.00',
        discountRate: '0.05',
        discountCny: '10.00',
        discountVatCny: '0.57',
        grossCny: '190.00',
        netCny: '179.25',
        vatCny: '10.75',
        latePenaltyCny: '0.00',
        daysLate: 0,
      },
    ],
    totalInclVatCny: '190.00',
  } as unknown as SettlementResult;
  return { replication: 7, reading: 'likely', settlement, availabilityByMonth: [0.999, 0.992] };
}

describe('how an installment was computed', () => {
  it('sums quantity × unit price per item, shows rounding, the clause-2.2.4 row and the checks', () => {
    const x = explainInstallment(handMade(), 0, BASE);
    expect(x?.lines.map((l) => [l.itemId, l.quantity, l.unitPriceCny, l.exactCny, l.amountCny])).toEqual([
      ['vcpu', '6', '10.003', '60.0180', '60.00'],
      ['ram', '14', '10', '140.0000', '140.00'],
    ]);
    expect(x?.linesSumCny).toBe('200.00');
    expect(x?.roundingCny).toBe('-0.0180');
    expect(x?.worstAvailability).toBe(0.992);
    expect(x?.discountRow).toEqual({ minAvailability: 0.99, discountRate: '0.05' });
    expect(x?.checks).toEqual({ linesEqualBefore: true, discountArithmetic: true, vatSplit: true });
    expect(rateAsPercent('0.05')).toBe('5%');
  });

  it("explains a month's bill with its share of the fault discount as its last line", () => {
    const x = explainMonth(handMade(), 0, BASE);
    expect(x?.lines.map((l) => [l.itemId, l.amountCny])).toEqual([
      ['vcpu', '30.01'],
      ['ram', '70.00'],
      [FAULT_DISCOUNT_LINE_ID, '-5.00'],
    ]);
    expect(x?.lines.at(-1)?.labelEn).toMatch(/clause 2\.2\.4/);
    expect(x?.linesSumCny).toBe('95.01');
    expect(x?.sumsToBill).toBe(true);
    const wrong = handMade();
    wrong.settlement.months[0].grossAfterDiscountCny = '100.01';
    expect(explainMonth(wrong, 0, BASE)?.sumsToBill).toBe(false);
  });

  it('catches lines that do not add up', () => {
    const bad = handMade();
    bad.settlement.installments[0].grossBeforeDiscountCny = '200.01';
    expect(explainInstallment(bad, 0, BASE)?.checks.linesEqualBefore).toBe(false);
  });

  it("adds up to the real median run's installments and months, to the fen", () => {
    const run = createExplainingReplicator(BASE)(0);
    const explained: ExplainedReplication = { replication: 0, reading: 'likely', settlement: run.settlement };
    for (let i = 0; i < run.settlement.installments.length; i++) {
      const x = explainInstallment(explained, i, BASE);
      expect(x?.checks, `installment ${i + 1}`).toEqual({
        linesEqualBefore: true,
        discountArithmetic: true,
        vatSplit: true,
      });
      expect(x?.lines.length).toBe(BASE.contract.priceCatalog.items.length);
    }
    expect(explainMonth(explained, 5, BASE)?.sumsToBill).toBe(true);
  });
});

describe('exact money and quantity text', () => {
  it('keeps every decimal and groups thousands without a float', () => {
    expect(formatCnyExact('18877.4256')).toBe('¥18,877.4256');
    expect(formatCnyExact('-0.0032')).toBe('-¥0.0032');
    expect(formatDecimalText('1234567.125')).toBe('1,234,567.125');
  });
});

import { describe, expect, it } from 'vitest';
import { FAULT_DISCOUNT_DEFAULTS, faultDiscountRate } from '../../src/contract/faultDiscount.ts';
import { latePaymentPenalty, penaltyAllowsTermination } from '../../src/contract/latePayment.ts';
import { Money } from '../../src/contract/money.ts';
import { settle } from '../../src/contract/settlement.ts';
import { FAULT_DISCOUNT_LINE_ID, type SettlementInput } from '../../src/contract/settlementTypes.ts';
import { expectReconciles } from './settlementInvariants.ts';

/** One year, two installments, one fixed item of ¥100.00 a month: amounts easy to check by hand. */
function smallInput(overrides: Partial<SettlementInput> = {}): SettlementInput {
  return {
    months: 12,
    termStartDate: '2026-01-01',
    vatRate: '0.06',
    catalog: {
      items: [{ id: 'rack', billingBasis: 'fixed-monthly', contractedQuantity: 1, listPriceCny: '100' }],
      calibrationFactor: '1',
    },
    usageByItem: {},
    faultDiscountTable: FAULT_DISCOUNT_DEFAULTS,
    installmentDueDates: ['2026-06-30', '2026-12-31'],
    contractTotalInclVatCny: '1200.00',
    quotas: {},
    ...overrides,
  };
}

describe('fault discount (clause 2.2.4)', () => {
  const availability = new Float64Array(12).fill(0.9995);
  availability[3] = 0.996; // the worst month of period 1: ≥ 99.5% → 2%
  const input = smallInput({ availabilityByMonth: availability });
  const r = settle(input);
  const [first, second] = r.installments;

  it('takes 2% off the first half-year: 600.00 − 12.00 = 588.00, shown as its own line', () => {
    expect(first.grossBeforeDiscountCny).toBe('600.00');
    expect(first.discountRate).toBe('0.02');
    expect(first.discountCny).toBe('12.00');
    expect(first.grossCny).toBe('588.00');
    expect(second.discountCny).toBe('0.00');
    expect(second.grossCny).toBe('600.00');
    expect(r.totalInclVatCny).toBe('1188.00');
    expect(r.totalDiscountCny).toBe('12.00');
  });

  it('spreads the term VAT (1188/1.06 → 67.25) by gross: 33.29 on 588.00 and 33.96 on 600.00', () => {
    expect([first.netCny, first.vatCny]).toEqual(['554.71', '33.29']);
    expect([second.netCny, second.vatCny]).toEqual(['566.04', '33.96']);
    expect(first.discountVatCny).toBe('0.68'); // 12/1.06 = 11.32 net
    // The installment's 33.29 over its six bills of 98.00, cumulatively rounded (33.29/6 = 5.548…).
    expect(r.months.slice(0, 6).map((m) => m.vatCny)).toEqual([
      '5.55',
      '5.55',
      '5.55',
      '5.54',
      '5.55',
      '5.55',
    ]);
    expect(r.totalVatCny).toBe('67.25');
  });

  it('spreads the 12.00 over the period’s months by gross: each 100.00 bills 98.00, with a discount line', () => {
    for (const m of r.months.slice(0, 6)) {
      expect([m.grossBeforeDiscountCny, m.discountCny, m.grossAfterDiscountCny]).toEqual([
        '100.00',
        '2.00',
        '98.00',
      ]);
      expect(m.lines.at(-1)).toEqual({
        itemId: FAULT_DISCOUNT_LINE_ID,
        quantity: 0.02,
        unitPriceCny: '-100.00',
        amountCny: '-2.00',
      });
    }
    expect(r.months[6].discountCny).toBe('0.00');
    expect(r.months[6].lines.some((l) => l.itemId === FAULT_DISCOUNT_LINE_ID)).toBe(false);
  });

  it('counts each month’s bill after discount in the cumulative spend', () => {
    expect(r.cumulativeByMonth[4]).toBe('490.00');
    expect(r.cumulativeByMonth[5]).toBe('588.00');
    expect(r.cumulativeByMonth[11]).toBe('1188.00');
    expect(r.monthContractTotalExceeded).toBeNull();
    expectReconciles(r, input.vatRate);
  });

  it('maps availability through the default table, most severe below every row', () => {
    expect(faultDiscountRate(1, FAULT_DISCOUNT_DEFAULTS)).toBe('0');
    expect(faultDiscountRate(0.999, FAULT_DISCOUNT_DEFAULTS)).toBe('0');
    expect(faultDiscountRate(0.9989, FAULT_DISCOUNT_DEFAULTS)).toBe('0.02');
    expect(faultDiscountRate(0.99, FAULT_DISCOUNT_DEFAULTS)).toBe('0.05');
    expect(faultDiscountRate(0.5, FAULT_DISCOUNT_DEFAULTS)).toBe('0.10');
    expect(faultDiscountRate(0.5, [{ minAvailability: 0.9, discountRate: '0.3' }])).toBe('0.3');
    expect(faultDiscountRate(0.5, [])).toBe('0');
  });
});

describe('late payment (clause 7.4)', () => {
  it('charges 1‰ of the unpaid installment per day: 600.00 × 30 days → 18.00', () => {
    const r = settle(smallInput({ paymentDelaysDays: [0, 30] }));
    expect(r.installments.map((i) => [i.daysLate, i.latePenaltyCny])).toEqual([
      [0, '0.00'],
      [30, '18.00'],
    ]);
    expect(r.totalLatePenaltyCny).toBe('18.00');
    expect(r.totalInclVatCny).toBe('1200.00'); // the penalty is not part of the contract price
    expect(r.providerMayTerminate).toBe(false);
  });

  it('lets the provider terminate once the penalty exceeds 6% of the amount owed: day 61, not day 60', () => {
    const at60 = settle(smallInput({ paymentDelaysDays: [60] }));
    expect(at60.installments[0].latePenaltyCny).toBe('36.00');
    expect(at60.providerMayTerminate).toBe(false);
    const at61 = settle(smallInput({ paymentDelaysDays: [61] }));
    expect(at61.installments[0].latePenaltyCny).toBe('36.60');
    expect(at61.providerMayTerminate).toBe(true);
  });

  it('takes its rates from the terms when given: 2‰ a day for 30 days on 600.00 → 36.00, above a 5% share', () => {
    const r = settle(
      smallInput({ paymentDelaysDays: [30], latePayment: { dailyRate: '0.002', terminationShare: '0.05' } }),
    );
    expect(r.installments[0].latePenaltyCny).toBe('36.00');
    expect(r.providerMayTerminate).toBe(true);
  });

  it('rounds the penalty half up to the fen and compares the threshold unrounded', () => {
    expect(latePaymentPenalty(new Money('961200.00'), 7).toFixed(2)).toBe('6728.40');
    expect(latePaymentPenalty(new Money('0.05'), 10).toFixed(2)).toBe('0.00'); // 0.0005
    expect(latePaymentPenalty(new Money('0.50'), 10).toFixed(2)).toBe('0.01'); // 0.005 → up
    expect(penaltyAllowsTermination(new Money('0.07'), 60)).toBe(false);
    expect(() => latePaymentPenalty(new Money(1), -1)).toThrow(/paymentDelaysDays/);
    expect(() => latePaymentPenalty(new Money(1), 1.5)).toThrow(/whole number/);
  });
});

describe('cumulative spend against the contract total', () => {
  it('names the first month whose cumulative spend is above the total', () => {
    const r = settle(smallInput({ contractTotalInclVatCny: '1000.00' }));
    expect(r.cumulativeByMonth[9]).toBe('1000.00'); // equal is not exceeded
    expect(r.monthContractTotalExceeded).toBe(10);
    expect(r.months[10].label).toBe('2026-11');
  });

  it('prices renewal changes from their month: ×1.1 from month 6 makes months 6–11 cost 110.00', () => {
    const r = settle(smallInput({ priceChanges: [{ fromMonth: 6, factor: '1.1' }] }));
    expect(r.months.map((m) => m.grossBeforeDiscountCny)).toEqual([
      ...Array(6).fill('100.00'),
      ...Array(6).fill('110.00'),
    ]);
    expect(r.months[6].lines[0].unitPriceCny).toBe('110');
    expect(r.totalInclVatCny).toBe('1260.00');
    expect(r.monthContractTotalExceeded).toBe(11);
  });
});

describe('usage beyond a quota (needs a supplementary agreement)', () => {
  const vcpu = Float64Array.from([90, 95, 101, 99, 120, 80, 80, 80, 80, 80, 80, 80]);
  const sms = new Float64Array(12).fill(90); // 1,080 a year against 1,000
  const input = smallInput({
    catalog: {
      items: [
        {
          id: 'vcpu',
          billingBasis: 'allocated',
          quotaKey: 'vcpu',
          contractedQuantity: 100,
          listPriceCny: '1',
        },
        {
          id: 'sms',
          billingBasis: 'per-message',
          quotaKey: 'smsPerYear',
          contractedQuantity: 0,
          listPriceCny: '0.05',
        },
        {
          id: 'disk',
          billingBasis: 'contracted',
          quotaKey: 'diskTb',
          contractedQuantity: 10,
          listPriceCny: '3',
        },
      ],
      calibrationFactor: '1',
    },
    usageByItem: { vcpu, sms, disk: new Float64Array(12).fill(9) },
    quotas: { vcpu: 100, smsPerYear: 1000, diskTb: 10 },
  });
  const r = settle(input);

  it('flags vCPU from the first month above 100 with its peak, and SMS when the year passes 1,000', () => {
    expect(r.overQuota).toEqual([
      { quotaKey: 'vcpu', firstMonth: 2, peakQuantity: 120, limit: 100 },
      { quotaKey: 'smsPerYear', firstMonth: 11, peakQuantity: 1080, limit: 1000 },
    ]);
  });

  it('bills metered items by usage and contracted items by contract: month 2 = 101 + 4.50 + 30', () => {
    expect(r.months[2].lines.map((l) => [l.itemId, l.quantity, l.amountCny])).toEqual([
      ['vcpu', 101, '101.00'],
      ['sms', 90, '4.50'],
      ['disk', 10, '30.00'],
    ]);
    expect(r.months[2].grossBeforeDiscountCny).toBe('135.50');
    expectReconciles(r, input.vatRate);
  });
});

describe('billing bases', () => {
  it('bills a fixed-monthly item its units × the flat fee and a contracted item its contract, whatever the usage', () => {
    const r = settle(
      smallInput({
        catalog: {
          items: [
            { id: 'firewall', billingBasis: 'fixed-monthly', contractedQuantity: 2, listPriceCny: '100' },
            { id: 'line', billingBasis: 'contracted', contractedQuantity: 200, listPriceCny: '0.5' },
          ],
          calibrationFactor: '0.5',
        },
        usageByItem: { line: new Float64Array(12).fill(999) },
      }),
    );
    expect(r.months[0].lines.map((l) => [l.quantity, l.unitPriceCny, l.amountCny])).toEqual([
      [2, '50', '100.00'],
      [200, '0.25', '50.00'],
    ]);
    expect(r.totalInclVatCny).toBe('1800.00');
  });
});

describe('malformed input', () => {
  it('names the field it refuses', () => {
    const metered = smallInput({
      catalog: {
        items: [{ id: 'egress', billingBasis: 'used', contractedQuantity: 1, listPriceCny: '1' }],
        calibrationFactor: '1',
      },
    });
    expect(() => settle(metered)).toThrow(/usageByItem\.egress/);
    expect(() =>
      settle({ ...metered, usageByItem: { egress: new Float64Array(12).fill(Number.NaN) } }),
    ).toThrow(/usageByItem\.egress\[0\]/);
    expect(() => settle(smallInput({ installmentDueDates: ['2026-12-31', '2026-06-30'] }))).toThrow(
      /installmentDueDates\.1/,
    );
    expect(() => settle(smallInput({ months: 0 }))).toThrow(/months/);
  });
});

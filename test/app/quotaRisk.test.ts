/**
 * The quota table's readings where the limit changes (a renewal, an expansion purchase): headroom is
 * measured month by month against the limit in force, and the limits are listed in the order they apply.
 */
import { describe, expect, it } from 'vitest';
import { headroomFraction, limitAt, limitsInForce } from '../../src/app/components/quotaRisk.ts';
import type { QuotaRisk } from '../../src/results/types.ts';

const base: QuotaRisk = {
  quota: 'storageTb',
  metric: 'storageUsedTb',
  limit: 54,
  unit: 'TB',
  peakP50: 105.4,
  peakP95: 120.2,
  breachProbabilityByMonth: [0, 1],
  breachProbabilityInMonth: [0, 1],
  firstBreachHistogram: [0, 1, 0],
  mostLikelyFirstBreachMonth: 1,
  excessP50: 30,
  excessP95: 40,
};

describe('quota readings', () => {
  it('with one limit: headroom is (limit − peak) ÷ limit at the chosen reading', () => {
    expect(headroomFraction(base, 'likely')).toBeCloseTo((54 - 105.4) / 54, 12);
    expect(headroomFraction(base, 'cautious')).toBeCloseTo((54 - 120.2) / 54, 12);
    expect(limitsInForce(base)).toEqual([54]);
    expect(limitAt(base, 1)).toBe(54);
  });

  it('with a renewal’s limit: each month against its own limit, not the whole horizon against the first', () => {
    const renewed: QuotaRisk = {
      ...base,
      limitByMonth: [54, 54, 72, 72],
      peakShareOfLimitP50: 105.4 / 72,
      peakShareOfLimitP95: 120.2 / 72,
    };
    expect(headroomFraction(renewed, 'likely')).toBeCloseTo(1 - 105.4 / 72, 12); // −46 %, not −95 %
    expect(headroomFraction(renewed, 'cautious')).toBeCloseTo(1 - 120.2 / 72, 12);
    expect(limitsInForce(renewed)).toEqual([54, 72]);
    expect(limitAt(renewed, 0)).toBe(54);
    expect(limitAt(renewed, 3)).toBe(72);
  });
});

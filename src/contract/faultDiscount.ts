import type { FaultDiscountRow } from './settlementTypes.ts';

/**
 * Clause 2.2.4: "如系统发生故障影响使用并造成重大影响的，要根据实际情况进行打折支付" — a fault with a
 * major impact reduces the payment for that settlement period "according to the actual situation".
 * The contract gives no numbers, so this table is an ASSUMPTION of this planner, editable per
 * scenario: the worst monthly availability within an installment period picks the discount on that
 * installment. Availability is a fraction (0.999 = 99.9%).
 */
export const FAULT_DISCOUNT_DEFAULTS: readonly FaultDiscountRow[] = [
  { minAvailability: 0.999, discountRate: '0' },
  { minAvailability: 0.995, discountRate: '0.02' },
  { minAvailability: 0.99, discountRate: '0.05' },
  { minAvailability: 0, discountRate: '0.10' },
];

/**
 * The lowest availability over months first..last inclusive; 1 (no fault) for an empty period or no
 * data. Months with no day in force (`daysInForce[m] === 0`: after an exit) are not judged.
 */
export function worstAvailability(
  availabilityByMonth: ArrayLike<number> | undefined,
  firstMonth: number,
  lastMonth: number,
  daysInForce?: ArrayLike<number>,
): number {
  let worst = 1;
  if (!availabilityByMonth) return worst;
  for (let m = firstMonth; m <= lastMonth; m++) {
    if (daysInForce !== undefined && daysInForce[m] === 0) continue;
    const a = availabilityByMonth[m];
    if (a === undefined || Number.isNaN(a)) {
      throw new Error(`availabilityByMonth[${m}]: expected a number in 0..1, got ${a}`);
    }
    if (a < worst) worst = a;
  }
  return worst;
}

/**
 * The discount rate for a period whose worst availability is `availability`: the row with the highest
 * `minAvailability` not above it. Below every row, the most severe row (lowest minimum) applies; an
 * empty table never discounts. Rows may be in any order.
 */
export function faultDiscountRate(availability: number, table: readonly FaultDiscountRow[]): string {
  let best: FaultDiscountRow | undefined;
  let lowest: FaultDiscountRow | undefined;
  for (const row of table) {
    if (lowest === undefined || row.minAvailability < lowest.minAvailability) lowest = row;
    if (
      availability >= row.minAvailability &&
      (best === undefined || row.minAvailability > best.minAvailability)
    ) {
      best = row;
    }
  }
  return (best ?? lowest)?.discountRate ?? '0';
}

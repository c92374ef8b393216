import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Money } from '../../src/contract/money.ts';
import { settle } from '../../src/contract/settlement.ts';
import {
  type BillingBasis,
  FAULT_DISCOUNT_LINE_ID,
  type QuotaKey,
  type SettlementCatalogItem,
  type SettlementInput,
} from '../../src/contract/settlementTypes.ts';
import { addMonths, formatYearMonth } from '../../src/contract/termMonths.ts';
import { expectReconciles } from './settlementInvariants.ts';

const BASES: BillingBasis[] = ['contracted', 'allocated', 'used', 'per-message', 'fixed-monthly'];
const QUOTA_KEYS: QuotaKey[] = ['vcpu', 'ramGb', 'diskTb', 'storageTb', 'egressMbps', 'smsPerYear'];

/** A decimal string with up to `maxScale` decimals, e.g. 12345 at scale 3 → "12.345". */
const decimalString = (maxInt: number, maxScale: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: maxInt }), fc.integer({ min: 0, max: maxScale }))
    .map(([n, scale]) => new Money(n).dividedBy(10 ** scale).toString());

const quantity = fc.oneof(
  fc.double({ min: 0, max: 5000, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 200_000 }),
);

const itemArb = fc.record({
  billingBasis: fc.constantFrom(...BASES),
  quotaKey: fc.option(fc.constantFrom(...QUOTA_KEYS), { nil: undefined }),
  contractedQuantity: quantity,
  listPriceCny: decimalString(2_000_000, 4),
});

/** Random terms, catalogs, usage, faults, due dates, price changes and delays. */
const settlementInputArb: fc.Arbitrary<SettlementInput> = fc
  .record({
    months: fc.integer({ min: 1, max: 40 }),
    startMonth: fc.integer({ min: 0, max: 11 }),
    items: fc.array(itemArb, { minLength: 1, maxLength: 20 }),
  })
  .chain(({ months, startMonth, items }) => {
    const start = { year: 2023, month: startMonth + 1 };
    const isoMonth = (offset: number) => `${formatYearMonth(addMonths(start, offset))}-15`;
    return fc.record({
      months: fc.constant(months),
      termStartDate: fc.constant(isoMonth(0).replace(/-15$/, '-01')),
      vatRate: fc.constantFrom('0.06', '0.09', '0.13', '0', '0.065'),
      catalog: fc.record({
        items: fc.constant(items.map((it, i): SettlementCatalogItem => ({ ...it, id: `item${i}` }))),
        calibrationFactor: fc.oneof(
          decimalString(3_000_000, 6),
          fc
            .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 999_999 }))
            .map(([a, b]) => new Money(a).dividedBy(b).toString()),
        ),
      }),
      usageByItem: fc
        .tuple(
          ...items.map(() =>
            fc.oneof(
              fc.float64Array({ min: 0, max: 5000, noNaN: true, minLength: months, maxLength: months }),
              fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: months, maxLength: months }),
            ),
          ),
        )
        .map((arrays) => Object.fromEntries(arrays.map((a, i) => [`item${i}`, a]))),
      availabilityByMonth: fc.option(
        fc.float64Array({ min: 0.95, max: 1, noNaN: true, minLength: months, maxLength: months }),
        { nil: undefined },
      ),
      faultDiscountTable: fc.array(
        fc.record({
          minAvailability: fc.double({ min: 0.95, max: 1, noNaN: true }),
          discountRate: decimalString(100, 2).filter((s) => new Money(s).lessThanOrEqualTo(1)),
        }),
        { maxLength: 5 },
      ),
      installmentDueDates: fc
        .array(fc.integer({ min: -2, max: months + 2 }), { minLength: 1, maxLength: 8 })
        .map((offsets) => offsets.sort((a, b) => a - b).map(isoMonth)),
      contractTotalInclVatCny: decimalString(1_000_000_000, 2).map((s) => new Money(s).toFixed(2)),
      quotas: fc.record({
        vcpu: fc.integer({ min: 0, max: 5000 }),
        smsPerYear: fc.integer({ min: 0, max: 10 ** 6 }),
      }),
      priceChanges: fc.array(
        fc.record({ fromMonth: fc.integer({ min: 0, max: months }), factor: decimalString(3000, 3) }),
        { maxLength: 3 },
      ),
      paymentDelaysDays: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 8 }),
    });
  });

describe('settle reconciles on random usage, catalogs and due dates', () => {
  it('lines → months → installments → total, and net + VAT = gross, to the fen at every level', () => {
    fc.assert(
      fc.property(settlementInputArb, (input) => {
        expectReconciles(settle(input), input.vatRate);
      }),
      { numRuns: 150 },
    );
  });

  it('bills each line within a fen of quantity × unit price, and each month within a fen of its lines', () => {
    fc.assert(
      fc.property(settlementInputArb, (input) => {
        const fen = new Money('0.01');
        for (const month of settle(input).months) {
          let exactMonth = new Money(0);
          for (const line of month.lines) {
            const exact = new Money(line.unitPriceCny).times(line.quantity);
            if (line.itemId === FAULT_DISCOUNT_LINE_ID) {
              // rate × the month's gross, within 2 fen: the installment's discount is rounded once
              // (½ fen), then spread over its months by cumulative rounding (1 fen).
              expect(new Money(line.amountCny).minus(exact).abs().lessThanOrEqualTo(fen.times(2))).toBe(true);
              continue;
            }
            exactMonth = exactMonth.plus(exact);
            expect(new Money(line.amountCny).minus(exact).abs().lessThanOrEqualTo(fen)).toBe(true);
          }
          expect(new Money(month.grossBeforeDiscountCny).minus(exactMonth).abs().lessThanOrEqualTo(fen)).toBe(
            true,
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the fast path (no lines) exactly the same amounts', () => {
    fc.assert(
      fc.property(settlementInputArb, (input) => {
        const withLines = settle(input);
        const fast = settle(input, { includeLines: false });
        const dropLines = (r: typeof fast) => ({ ...r, months: r.months.map((m) => ({ ...m, lines: [] })) });
        expect(dropLines(fast)).toEqual(dropLines(withLines));
      }),
      { numRuns: 60 },
    );
  });

  it('flags the termination right exactly when some installment is paid more than 60 days late', () => {
    fc.assert(
      fc.property(settlementInputArb, (input) => {
        const r = settle(input);
        const expected = r.installments.some((i) => i.daysLate > 60 && i.grossCny !== '0.00');
        expect(r.providerMayTerminate).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});

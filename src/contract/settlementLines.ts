import { Money, moneyString, toFen, ZERO } from './money.ts';
import type {
  PriceChange,
  SettlementCatalog,
  SettlementCatalogItem,
  SettlementLine,
} from './settlementTypes.ts';

/**
 * Monthly settlement lines: quantity × effective unit price per catalog item, rounded so that
 * lines add up to months and months to any run of months exactly.
 *
 * Rounding (the project's rule: exact until the end, cumulative rounding for parts): one running
 * exact total C over the whole term; month m's gross is toFen(C after m) − toFen(C before m), and
 * line i of month m is toFen(C before m + P_i) − toFen(C before m + P_(i−1)), P_i being the month's
 * exact partial sum after i lines. Every line and month is within a fen of its exact amount, and the
 * parts of any level add up to the level above with no fen lost or created.
 *
 * Summation order is fixed (constant items in catalog order, then metered items in catalog order) and
 * shared by the line and the fast paths, so both give bit-identical month amounts.
 */

/** Units billed each month regardless of usage; null for metered (usage-read) items. */
function constantQuantity(item: SettlementCatalogItem): number | null {
  switch (item.billingBasis) {
    case 'contracted':
      return item.contractedQuantity;
    case 'fixed-monthly':
      return 1;
    default:
      return null;
  }
}

/** List price × calibration factor, unrounded. (priceCatalog.ts's effectiveUnitPrice, privately.) */
function effectiveUnitPrice(item: SettlementCatalogItem, calibrationFactor: Money): Money {
  return new Money(item.listPriceCny).times(calibrationFactor);
}

interface PricedItem {
  index: number;
  item: SettlementCatalogItem;
  /** Per price segment: unit price (and its display string). */
  unitPrice: Money[];
  unitPriceText: string[];
  /** Constant items: quantity and the exact amount per segment. */
  quantity: number | null;
  amount: Money[] | null;
  usage: ArrayLike<number> | null;
}

export interface PricedCatalog {
  constants: PricedItem[];
  metered: PricedItem[];
  itemCount: number;
  /** Per month, the index of its price segment. */
  segmentOfMonth: Int32Array;
  /** Per segment, the exact sum of the constant items' amounts (in the fixed order). */
  constantSum: Money[];
}

/**
 * Prices the catalog once per settlement: unit prices per price segment (segment 0 is the catalog
 * price; each price change starts a segment whose prices are catalog × factor), constant items'
 * monthly amounts, and each metered item's usage array (throws, naming it, if missing or short).
 */
export function priceCatalogForSettlement(
  catalog: SettlementCatalog,
  usageByItem: Readonly<Record<string, ArrayLike<number>>>,
  months: number,
  priceChanges: readonly PriceChange[] = [],
): PricedCatalog {
  const calibration = new Money(catalog.calibrationFactor);
  const changes = [...priceChanges].sort((a, b) => a.fromMonth - b.fromMonth);
  const factors = [new Money(1), ...changes.map((c) => new Money(c.factor))];
  const segmentOfMonth = new Int32Array(months);
  for (let m = 0, seg = 0; m < months; m++) {
    while (seg < changes.length && changes[seg].fromMonth <= m) seg++;
    segmentOfMonth[m] = seg;
  }

  const constants: PricedItem[] = [];
  const metered: PricedItem[] = [];
  catalog.items.forEach((item, index) => {
    const base = effectiveUnitPrice(item, calibration);
    const unitPrice = factors.map((f) => base.times(f));
    const quantity = constantQuantity(item);
    if (quantity !== null) checkQuantity(quantity, `catalog item "${item.id}" contractedQuantity`);
    const usage = usageByItem[item.id] ?? null;
    if (quantity === null && (usage === null || usage.length < months)) {
      throw new Error(
        `usageByItem.${item.id}: a "${item.billingBasis}" item needs ${months} monthly quantities, got ${usage?.length ?? 'none'}`,
      );
    }
    const priced: PricedItem = {
      index,
      item,
      unitPrice,
      unitPriceText: unitPrice.map((p) => p.toString()),
      quantity,
      amount: quantity === null ? null : unitPrice.map((p) => p.times(quantity)),
      usage,
    };
    (quantity === null ? metered : constants).push(priced);
  });
  const constantSum = factors.map((_, seg) => {
    let sum = ZERO;
    for (const c of constants) sum = sum.plus(c.amount![seg]);
    return sum;
  });
  return { constants, metered, itemCount: catalog.items.length, segmentOfMonth, constantSum };
}

function checkQuantity(q: number, where: string): void {
  if (!Number.isFinite(q) || q < 0) throw new Error(`${where}: expected a finite quantity ≥ 0, got ${q}`);
}

export interface MonthAmounts {
  /** Per month, the gross (VAT included, before fault discount), to the fen. */
  monthGross: Money[];
  /** Per month, the lines in catalog order; null on the fast path. */
  lines: SettlementLine[][] | null;
}

/** Settles every month of the term; `includeLines: false` is the fast path (same amounts). */
export function settleMonthAmounts(
  priced: PricedCatalog,
  months: number,
  includeLines: boolean,
): MonthAmounts {
  const monthGross: Money[] = new Array(months);
  const lines: SettlementLine[][] | null = includeLines ? new Array(months) : null;
  let cumulative = ZERO;
  let roundedBefore = ZERO;
  for (let m = 0; m < months; m++) {
    const seg = priced.segmentOfMonth[m];
    let monthExact: Money;
    if (lines) {
      const monthLines: SettlementLine[] = new Array(priced.itemCount);
      let partial = ZERO;
      let roundedPartial = roundedBefore;
      const addLine = (p: PricedItem, quantity: number, amount: Money) => {
        let lineAmount = ZERO;
        if (!amount.isZero()) {
          partial = partial.plus(amount);
          const rounded = toFen(cumulative.plus(partial));
          lineAmount = rounded.minus(roundedPartial);
          roundedPartial = rounded;
        }
        monthLines[p.index] = {
          itemId: p.item.id,
          quantity,
          unitPriceCny: p.unitPriceText[seg],
          amountCny: moneyString(lineAmount),
        };
      };
      for (const c of priced.constants) addLine(c, c.quantity!, c.amount![seg]);
      for (const u of priced.metered) {
        const q = meteredQuantity(u, m);
        addLine(u, q, q === 0 ? ZERO : u.unitPrice[seg].times(q));
      }
      lines[m] = monthLines;
      monthExact = partial;
    } else {
      monthExact = priced.constantSum[seg];
      for (const u of priced.metered) {
        const q = meteredQuantity(u, m);
        if (q !== 0) monthExact = monthExact.plus(u.unitPrice[seg].times(q));
      }
    }
    cumulative = cumulative.plus(monthExact);
    const rounded = toFen(cumulative);
    monthGross[m] = rounded.minus(roundedBefore);
    roundedBefore = rounded;
  }
  return { monthGross, lines };
}

function meteredQuantity(p: PricedItem, month: number): number {
  const q = p.usage![month];
  checkQuantity(q, `usageByItem.${p.item.id}[${month}]`);
  return q;
}

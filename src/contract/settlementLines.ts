import { Money, moneyString, toFen, ZERO } from './money.ts';
import type {
  PriceChange,
  SettlementCatalog,
  SettlementCatalogItem,
  SettlementLine,
} from './settlementTypes.ts';

/**
 * Monthly settlement lines: quantity × effective unit price per catalog item, rounded so that lines
 * add up to months and months to any run of months exactly.
 *
 * Prices: effective unit price = list price × k, where k = calibration factor × the price-change
 * factor in force that month (1 before any change) — never rounded. Every item shares k, so a month's
 * exact amount is computed as k × Σ quantity × list price: the sum of list-price products is exact for
 * realistic inputs (a float quantity has ≤ 17 digits, a list price a few, the precision is 40) and k is
 * applied once per month, which is what makes 1,000 replications cheap. It equals Σ quantity × unit
 * price to ~40 significant digits, far below a fen.
 *
 * Rounding (the project's rule: exact until the end, cumulative rounding for parts): one running exact
 * total C over the whole term; month m's gross is toFen(C after m) − toFen(C before m), and line i of
 * month m is toFen(C before m + k·S_i) − toFen(C before m + k·S_(i−1)), S_i being the month's list-price
 * partial sum after i lines. Every line and month is within a fen of its exact amount, and the parts of
 * any level add up to the level above with no fen lost or created.
 *
 * Summation order is fixed (constant items in catalog order, then metered items in catalog order) and
 * shared by the line and the fast paths, so both give bit-identical month amounts.
 */

/**
 * Units billed each month regardless of usage (the contracted quantity for 'contracted' and
 * 'fixed-monthly', a flat fee × units, as the scenario schema defines them); null for metered items.
 */
function constantQuantity(item: SettlementCatalogItem): number | null {
  return item.billingBasis === 'contracted' || item.billingBasis === 'fixed-monthly'
    ? item.contractedQuantity
    : null;
}

interface PricedItem {
  index: number;
  item: SettlementCatalogItem;
  listPrice: Money;
  /** Per price segment, the effective unit price as displayed (list × k, unrounded). */
  unitPriceText: string[];
  /** Constant items: the billed quantity and quantity × list price; null for metered items. */
  quantity: number | null;
  listAmount: Money | null;
}

export interface PricedCatalog {
  constants: PricedItem[];
  metered: PricedItem[];
  itemCount: number;
  /** Per month, the index of its price segment. */
  segmentOfMonth: Int32Array;
  /** Per segment, k = calibration × price-change factor. */
  priceFactor: Money[];
  /** Σ quantity × list price of the constant items (in the fixed order). */
  constantListSum: Money;
}

/**
 * Prices the catalog once per set of terms (not per replication): the price factor per segment
 * (segment 0 is the catalog price; each price change starts a segment whose prices are catalog ×
 * its factor, not compounded) and the constant items' list amounts. Throws, naming the field, on a
 * bad quantity or price.
 */
export function priceCatalogForSettlement(
  catalog: SettlementCatalog,
  months: number,
  priceChanges: readonly PriceChange[] = [],
): PricedCatalog {
  const calibration = new Money(catalog.calibrationFactor);
  const changes = [...priceChanges].sort((a, b) => a.fromMonth - b.fromMonth);
  const priceFactor = [calibration, ...changes.map((c) => calibration.times(c.factor))];
  if (priceFactor.some((k) => k.isNaN() || k.isNegative())) {
    throw new Error('catalog.calibrationFactor / priceChanges.factor: expected numbers ≥ 0');
  }
  const segmentOfMonth = new Int32Array(months);
  for (let m = 0, seg = 0; m < months; m++) {
    while (seg < changes.length && changes[seg].fromMonth <= m) seg++;
    segmentOfMonth[m] = seg;
  }

  const constants: PricedItem[] = [];
  const metered: PricedItem[] = [];
  let constantListSum = ZERO;
  catalog.items.forEach((item, index) => {
    const listPrice = new Money(item.listPriceCny);
    if (listPrice.isNaN() || listPrice.isNegative()) {
      throw new Error(
        `catalog.items.${index}.listPriceCny: expected a price ≥ 0, got "${item.listPriceCny}"`,
      );
    }
    const quantity = constantQuantity(item);
    if (quantity !== null) checkQuantity(quantity, `catalog.items.${index}.contractedQuantity`);
    const listAmount = quantity === null ? null : listPrice.times(quantity);
    if (listAmount !== null) constantListSum = constantListSum.plus(listAmount);
    const priced: PricedItem = {
      index,
      item,
      listPrice,
      unitPriceText: priceFactor.map((k) => listPrice.times(k).toString()),
      quantity,
      listAmount,
    };
    (quantity === null ? metered : constants).push(priced);
  });
  return {
    constants,
    metered,
    itemCount: catalog.items.length,
    segmentOfMonth,
    priceFactor,
    constantListSum,
  };
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

/**
 * Settles every month of the term from one replication's usage; `includeLines: false` is the fast
 * path (same amounts). Throws, naming the item, if a metered item's usage is missing, short, negative
 * or not finite.
 */
export function settleMonthAmounts(
  priced: PricedCatalog,
  usageByItem: Readonly<Record<string, ArrayLike<number>>>,
  months: number,
  includeLines: boolean,
): MonthAmounts {
  const usages = priced.metered.map((p) => {
    const usage = usageByItem[p.item.id];
    if (usage === undefined || usage.length < months) {
      throw new Error(
        `usageByItem.${p.item.id}: a "${p.item.billingBasis}" item needs ${months} monthly quantities, got ${usage?.length ?? 'none'}`,
      );
    }
    return usage;
  });
  const monthGross: Money[] = new Array(months);
  const lines: SettlementLine[][] | null = includeLines ? new Array(months) : null;
  let cumulative = ZERO;
  let roundedBefore = ZERO;
  for (let m = 0; m < months; m++) {
    const seg = priced.segmentOfMonth[m];
    const k = priced.priceFactor[seg];
    let listSum: Money;
    if (lines) {
      const monthLines: SettlementLine[] = new Array(priced.itemCount);
      let partial = ZERO;
      let roundedPartial = roundedBefore;
      const addLine = (p: PricedItem, quantity: number, listAmount: Money) => {
        let amount = ZERO;
        if (!listAmount.isZero()) {
          partial = partial.plus(listAmount);
          const rounded = toFen(cumulative.plus(k.times(partial)));
          amount = rounded.minus(roundedPartial);
          roundedPartial = rounded;
        }
        monthLines[p.index] = {
          itemId: p.item.id,
          quantity,
          unitPriceCny: p.unitPriceText[seg],
          amountCny: moneyString(amount),
        };
      };
      for (const c of priced.constants) addLine(c, c.quantity!, c.listAmount!);
      priced.metered.forEach((u, i) => {
        const q = meteredQuantity(u, usages[i], m);
        addLine(u, q, q === 0 ? ZERO : u.listPrice.times(q));
      });
      lines[m] = monthLines;
      listSum = partial;
    } else {
      listSum = priced.constantListSum;
      for (let i = 0; i < usages.length; i++) {
        const q = meteredQuantity(priced.metered[i], usages[i], m);
        if (q !== 0) listSum = listSum.plus(priced.metered[i].listPrice.times(q));
      }
    }
    cumulative = cumulative.plus(k.times(listSum));
    const rounded = toFen(cumulative);
    monthGross[m] = rounded.minus(roundedBefore);
    roundedBefore = rounded;
  }
  return { monthGross, lines };
}

function meteredQuantity(p: PricedItem, usage: ArrayLike<number>, month: number): number {
  const q = usage[month];
  checkQuantity(q, `usageByItem.${p.item.id}[${month}]`);
  return q;
}

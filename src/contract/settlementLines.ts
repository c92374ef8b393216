import { Money, moneyString, toFen, ZERO } from './money.ts';
import type {
  PriceChange,
  SettlementCatalog,
  SettlementCatalogItem,
  SettlementLine,
  SettlementTerms,
} from './settlementTypes.ts';

/**
 * Monthly settlement lines: quantity × effective unit price per catalog item, rounded so that lines
 * add up to months and months to any run of months exactly.
 *
 * Prices: effective unit price = list price × item factor × k, where k = calibration factor × the
 * price-change factor in force that month (1 before any change) — never rounded. In a month where
 * every item shares k, its exact amount is k × Σ quantity × list price: the sum of list-price
 * products is exact for realistic inputs (a float quantity has ≤ 17 digits, a list price a few, the
 * precision is 40) and k is applied once per month, which is what makes 1,000 replications cheap. A
 * price change that names items gives those items their own factor: in its segment k is the
 * calibration alone and each item's list price carries its factor (an exact product, no division).
 *
 * Proration (the contract in force for part of a month, src/scenario/lifecycle.ts): in a month with
 * d of D days in force, every item except per-message ones bills its quantity × d ÷ D (fixed fees,
 * contracted lines, what was allocated or stored at the exit); messages bill what was sent. The
 * month's list sum is multiplied by d and then divided by D, so the amount is exact whenever its
 * value has a finite decimal form.
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
  /** Per price segment, the list price the month's sum uses (× the item's own factor, if any). */
  listBySegment: Money[];
  /** Per price segment, the effective unit price as displayed (list × item factor × k, unrounded). */
  unitPriceText: string[];
  /** Constant items: the billed quantity per month (before proration); null for metered items. */
  quantityByMonth: Float64Array | null;
  /** Billed per message: never prorated. */
  perMessage: boolean;
}

export interface PricedCatalog {
  constants: PricedItem[];
  metered: PricedItem[];
  itemCount: number;
  /** Per month, the index of its price segment. */
  segmentOfMonth: Int32Array;
  /** Per segment, k = calibration × price-change factor (the calibration alone where items have own factors). */
  priceFactor: Money[];
  /** Per month, Σ constant quantity × list price (its segment's list prices, in the fixed order). */
  constantListSumByMonth: Money[];
  /** Per month, [days in force, days in the month] when only part of it is in force; null when all. */
  prorateByMonth: ([number, number] | null)[];
}

/** What pricing reads of the terms beyond the catalog (all optional: a whole term at contract quantities). */
export type PricingOptions = Pick<
  SettlementTerms,
  'priceChanges' | 'daysInForce' | 'daysInMonth' | 'constantQuantityByMonth'
>;

/**
 * Prices the catalog once per set of terms (not per replication): the price factor per segment
 * (segment 0 is the catalog price; each price change starts a segment whose prices are catalog ×
 * the factors in force, not compounded), the constant items' quantities and list sums per month and
 * the months to prorate. Throws, naming the field, on a bad quantity, price or day count.
 */
export function priceCatalogForSettlement(
  catalog: SettlementCatalog,
  months: number,
  options: PricingOptions | readonly PriceChange[] = {},
): PricedCatalog {
  const opts: PricingOptions = Array.isArray(options)
    ? { priceChanges: options }
    : (options as PricingOptions);
  const calibration = new Money(catalog.calibrationFactor);
  const changes = [...(opts.priceChanges ?? [])].sort((a, b) => a.fromMonth - b.fromMonth);
  const items = catalog.items;
  // Per segment: the global factor and each item's factor (the latest change covering it).
  const globalFactors: Money[] = [new Money(1)];
  const itemFactors: Money[][] = [items.map(() => new Money(1))];
  for (const c of changes) {
    const f = new Money(c.factor);
    if (f.isNaN() || f.isNegative()) throw new Error('priceChanges.factor: expected numbers ≥ 0');
    const previous = itemFactors[itemFactors.length - 1];
    if (!c.itemIds) {
      globalFactors.push(f);
      itemFactors.push(items.map(() => f));
    } else {
      const named = new Set(c.itemIds);
      globalFactors.push(globalFactors[globalFactors.length - 1]);
      itemFactors.push(items.map((item, i) => (named.has(item.id) ? f : previous[i])));
    }
  }
  if (calibration.isNaN() || calibration.isNegative()) {
    throw new Error('catalog.calibrationFactor: expected a number ≥ 0');
  }
  // A segment where every item has the global factor multiplies once by k; else k is the calibration.
  const uniform = itemFactors.map((fs, s) => fs.every((f) => f.equals(globalFactors[s])));
  const priceFactor = globalFactors.map((g, s) => (uniform[s] ? calibration.times(g) : calibration));
  const segmentOfMonth = new Int32Array(months);
  for (let m = 0, seg = 0; m < months; m++) {
    while (seg < changes.length && changes[seg].fromMonth <= m) seg++;
    segmentOfMonth[m] = seg;
  }

  const constants: PricedItem[] = [];
  const metered: PricedItem[] = [];
  items.forEach((item, index) => {
    const listPrice = new Money(item.listPriceCny);
    if (listPrice.isNaN() || listPrice.isNegative()) {
      throw new Error(
        `catalog.items.${index}.listPriceCny: expected a price ≥ 0, got "${item.listPriceCny}"`,
      );
    }
    const quantity = constantQuantity(item);
    let quantityByMonth: Float64Array | null = null;
    if (quantity !== null) {
      const given = opts.constantQuantityByMonth?.[item.id];
      quantityByMonth = new Float64Array(months);
      for (let m = 0; m < months; m++) {
        const q = given ? given[m] : quantity;
        checkQuantity(
          q,
          given ? `constantQuantityByMonth.${item.id}[${m}]` : `catalog.items.${index}.contractedQuantity`,
        );
        quantityByMonth[m] = q;
      }
    }
    const listBySegment = priceFactor.map((_, s) =>
      uniform[s] ? listPrice : listPrice.times(itemFactors[s][index]),
    );
    const priced: PricedItem = {
      index,
      item,
      listPrice,
      listBySegment,
      unitPriceText: priceFactor.map((k, s) => listBySegment[s].times(k).toString()),
      quantityByMonth,
      perMessage: item.billingBasis === 'per-message',
    };
    (quantity === null ? metered : constants).push(priced);
  });

  const constantListSumByMonth: Money[] = new Array(months);
  const prorateByMonth: ([number, number] | null)[] = new Array(months);
  for (let m = 0; m < months; m++) {
    const seg = segmentOfMonth[m];
    let sum = ZERO;
    for (const c of constants) {
      const q = c.quantityByMonth![m];
      if (q !== 0) sum = sum.plus(c.listBySegment[seg].times(q));
    }
    constantListSumByMonth[m] = sum;
    prorateByMonth[m] = prorationOf(opts, m);
  }
  return {
    constants,
    metered,
    itemCount: items.length,
    segmentOfMonth,
    priceFactor,
    constantListSumByMonth,
    prorateByMonth,
  };
}

function prorationOf(opts: PricingOptions, m: number): [number, number] | null {
  if (!opts.daysInForce || !opts.daysInMonth) return null;
  const days = opts.daysInForce[m];
  const of = opts.daysInMonth[m];
  if (!Number.isInteger(days) || !Number.isInteger(of) || of < 1 || days < 0 || days > of) {
    throw new Error(`daysInForce[${m}]: expected whole days from 0 to daysInMonth (${of}), got ${days}`);
  }
  return days === of ? null : [days, of];
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

/** x × d ÷ D: a prorated list amount (multiplied first, so a finite result is exact). */
function prorate(x: Money, share: [number, number] | null): Money {
  return share === null || x.isZero() ? x : x.times(share[0]).dividedBy(share[1]);
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
    const share = priced.prorateByMonth[m];
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
      const shown = (q: number, perMessage: boolean) =>
        share === null || perMessage ? q : (q * share[0]) / share[1];
      for (const c of priced.constants) {
        const q = c.quantityByMonth![m];
        addLine(c, shown(q, false), prorate(c.listBySegment[seg].times(q), share));
      }
      priced.metered.forEach((u, i) => {
        const q = meteredQuantity(u, usages[i], m);
        const amount = q === 0 ? ZERO : u.listBySegment[seg].times(q);
        addLine(u, shown(q, u.perMessage), u.perMessage ? amount : prorate(amount, share));
      });
      lines[m] = monthLines;
      listSum = partial;
    } else if (share === null) {
      listSum = priced.constantListSumByMonth[m];
      for (let i = 0; i < usages.length; i++) {
        const q = meteredQuantity(priced.metered[i], usages[i], m);
        if (q !== 0) listSum = listSum.plus(priced.metered[i].listBySegment[seg].times(q));
      }
    } else {
      // Part of the month in force: the same sum, item by item, each prorated as the lines are.
      listSum = ZERO;
      for (const c of priced.constants) {
        listSum = listSum.plus(prorate(c.listBySegment[seg].times(c.quantityByMonth![m]), share));
      }
      for (let i = 0; i < usages.length; i++) {
        const u = priced.metered[i];
        const q = meteredQuantity(u, usages[i], m);
        if (q === 0) continue;
        const amount = u.listBySegment[seg].times(q);
        listSum = listSum.plus(u.perMessage ? amount : prorate(amount, share));
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

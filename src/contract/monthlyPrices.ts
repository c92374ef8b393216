/**
 * Each month's catalog as the settlement prices it (contract/lifecycleSettlement.ts): per item, the
 * effective unit price that month (list × item factor × calibration × price change, by the term the
 * month belongs to), the quantity billed for constant items (following the quota in force), and the
 * share of the month in force (an exit: days ÷ days in the month; per-message items are not
 * prorated). For pictures that estimate a month's bill item by item from usage (the results' cost by
 * resource), so that they end at an exit and step at a renewal exactly as the bills do.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { PriceCatalogItem } from '../scenario/sections/priceCatalog.ts';
import { settlementPlansOf } from './lifecycleSettlement.ts';
import type { Money } from './money.ts';
import { priceCatalogForSettlement } from './settlementLines.ts';

export interface MonthItemPrice {
  item: PriceCatalogItem;
  /** Yuan per unit incl. VAT, unrounded. */
  unitPrice: Money;
  /** Billed quantity of a 'contracted' / 'fixed-monthly' item; null for metered items (their usage). */
  constantQuantity: number | null;
  /** Share of the month billed: 1, or days in force ÷ days (0 after an exit); 1 for per-message items. */
  share: number;
}

/** Per horizon month, its items' prices. */
export function monthlyItemPrices(scenario: Scenario): MonthItemPrice[][] {
  const out: MonthItemPrice[][] = [];
  for (const { term, terms } of settlementPlansOf(scenario)) {
    const priced = priceCatalogForSettlement(terms.catalog, terms.months, terms);
    const items = [...priced.constants, ...priced.metered].sort((a, b) => a.index - b.index);
    for (let m = 0; m < term.months; m++) {
      const seg = priced.segmentOfMonth[m];
      const k = priced.priceFactor[seg];
      const prorate = priced.prorateByMonth[m];
      out[term.startMonth + m] = items.map((p) => ({
        item: term.priceCatalog.items[p.index],
        unitPrice: p.listBySegment[seg].times(k),
        constantQuantity: p.quantityByMonth ? p.quantityByMonth[m] : null,
        share: prorate === null || p.perMessage ? 1 : prorate[0] / prorate[1],
      }));
    }
  }
  return out;
}

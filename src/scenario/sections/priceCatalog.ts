/**
 * The unit-price catalog inside `contract.priceCatalog`. The Henan standard 豫财办〔2021〕5号 that the
 * contract settles by is not public, so the catalog holds public list-price PROXIES (VAT included,
 * domain-parameters.md §2, each with its `source`) and ONE calibration factor that scales every list
 * price so the contracted resources over the term cost exactly the contract total. The effective
 * unit price is list × factor, never rounded; totals are rounded to the fen at the end
 * (src/contract/priceCatalog.ts).
 */
import { z } from 'zod';
import { check } from '../issueRule.ts';
import { decimalString, freeText, idString, nameText, numberIn } from './common.ts';

import { QUOTA_KEYS } from './modelConstants.ts';

export { QUOTA_KEYS, type QuotaKey } from './modelConstants.ts';
export const quotaKeySchema = z.enum(QUOTA_KEYS);

/**
 * How an item turns usage into a billed quantity each month:
 * - contracted: the contracted quantity, whatever is used (bandwidth lines);
 * - allocated: what is allocated to VMs that month (vCPU, RAM, disk);
 * - used: what is stored or consumed that month (storage, backup);
 * - per-message: messages sent that month (SMS); `contractedQuantity` is then PER YEAR;
 * - fixed-monthly: a flat monthly fee × `contractedQuantity` units (servers, security appliances).
 */
export const BILLING_BASES = ['contracted', 'allocated', 'used', 'per-message', 'fixed-monthly'] as const;

export const priceCatalogItemSchema = z.strictObject({
  id: idString,
  labelZh: nameText,
  labelEn: nameText,
  /** Billing unit, e.g. 'vCPU·month', 'GB·month', 'Mbps·month', 'message', 'unit·month'. */
  unit: z.string().min(1).max(32),
  billingBasis: z.enum(BILLING_BASES),
  /** The quota this item prices, when it prices one. */
  quotaKey: quotaKeySchema.optional(),
  /**
   * Contracted quantity in the item's unit: per MONTH for every basis except 'per-message', where it
   * is per YEAR (the contract counts SMS a year) and a month is one twelfth of it.
   */
  contractedQuantity: numberIn(0, 1e10),
  /** VAT-inclusive public list price per unit (yuan, up to 20 decimals), before calibration. */
  listPriceCny: decimalString,
  /** Where the list price comes from (domain-parameters.md section and the public page). */
  source: freeText,
});
export type PriceCatalogItem = z.infer<typeof priceCatalogItemSchema>;

export const priceCatalogSchema = z
  .strictObject({
    /** Multiplies every list price, e.g. "1.091734829013" (12 decimals is enough for the fen). */
    calibrationFactor: decimalString,
    /** Shown wherever the catalog is: says that prices are calibrated proxies. */
    note: freeText,
    items: z.array(priceCatalogItemSchema).min(1).max(100),
  })
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>();
    catalog.items.forEach((item, i) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'id'],
          message: `duplicate item id '${item.id}'`,
          params: check('duplicateId', { id: item.id }),
        });
      }
      seen.add(item.id);
    });
  });
export type PriceCatalog = z.infer<typeof priceCatalogSchema>;

/**
 * A quota set priced the way the contract is: each catalog item that prices a quota is contracted
 * at the new quota (in the item's unit), and the contract total is the contracted resources over
 * the term at the catalog's calibrated prices with the timeline's price changes
 * (priceContractedTerm: exact decimals, rounded to the fen once). The renewal scenarios' totals are
 * what this gives for their quotas (a test checks each file), so a recommendation is priced on the
 * same footing as the options it is compared with.
 */
import { usageUnitScale } from '../contract/billedUsage.ts';
import type { MoneyString } from '../contract/money.ts';
import { priceContractedTerm } from '../contract/priceCatalog.ts';
import type { Quotas, Scenario } from '../scenario/schema.ts';

/** The scenario's contract with these quotas: limits, contracted catalog quantities and total price. */
export function contractWithQuotas(scenario: Scenario, quotas: Partial<Quotas>): Scenario['contract'] {
  const merged: Quotas = { ...scenario.contract.quotas, ...quotas };
  const items = scenario.contract.priceCatalog.items.map((item) => {
    const key = item.quotaKey;
    if (!key || quotas[key] === undefined) return item;
    // Whole units of the item (SMS a year, vCPU, GB, Mbit/s); TB quotas priced per GB scale by 1024.
    return { ...item, contractedQuantity: merged[key] * usageUnitScale(item) };
  });
  const priceCatalog = { ...scenario.contract.priceCatalog, items };
  const { totalInclVatCny } = priceContractedTerm({
    term: scenario.term,
    timeline: scenario.timeline,
    contract: { priceCatalog },
  });
  return { ...scenario.contract, quotas: merged, priceCatalog, totalInclVatCny };
}

/** The contract price (incl. VAT, over the term) of a quota set on this scenario's catalog. */
export function priceOfQuotas(scenario: Scenario, quotas: Partial<Quotas>): MoneyString {
  return contractWithQuotas(scenario, quotas).totalInclVatCny;
}

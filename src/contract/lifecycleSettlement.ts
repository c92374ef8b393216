/**
 * Settlement over a scenario's whole lifecycle (src/scenario/lifecycle.ts): each contract term is
 * settled on its own — its months, catalog, price changes, installments and total — and the terms are
 * put end to end. An exit prorates its month to the day and settles everything used up to it in a final
 * installment on the exit date (clause 2.2.1 按实际使用); months after it bill nothing.
 *
 * Put end to end: months and installments follow each other (installments numbered 1.. over the
 * horizon, each with its term); totals, VAT, discounts and penalties add up; cumulative spend runs on
 * across the boundary; a term's spend is judged against its own total (the first month any term's
 * spend passes its total is `monthContractTotalExceeded`). With one term, the result is that term's
 * settlement as it is.
 *
 * Contracted quantities follow the quotas: a 'contracted' or 'fixed-monthly' item that prices a quota
 * bills contractedQuantity × (quota in force ÷ the quota its catalog was made for), so an amendment or
 * a renewal with other quotas bills what it buys.
 */

import type { ContractTerm } from '../scenario/lifecycle.ts';
import { lifecycleOf } from '../scenario/lifecycle.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { QuotaKey } from '../scenario/sections/priceCatalog.ts';
import { Money, type MoneyString, ZERO } from './money.ts';
import { createCostSettlement, createSettlement } from './settlement.ts';
import type {
  SettlementCost,
  SettlementOptions,
  SettlementResult,
  SettlementTerms,
  SettlementUsage,
} from './settlementTypes.ts';

export interface TermSettlementPlan {
  term: ContractTerm;
  terms: SettlementTerms;
}

/** The settlement terms of each contract term of a scenario, in order. */
export function settlementPlansOf(scenario: Scenario): TermSettlementPlan[] {
  const life = lifecycleOf(scenario);
  const c = scenario.contract;
  return life.terms.map((term) => {
    const from = term.startMonth;
    const to = term.startMonth + term.months;
    const inForce = life.daysInForce.slice(from, to);
    const days = life.daysInMonth.slice(from, to);
    const prorated = inForce.some((d, i) => d !== days[i]);
    const quotaLimitsByMonth: Partial<Record<QuotaKey, number[]>> = {};
    for (const [key, limits] of Object.entries(life.quotasByMonth)) {
      const slice = limits.slice(from, to);
      if (slice.some((l) => l !== term.quotas[key as QuotaKey])) quotaLimitsByMonth[key as QuotaKey] = slice;
    }
    const constantQuantityByMonth: Record<string, number[]> = {};
    for (const item of term.priceCatalog.items) {
      const key = item.quotaKey;
      if (!key || (item.billingBasis !== 'contracted' && item.billingBasis !== 'fixed-monthly')) continue;
      const base = term.catalogQuotas[key];
      if (!(base > 0)) continue;
      const quantities = life.quotasByMonth[key]
        .slice(from, to)
        .map((q) => (item.contractedQuantity * q) / base);
      if (quantities.some((q) => q !== item.contractedQuantity))
        constantQuantityByMonth[item.id] = quantities;
    }
    const terms: SettlementTerms = {
      months: term.months,
      termStartDate: term.startDate,
      vatRate: c.vatRate,
      catalog: term.priceCatalog,
      faultDiscountTable: c.faultDiscountTable,
      installmentDueDates: term.settledDueDates,
      contractTotalInclVatCny: term.totalInclVatCny,
      quotas: term.quotas,
      latePayment: c.latePayment,
      priceChanges: life.priceChangesByTerm[term.index],
      ...(prorated ? { daysInForce: inForce, daysInMonth: days } : {}),
      ...(Object.keys(quotaLimitsByMonth).length > 0 ? { quotaLimitsByMonth } : {}),
      ...(Object.keys(constantQuantityByMonth).length > 0 ? { constantQuantityByMonth } : {}),
    };
    return { term, terms };
  });
}

/** A term's part of a horizon-long series (a view where the input has one, else a copy). */
function part(values: ArrayLike<number>, from: number, to: number): ArrayLike<number> {
  if (ArrayBuffer.isView(values)) return (values as Float64Array).subarray(from, to);
  return Array.prototype.slice.call(values, from, to) as number[];
}

function usageOfTerm(usage: SettlementUsage, plan: TermSettlementPlan, single: boolean): SettlementUsage {
  if (single) return usage;
  const from = plan.term.startMonth;
  const to = from + plan.term.months;
  const usageByItem: Record<string, ArrayLike<number>> = {};
  for (const [id, values] of Object.entries(usage.usageByItem)) usageByItem[id] = part(values, from, to);
  return {
    usageByItem,
    ...(usage.availabilityByMonth ? { availabilityByMonth: part(usage.availabilityByMonth, from, to) } : {}),
  };
}

/** Cumulative spend of a later term, carried on from the terms before it. */
function carried(amounts: readonly MoneyString[], before: Money): MoneyString[] {
  return before.isZero() ? [...amounts] : amounts.map((a) => before.plus(a).toFixed(2));
}

const plus = (a: MoneyString, b: MoneyString): MoneyString => new Money(a).plus(b).toFixed(2);

/** The Monte Carlo runner's path: createCostSettlement per term, put end to end. */
export function createScenarioCostSettlement(scenario: Scenario): (usage: SettlementUsage) => SettlementCost {
  const plans = settlementPlansOf(scenario);
  const settlers = plans.map((p) => createCostSettlement(p.terms));
  const single = plans.length === 1 && plans[0].term.months === lifecycleOf(scenario).horizonMonths;
  if (single) return settlers[0];
  return (usage) => {
    const out: SettlementCost = {
      monthlyGrossBeforeDiscountCny: [],
      monthlyGrossAfterDiscountCny: [],
      cumulativeCny: [],
      installments: [],
      totalInclVatCny: '0.00',
      totalDiscountCny: '0.00',
      monthContractTotalExceeded: null,
      termTotalsCny: [],
    };
    let before = ZERO;
    plans.forEach((plan, t) => {
      const cost = settlers[t](usageOfTerm(usage, plan, false));
      out.monthlyGrossBeforeDiscountCny.push(...cost.monthlyGrossBeforeDiscountCny);
      out.monthlyGrossAfterDiscountCny.push(...cost.monthlyGrossAfterDiscountCny);
      out.cumulativeCny.push(...carried(cost.cumulativeCny, before));
      out.installments.push(...cost.installments);
      out.totalInclVatCny = plus(out.totalInclVatCny, cost.totalInclVatCny);
      out.totalDiscountCny = plus(out.totalDiscountCny, cost.totalDiscountCny);
      if (out.monthContractTotalExceeded === null && cost.monthContractTotalExceeded !== null) {
        out.monthContractTotalExceeded = plan.term.startMonth + cost.monthContractTotalExceeded;
      }
      out.termTotalsCny!.push(cost.totalInclVatCny);
      before = before.plus(cost.totalInclVatCny);
    });
    padMonths(out, lifecycleOf(scenario).horizonMonths);
    return out;
  };
}

/** Months after the last term (only after an exit that ended the horizon early) bill nothing. */
function padMonths(out: SettlementCost, horizon: number): void {
  const last = out.cumulativeCny.at(-1) ?? '0.00';
  while (out.monthlyGrossAfterDiscountCny.length < horizon) {
    out.monthlyGrossBeforeDiscountCny.push('0.00');
    out.monthlyGrossAfterDiscountCny.push('0.00');
    out.cumulativeCny.push(last);
  }
}

/** The full settlement (lines, VAT, penalties, quotas) per term, put end to end: for explanations. */
export function createScenarioSettlement(
  scenario: Scenario,
): (usage: SettlementUsage, options?: SettlementOptions) => SettlementResult {
  const plans = settlementPlansOf(scenario);
  const settlers = plans.map((p) => createSettlement(p.terms));
  const horizon = lifecycleOf(scenario).horizonMonths;
  const single = plans.length === 1 && plans[0].term.months === horizon;
  return (usage, options) => {
    const results = plans.map((plan, t) => settlers[t](usageOfTerm(usage, plan, single), options));
    const tagged = results.map((r, t) => tagTerm(r, plans[t].term, t));
    if (single) return tagged[0];
    return joinResults(tagged, plans);
  };
}

/** Marks each installment with its term and whether it is the final settlement on an exit. */
function tagTerm(r: SettlementResult, term: ContractTerm, t: number): SettlementResult {
  const last = r.installments.length - 1;
  return {
    ...r,
    installments: r.installments.map((i, k) => ({
      ...i,
      term: t,
      ...(term.finalSettlementOnExit && k === last ? { finalSettlement: true } : {}),
    })),
  };
}

function joinResults(results: SettlementResult[], plans: TermSettlementPlan[]): SettlementResult {
  const out: SettlementResult = {
    months: [],
    installments: [],
    totalInclVatCny: '0.00',
    totalNetCny: '0.00',
    totalVatCny: '0.00',
    totalDiscountCny: '0.00',
    totalLatePenaltyCny: '0.00',
    cumulativeByMonth: [],
    monthContractTotalExceeded: null,
    overQuota: [],
    providerMayTerminate: false,
  };
  let before = ZERO;
  results.forEach((r, t) => {
    const offset = plans[t].term.startMonth;
    out.months.push(...r.months.map((m) => ({ ...m, month: m.month + offset })));
    out.installments.push(
      ...r.installments.map((i) => ({
        ...i,
        number: out.installments.length + i.number,
        firstMonth: i.firstMonth + offset,
        lastMonth: i.lastMonth + offset,
      })),
    );
    out.totalInclVatCny = plus(out.totalInclVatCny, r.totalInclVatCny);
    out.totalNetCny = plus(out.totalNetCny, r.totalNetCny);
    out.totalVatCny = plus(out.totalVatCny, r.totalVatCny);
    out.totalDiscountCny = plus(out.totalDiscountCny, r.totalDiscountCny);
    out.totalLatePenaltyCny = plus(out.totalLatePenaltyCny, r.totalLatePenaltyCny);
    out.cumulativeByMonth.push(...carried(r.cumulativeByMonth, before));
    if (out.monthContractTotalExceeded === null && r.monthContractTotalExceeded !== null) {
      out.monthContractTotalExceeded = offset + r.monthContractTotalExceeded;
    }
    out.overQuota.push(...r.overQuota.map((q) => ({ ...q, firstMonth: q.firstMonth + offset })));
    out.providerMayTerminate ||= r.providerMayTerminate;
    before = before.plus(r.totalInclVatCny);
  });
  return out;
}

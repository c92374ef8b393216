/**
 * The contract's own figures for every term of a scenario (the signed term and each renewal): each
 * term's total spread at its contracted run rate over its months and split into its installments,
 * with VAT, so that each term's installments add up to its own total to the fen (summarizeContract).
 */
import { lifecycleOf } from '../scenario/lifecycle.ts';
import type { Scenario } from '../scenario/schema.ts';
import { type ContractSummary, summarizeContract } from './contractSummary.ts';

export function summarizeContractTerms(scenario: Scenario): ContractSummary[] {
  return lifecycleOf(scenario).terms.map((t) =>
    summarizeContract({
      term: { startDate: t.startDate, months: t.months },
      contract: {
        totalInclVatCny: t.totalInclVatCny,
        vatRate: scenario.contract.vatRate,
        quotas: { ...t.quotas },
        installmentDueDates: t.installmentDueDates,
      },
    }),
  );
}

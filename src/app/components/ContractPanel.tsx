/**
 * The contract summary of the current scenario, computed in the contract worker. A document that
 * does not have the contract's shape falls back to the built-in baseline rather than a blank panel.
 */
import { useMemo } from 'react';
import type { ContractTermsInput } from '../../contract/contractSummary.ts';
import { termSchema } from '../../scenario/sections/term.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import type { ScenarioDoc } from '../store/types.ts';
import { ContractSummaryView } from './ContractSummaryView.tsx';
import { useContractSummary } from './useContractSummary.ts';

function asContractTerms(doc: ScenarioDoc): ContractTermsInput | null {
  const term = doc.term as Partial<ContractTermsInput['term']> | undefined;
  const contract = doc.contract as Partial<ContractTermsInput['contract']> | undefined;
  const ok =
    termSchema.safeParse(term).success && // e.g. not 1e12 months typed a moment ago
    typeof contract?.totalInclVatCny === 'string' &&
    typeof contract.vatRate === 'string' &&
    Array.isArray(contract.installmentDueDates) &&
    contract.quotas !== null &&
    typeof contract.quotas === 'object';
  return ok ? (doc as unknown as ContractTermsInput) : null;
}

export function ContractPanel() {
  const t = useT();
  const scenario = useApp((s) => s.scenario);
  const base = useApp((s) => s.baseScenario);
  const input = useMemo(() => asContractTerms(scenario) ?? asContractTerms(base), [scenario, base]);
  if (!input) return null;
  return <ContractPanelFor input={input} loading={t('contract.loading')} />;
}

function ContractPanelFor({ input, loading }: { input: ContractTermsInput; loading: string }) {
  const t = useT();
  const state = useContractSummary(input);
  if (state.status === 'loading') return <p role="status">{loading}</p>;
  if (state.status === 'error') {
    return (
      <p role="alert" className="error">
        {t('contract.error', { message: state.message })}
      </p>
    );
  }
  return <ContractSummaryView result={state.result} />;
}

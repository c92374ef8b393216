import baseline from '../../scenarios/luohe-2023-baseline.json';
import type { ContractTermsInput } from '../contract/contractSummary.ts';
import { ContractSummaryView } from './ContractSummaryView.tsx';
import { useContractSummary } from './useContractSummary.ts';

const BASELINE: ContractTermsInput = baseline;

export function App() {
  const state = useContractSummary(BASELINE);
  return (
    <main className="page">
      <header>
        <h1>漯河市“互联网+政务服务”平台云资源 · Luohe government cloud planner</h1>
        <p className="subtitle">{baseline.name}</p>
      </header>
      {state.status === 'loading' && <p role="status">Computing the contract in a worker…</p>}
      {state.status === 'error' && (
        <p role="alert" className="error">
          The contract could not be computed: {state.message}
        </p>
      )}
      {state.status === 'ready' && <ContractSummaryView result={state.result} />}
    </main>
  );
}

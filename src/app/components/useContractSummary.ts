import { useEffect, useState } from 'react';
import type { ContractTermsInput } from '../../contract/contractSummary.ts';
import type { ContractSummaryResult } from '../../runner/contractApi.ts';
import { startContractWorker } from '../../runner/contractClient.ts';

export type SummaryState =
  | { status: 'loading' }
  | { status: 'ready'; result: ContractSummaryResult }
  | { status: 'error'; message: string };

/** Computes the contract summary in the contract worker; the main thread only renders it. */
export function useContractSummary(input: ContractTermsInput): SummaryState {
  const [state, setState] = useState<SummaryState>({ status: 'loading' });
  useEffect(() => {
    const { api, terminate } = startContractWorker();
    let live = true;
    api
      .summarize(input)
      .then((result) => live && setState({ status: 'ready', result }))
      .catch((e: unknown) => live && setState({ status: 'error', message: String(e) }));
    return () => {
      live = false;
      terminate();
    };
  }, [input]);
  return state;
}

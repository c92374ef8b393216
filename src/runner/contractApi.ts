import {
  type ContractSummary,
  type ContractTermsInput,
  summarizeContract,
} from '../contract/contractSummary.ts';

/** Where a result was computed: the UI shows it and the e2e test checks that it was a worker. */
export type ComputeContext = 'worker' | 'main-thread' | 'node';

export interface ContractSummaryResult {
  summary: ContractSummary;
  computedIn: ComputeContext;
}

export function currentContext(): ComputeContext {
  const g = globalThis as { WorkerGlobalScope?: unknown; importScripts?: unknown; document?: unknown };
  if (typeof g.WorkerGlobalScope !== 'undefined' && typeof g.importScripts === 'function') return 'worker';
  if (typeof g.document !== 'undefined') return 'main-thread';
  return 'node';
}

/** The functions the contract worker exposes; tests call them directly. */
export const contractApi = {
  summarize(input: ContractTermsInput): ContractSummaryResult {
    return { summary: summarizeContract(input), computedIn: currentContext() };
  },
};

export type ContractApi = typeof contractApi;

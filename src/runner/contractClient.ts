import * as Comlink from 'comlink';
import type { ContractApi } from './contractApi.ts';

/** Starts the contract worker and returns its comlink proxy. */
export function startContractWorker(): { api: Comlink.Remote<ContractApi>; terminate: () => void } {
  const worker = new Worker(new URL('../../workers/contract.worker.ts', import.meta.url), {
    type: 'module',
    name: 'contract',
  });
  return { api: Comlink.wrap<ContractApi>(worker), terminate: () => worker.terminate() };
}

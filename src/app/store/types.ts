/**
 * Store-facing types. The scenario document type comes from src/scenario (being written now); until
 * then it is typed loosely here, in this one place, so swapping in the real type is a one-line change.
 */
import type { RunSummary } from '../../results/types.ts';

export type ScenarioDoc = Record<string, unknown>;

export type ViewId = 'library' | 'editor' | 'results' | 'compare' | 'report';
export const VIEWS: readonly ViewId[] = ['library', 'editor', 'results', 'compare', 'report'];

export type RiskLevel = 'likely' | 'cautious';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export type { RunSummary };

/** A path into the scenario document, e.g. ['contract', 'quotas', 'vcpu']. */
export type DocPath = readonly (string | number)[];

/** Where the store keeps session state: localStorage in the browser, a Map in tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Results the UI shows that RunSummary does not carry yet (money by resource, host placement). A
 * placeholder shape until src/results adds them; only the sample generator fills it today.
 */
export interface RunExtras {
  /** Median monthly cost incl. VAT per resource group, money strings, one per month. */
  monthlyCostByResource: { resource: string; values: string[] }[];
  /** Cumulative spend incl. VAT at the end of each month, across replications. */
  cumulativeCost: { p5: string[]; p50: string[]; p95: string[] };
  contractTotal: string;
  /** Host utilisation per month: hostsByMonth[m][h]. */
  hostsByMonth: { hostId: string; vcpu: number; ram: number }[][];
}

/** Store-facing types: the scenario is the real, schema-checked `Scenario` from src/scenario. */
import type { RunSummary } from '../../results/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { LinkRepair } from '../../scenario/shareLinkRepair.ts';
import type { ValidationIssue } from '../../scenario/validate.ts';

/**
 * The scenario being edited. Edits keep the shape of a `Scenario` (fields are replaced by values of
 * their own type) but may leave it invalid for a moment (a number out of range): `loadScenario`
 * says what is wrong, field by field, and the run waits until it is valid again.
 */
export type ScenarioDoc = Scenario;

export type ViewId = 'library' | 'editor' | 'results' | 'compare' | 'report';
export const VIEWS: readonly ViewId[] = ['library', 'editor', 'results', 'compare', 'report'];

export type RiskLevel = 'likely' | 'cautious';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled' | 'invalid';

export type { RunSummary, ValidationIssue };

/** A path into the scenario document, e.g. ['contract', 'quotas', 'vcpu']. */
export type DocPath = readonly (string | number)[];

/** Where the store keeps session state: localStorage in the browser, a Map in tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What to tell about a share link that opened (see shareText.ts, shareUrl.ts). */
export interface LinkNotice {
  /** What was repaired in the link on the way ('encoded-hash', 'whitespace', …). */
  repairs: LinkRepair[];
  /** False for an old (format 1) link: it has no checksum, so damage to it cannot be detected. */
  checked: boolean;
  /** Parts of the link that could not be used (English, from the codec). */
  warnings: string[];
}

/** Why a share link could not be opened (shown with the baseline offered instead). */
export interface LinkProblem {
  code: string;
  message: string;
  issues?: ValidationIssue[];
}

/**
 * What the recommender takes and gives back. Plain data (JSON-safe except nothing: the scenario is a
 * document, money is strings to the fen), so the command line prints it and the app stores it.
 */
import type { MoneyString } from '../contract/money.ts';
import type { PerReplicationData } from '../results/aggregate.ts';
import type { ProportionEstimate } from '../results/proportions.ts';
import type { RunSummary } from '../results/types.ts';
import type { Quotas, Scenario } from '../scenario/schema.ts';
import type { HostShape } from './hostInventory.ts';
import type { AdjustableQuota } from './purchaseSteps.ts';
import type { Reading } from './stoppingRule.ts';

/** Runs replications first … first + count − 1 of a scenario (its own seed) and hands back their data. */
export interface PlannerRunner {
  run(
    scenario: Scenario,
    firstReplication: number,
    replications: number,
    onProgress?: (done: number) => void,
  ): Promise<{ summary: RunSummary; perReplication: PerReplicationData }>;
}

export interface RecommendOptions {
  /** Tolerated breach probability per quota over the term (default 0.05). */
  tolerance?: number;
  /** likely: each quota's bound at 95 %; cautious: all quotas' bounds hold together at 95 %. */
  reading?: Reading;
  /** Purchase steps overriding PURCHASE_STEPS. */
  steps?: Partial<Record<AdjustableQuota, number>>;
  /** Size of the hosts the inventory is built of (default: the scenario's most common host). */
  hostShape?: HostShape;
  /** Replications at the first look (default 200) and at most (default 1600). */
  firstLook?: number;
  maxReplications?: number;
  /** Hosts the inventory check may add when VMs are still refused (default 3). */
  maxExtraHosts?: number;
  onProgress?: (progress: RecommendProgress) => void;
}

export type RecommendProgress =
  | { phase: 'sampling'; look: number; looks: number; done: number; total: number }
  | { phase: 'checking'; round: number; done: number; total: number };

/** The evidence about one quota level: Wilson 95 % interval and the rule's corrected bounds. */
export interface LevelReport {
  level: number;
  breach: ProportionEstimate;
  /** One-sided Clopper–Pearson at the rule's corrected confidence. */
  decisionUpper: number;
  decisionLower: number;
}

export interface RecommendedQuota {
  quota: AdjustableQuota;
  unit: string;
  step: number;
  current: number;
  recommended: number;
  /** Breach of the recommended level in the check run of the recommended scenario. */
  evidence: LevelReport;
  /** The level one step lower, on the same replications (null when the level is 0). */
  below: LevelReport | null;
  /** The level one step lower is shown to breach more often than the tolerance (or the level is 0). */
  clear: boolean;
  accepted: boolean;
  peakP50: number;
  peakP95: number;
  peakMax: number;
}

export interface FixedQuotaReport {
  quota: 'dbNodes';
  breach: ProportionEstimate;
  holds: boolean;
}

export interface FrontierPoint {
  kind: 'tolerance' | 'current' | 'recommended' | 'one-step-lower';
  /** The tolerance the set was sized for ('tolerance'), or the quota lowered ('one-step-lower'). */
  tolerance?: number;
  quota?: AdjustableQuota;
  priceCny: MoneyString;
  /** The largest breach estimate over the adjustable quotas, its quota and that quota's Wilson upper bound. */
  worstBreach: number;
  worstUpper: number;
  worstQuota: AdjustableQuota | null;
  quotas: Pick<Quotas, AdjustableQuota>;
}

export interface Recommendation {
  base: { id: string; name: string; nameZh: string; priceCny: MoneyString; quotas: Quotas };
  tolerance: number;
  reading: Reading;
  seed: number | string;
  rule: {
    looks: number[];
    family: number;
    boundConfidence: number;
    /** Replications behind the decisions (the look the rule stopped at). */
    replications: number;
    stoppedEarly: boolean;
    /** Runs of the recommended scenario (one, plus one per host or quota added after a check). */
    checkRuns: number;
    description: string;
  };
  quotas: RecommendedQuota[];
  fixed: FixedQuotaReport[];
  hosts: {
    shape: HostShape;
    count: number;
    reserve: number;
    added: number;
    refusal: ProportionEstimate & { decisionUpper: number; accepted: boolean };
  };
  priceCny: MoneyString;
  /** priceCny − the base scenario's contract price. */
  differenceCny: MoneyString;
  /** Every adjustable quota accepted, refusals accepted, the fixed quotas within the tolerance. */
  holds: boolean;
  scenario: Scenario;
  frontier: FrontierPoint[];
}

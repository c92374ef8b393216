/**
 * The shapes that results travel in, from the models (one replication) through aggregation (N
 * replications) to the UI and the command line. Plain data only: typed arrays, numbers and money
 * strings, so they survive structured clone, JSON and comlink transfer.
 */
import type { MoneyString } from '../contract/money.ts';
import type { SettlementCost, SettlementResult } from '../contract/settlementTypes.ts';
import type { ReplicationNotes } from '../model/context.ts';
import type { ServicePart } from '../scenario/sections/contract.ts';
import type { QuotaKey } from '../scenario/sections/priceCatalog.ts';
import type { LifecycleSummary } from './lifecycleSummary.ts';
import type { MigrationSummary } from './migrationSummary.ts';
import type { RefusalSummary } from './refusals.ts';

/** Monthly series of one replication: one Float64Array per metric, one slot per term month. */
export type MonthlySeries = Record<string, Float64Array>;

/** Keys of the contract's quotas; each has a limit in the scenario's `contract.quotas`. */
export type { QuotaKey } from '../scenario/sections/priceCatalog.ts';

/** What one replication returns: series by metric name plus its monthly money lines. */
export interface ReplicationResult {
  replication: number;
  seed: number;
  series: MonthlySeries;
  /** This replication's settlement, when the runner settled it (money as strings). */
  cost?: ReplicationCost;
  /** Records beyond the series (e.g. the first refused placement), for the explanations. */
  notes?: ReplicationNotes;
  eventsProcessed: number;
}

/** The money of one replication: enough for bands of monthly cost, cumulative spend and installments. */
export type ReplicationCost = SettlementCost;

/** Percentile band of one monthly series across replications: arrays of length `months`. */
export interface Band {
  p5: number[];
  p50: number[];
  p95: number[];
  mean: number[];
}

/** The same for money, as money strings (p-th percentile of the replications' exact amounts). */
export interface MoneyBand {
  p5: MoneyString[];
  p50: MoneyString[];
  p95: MoneyString[];
  mean: MoneyString[];
}

export interface QuotaRisk {
  quota: QuotaKey;
  /** The metric whose monthly peak is compared with the limit, e.g. 'vcpuAllocated'. */
  metric: string;
  /** The limit in the first month that counts (the signed quota unless a renewal or amendment moves it). */
  limit: number;
  /** The limit in force each month, when it changes over the horizon (renewals, quota amendments). */
  limitByMonth?: number[];
  /**
   * With a changing limit only: a replication's highest value ÷ the limit in force that month over the
   * months that count, P50 and P95 across replications (headroom = 1 − this; with one limit it is
   * peakP50/P95 ÷ limit, so it is left out then).
   */
  peakShareOfLimitP50?: number;
  peakShareOfLimitP95?: number;
  unit: string;
  peakP50: number;
  peakP95: number;
  /** P(breached in month m or before), m = 0..months−1, counting only the months that count. */
  breachProbabilityByMonth: number[];
  /** P(over the limit in month m): 0 in a month that does not count (e.g. after an exit). */
  breachProbabilityInMonth: number[];
  /** Count of replications whose first breach fell in month m; index `months` counts "never". */
  firstBreachHistogram: number[];
  /** The month (0-based) in which the first breach falls most often, or null when no replication breaches. */
  mostLikelyFirstBreachMonth: number | null;
  /** Largest excess over the month's limit (≥ 0) in the months that count, median over the replications. */
  excessP50: number;
  excessP95: number;
}

/** Money across replications: nearest-rank percentiles (an amount some replication really had). */
export interface CostSummary {
  /** Per month, what its usage costs before the fault discount (Σ of its catalog lines). */
  monthlyGrossBeforeDiscount: MoneyBand;
  /** Per month, its share of its installment's fault discount (clause 2.2.4). */
  monthlyFaultDiscount: MoneyBand;
  /**
   * Per month, its bill after the fault discount: what is paid. Its `mean` is rounded cumulatively,
   * so the months' means add up to `total.mean` to the fen; percentiles do not add up.
   */
  monthlyGrossAfterDiscount: MoneyBand;
  /** Spend to the end of each month: Σ bills after discount. */
  cumulative: MoneyBand;
  installments: { gross: MoneyBand; vat: MoneyBand; discount: MoneyBand };
  total: { p5: MoneyString; p50: MoneyString; p95: MoneyString; mean: MoneyString };
  /** Share of replications whose spend exceeds the contract total within the term. */
  exceedProbability: number;
  /** Per contract term (a scenario with renewals): that term's spend, incl. VAT. */
  terms?: { total: { p5: MoneyString; p50: MoneyString; p95: MoneyString; mean: MoneyString } }[];
}

export interface RunSummary {
  scenarioId: string;
  /** Hash of the scenario document the run used (inputs' fingerprint). */
  inputsHash: string;
  seed: number | string;
  replications: number;
  months: number;
  /** 'YYYY-MM' for each term month. */
  monthLabels: string[];
  metrics: Record<string, { unit: string; band: Band }>;
  quotas: QuotaRisk[];
  cost?: CostSummary;
  /** Why VMs did not fit (issue 9's explanations); absent when no replication reported notes. */
  refusals?: RefusalSummary;
  /** Exact settlements of the median and the p95 replication (by total cost), line by line. */
  costExplained?: CostExplained;
  /** The contract in force over time: terms and their boundary, installments, the exit, months in force. */
  lifecycle?: LifecycleSummary;
  /** Each migration's copy against its window (issue 14's first-class result); absent without copies. */
  migrations?: MigrationSummary[];
}

/** One replication's settlement with every line, picked to explain a cost figure exactly. */
export interface ExplainedReplication {
  replication: number;
  /** 'likely' = the nearest-rank median replication by total cost; 'cautious' = the p95 one. */
  reading: 'likely' | 'cautious';
  settlement: SettlementResult;
  /** This replication's service availability per month (0..1): the fault discount's input (clause 2.2.4). */
  availabilityByMonth?: number[];
  /** Per part the scenario can count (database, compute, egress), its availability per month (0..1). */
  availabilityParts?: Partial<Record<ServicePart, number[]>>;
}

export interface CostExplained {
  likely: ExplainedReplication;
  cautious: ExplainedReplication;
}

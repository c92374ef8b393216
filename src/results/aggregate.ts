import { type FoldOptions, PartialBuilder } from './partial.ts';
import { type AccumulatorOptions, type PerReplicationData, RunAccumulator } from './runAccumulator.ts';
import type { QuotaKey, ReplicationResult, RunSummary } from './types.ts';

export type { PerReplicationData };

export interface AggregatorOptions extends AccumulatorOptions {
  quotaLimits: Partial<Record<QuotaKey, number>>;
  /**
   * Per quota, the limit in force each month (renewal terms, amendments): where given it replaces
   * `quotaLimits` for that quota. From the scenario's lifecycle (src/scenario/lifecycle.ts).
   */
  quotaLimitsByMonth?: FoldOptions['quotaLimitsByMonth'];
  /**
   * The months that count, 1 or 0 per month (absent: all): breach probabilities, first-breach months,
   * peaks and excesses read only these. Months after an exit do not count (nothing is in force); a run
   * "as of" a month may count only the months after it. A general mask, not an exit special case.
   */
  countedMonths?: ArrayLike<number>;
}

/**
 * Replications folded one at a time, in any order, in one thread: each becomes a one-replication
 * partial merged into a RunAccumulator — the same fold and merge the workers and the coordinator use,
 * so its summary is byte-identical to a pooled run's. For tests, the golden runs and small tools; a
 * run on workers uses PartialBuilder and RunAccumulator directly.
 */
export class ReplicationAggregator {
  private readonly builder: PartialBuilder;
  private readonly accumulator: RunAccumulator;

  constructor(options: AggregatorOptions) {
    this.builder = new PartialBuilder({
      months: options.monthLabels.length,
      quotaLimits: options.quotaLimits,
      quotaLimitsByMonth: options.quotaLimitsByMonth,
      countedMonths: options.countedMonths,
      migrationCopies: options.migrationPlans?.length ?? 0,
    });
    this.accumulator = new RunAccumulator(options);
  }

  get replicationsDone(): number {
    return this.accumulator.replicationsDone;
  }

  /** Adds one replication; a replayed replication (e.g. after a worker restart) counts once. */
  add(result: ReplicationResult): void {
    this.builder.begin(result.replication);
    this.builder.add(result);
    this.accumulator.merge(this.builder.finish());
  }

  summarize(): RunSummary {
    return this.accumulator.summarize();
  }

  perReplication(): PerReplicationData {
    return this.accumulator.perReplication();
  }
}

/**
 * The comparison sheet of 2–4 options (e.g. renewal options), as data: one column per option and,
 * for every option after the first (the reference), its paired differences against the reference.
 * The command line's `compare --json` and the app's sheet both render this, so the figures agree.
 *
 * The options must have been run with the same seed and replication count (common random numbers):
 * replication i of every option saw the same draws, so every difference is taken replication by
 * replication — one kind of difference, the paired mean of (option − reference) with a 95 %
 * interval: Student-t for amounts and availabilities, Newcombe's paired interval for probabilities.
 * Probabilities of one option carry Wilson 95 % intervals.
 */
import { Money, type MoneyString, moneyString } from '../contract/money.ts';
import type { PerReplicationData } from './aggregate.ts';
import {
  type PairedMoneyDifference,
  type PairedNumberDifference,
  pairedMoneyDifference,
  pairedNumberDifference,
} from './compare.ts';
import {
  countTrue,
  newcombePairedDifference,
  type PairedProportionDifference,
  type ProportionEstimate,
  wilsonInterval,
} from './proportions.ts';
import type { QuotaKey, RunSummary } from './types.ts';

export const COMPARISON_CONFIDENCE = 0.95;

/** One option as run: its identity, its contract price and the run's summary and per-replication data. */
export interface OptionRun {
  id: string;
  name: string;
  nameZh: string;
  /** The contract's total price incl. VAT (scenario `contract.totalInclVatCny`). */
  contractPriceCny: MoneyString;
  summary: RunSummary;
  perReplication: PerReplicationData;
}

export interface QuotaColumn {
  quota: QuotaKey;
  limit: number;
  unit: string;
  /** P(breached at least once in the term), Wilson 95 %. */
  breach: ProportionEstimate;
  /** Month index and 'YYYY-MM' in which the first breach falls most often; null when never. */
  mostLikelyFirstBreachMonth: number | null;
  mostLikelyFirstBreachLabel: string | null;
  peakP50: number;
  peakP95: number;
}

export interface OptionColumn {
  id: string;
  name: string;
  nameZh: string;
  contractPriceCny: MoneyString;
  /** Projected spend over the term (settled on usage), across replications. */
  spend: { p5: MoneyString; p50: MoneyString; p95: MoneyString; mean: MoneyString };
  /** Projected spend ÷ contract price at the same percentiles (null when the price is 0). */
  spendToPrice: { p5: number; p50: number; p95: number } | null;
  /** P(spend exceeds the contract total within the term), Wilson 95 %. */
  exceedsPrice: ProportionEstimate;
  quotas: QuotaColumn[];
  /** P(at least one VM placement refused in the term), Wilson 95 %. */
  placementRefusal: ProportionEstimate;
  /** DB availability over the term (mean of monthly availabilities), mean and P5 across replications. */
  dbAvailability: { mean: number; p5: number } | null;
  /** Mean over replications of the fault discounts withheld (clause 2.2.4). */
  expectedFaultDiscountCny: MoneyString | null;
}

export interface OptionDifference {
  option: string;
  reference: string;
  /** Exact: option's contract price − reference's. */
  contractPriceCny: MoneyString;
  spend: PairedMoneyDifference | null;
  quotas: Partial<Record<QuotaKey, PairedProportionDifference>>;
  placementRefusal: PairedProportionDifference;
  dbAvailability: PairedNumberDifference | null;
  faultDiscount: PairedMoneyDifference | null;
}

export interface ComparisonSheet {
  replications: number;
  seed: number | string;
  monthLabels: string[];
  confidence: number;
  /** Columns in the order given; the first is the reference. */
  options: OptionColumn[];
  /** One per option after the first, against the first. */
  differences: OptionDifference[];
  /** What the differences are, in words (for JSON readers). */
  differenceMethod: string;
}

export const DIFFERENCE_METHOD =
  'paired mean of (option − reference) over replications run with common random numbers; 95 % interval: Student t for amounts and availabilities, Newcombe paired score interval for probabilities';

function allMoney(values: readonly (string | undefined)[]): values is string[] {
  return values.every((v) => v !== undefined);
}

function meanMoney(values: readonly string[]): MoneyString {
  let sum = new Money(0);
  for (const v of values) sum = sum.plus(v);
  return moneyString(values.length ? sum.dividedBy(values.length) : sum);
}

function nearestRank(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function ratio(amount: MoneyString, price: MoneyString): number {
  return new Money(amount).dividedBy(price).toNumber();
}

function columnOf(run: OptionRun): OptionColumn {
  const { summary, perReplication: per } = run;
  const n = per.replications.length;
  const cost = summary.cost;
  const spend = cost?.total ?? { p5: '0.00', p50: '0.00', p95: '0.00', mean: '0.00' };
  const priced = !new Money(run.contractPriceCny).isZero();
  const quotas: QuotaColumn[] = summary.quotas.map((q) => {
    const flags = per.breached[q.quota];
    const breaches = flags ? countTrue(flags) : Math.round((q.breachProbabilityByMonth.at(-1) ?? 0) * n);
    const month = q.mostLikelyFirstBreachMonth;
    return {
      quota: q.quota,
      limit: q.limit,
      unit: q.unit,
      breach: wilsonInterval(breaches, n, COMPARISON_CONFIDENCE),
      mostLikelyFirstBreachMonth: month,
      mostLikelyFirstBreachLabel: month === null ? null : (summary.monthLabels[month] ?? null),
      peakP50: q.peakP50,
      peakP95: q.peakP95,
    };
  });
  const exceeded = cost ? Math.round(cost.exceedProbability * n) : 0;
  const availability = per.dbAvailability ? [...per.dbAvailability].sort((a, b) => a - b) : null;
  return {
    id: run.id,
    name: run.name,
    nameZh: run.nameZh,
    contractPriceCny: run.contractPriceCny,
    spend,
    spendToPrice: priced
      ? {
          p5: ratio(spend.p5, run.contractPriceCny),
          p50: ratio(spend.p50, run.contractPriceCny),
          p95: ratio(spend.p95, run.contractPriceCny),
        }
      : null,
    exceedsPrice: wilsonInterval(exceeded, n, COMPARISON_CONFIDENCE),
    quotas,
    placementRefusal: wilsonInterval(countTrue(per.refused), n, COMPARISON_CONFIDENCE),
    dbAvailability: availability
      ? {
          mean: availability.reduce((s, a) => s + a, 0) / Math.max(1, availability.length),
          p5: nearestRank(availability, 0.05),
        }
      : null,
    expectedFaultDiscountCny: allMoney(per.discounts) && n > 0 ? meanMoney(per.discounts) : null,
  };
}

function differenceOf(reference: OptionRun, option: OptionRun): OptionDifference {
  const a = reference.perReplication;
  const b = option.perReplication;
  const quotas: Partial<Record<QuotaKey, PairedProportionDifference>> = {};
  for (const q of option.summary.quotas) {
    const fa = a.breached[q.quota];
    const fb = b.breached[q.quota];
    if (fa && fb) quotas[q.quota] = newcombePairedDifference(fa, fb, COMPARISON_CONFIDENCE);
  }
  return {
    option: option.id,
    reference: reference.id,
    contractPriceCny: moneyString(new Money(option.contractPriceCny).minus(reference.contractPriceCny)),
    spend:
      allMoney(a.totals) && allMoney(b.totals)
        ? pairedMoneyDifference(a.totals, b.totals, COMPARISON_CONFIDENCE)
        : null,
    quotas,
    placementRefusal: newcombePairedDifference(a.refused, b.refused, COMPARISON_CONFIDENCE),
    dbAvailability:
      a.dbAvailability && b.dbAvailability
        ? pairedNumberDifference(a.dbAvailability, b.dbAvailability, COMPARISON_CONFIDENCE)
        : null,
    faultDiscount:
      allMoney(a.discounts) && allMoney(b.discounts)
        ? pairedMoneyDifference(a.discounts, b.discounts, COMPARISON_CONFIDENCE)
        : null,
  };
}

/**
 * Builds the sheet. Throws when the options were not run on the same replications (a paired
 * difference of unpaired runs would be meaningless): same count and the same replication indices.
 */
export function compareOptions(runs: readonly OptionRun[]): ComparisonSheet {
  if (runs.length < 2) throw new Error('a comparison needs at least two options');
  const [reference, ...others] = runs;
  const indices = reference.perReplication.replications.join(',');
  for (const r of others) {
    if (r.perReplication.replications.join(',') !== indices)
      throw new Error(`option ${r.id} was not run on the same replications as ${reference.id}`);
    if (r.summary.seed !== reference.summary.seed)
      throw new Error(`option ${r.id} was run with another seed than ${reference.id}`);
  }
  return {
    replications: reference.perReplication.replications.length,
    seed: reference.summary.seed,
    monthLabels: reference.summary.monthLabels,
    confidence: COMPARISON_CONFIDENCE,
    options: runs.map(columnOf),
    differences: others.map((o) => differenceOf(reference, o)),
    differenceMethod: DIFFERENCE_METHOD,
  };
}

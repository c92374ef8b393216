/**
 * The recommender's statistics: which quota level holds a tolerance α, and when the evidence is
 * enough to stop running replications.
 *
 * A quota's breach is the event "its metric's peak over the term exceeds the level", so one sample
 * of per-replication peaks answers every level at once (common random numbers: all levels are read
 * off the same replications). A level is ACCEPTED when the breach probability's upper bound is
 * ≤ α by both the exact one-sided Clopper–Pearson bound at the rule's corrected confidence and the
 * Wilson 95 % bound every table shows. The recommended level is the lowest accepted multiple of the
 * purchase step. Its decision is CLEAR when the level one step lower is shown to breach more often
 * than α (its Clopper–Pearson lower bound > α) — then the level is a local minimum — or when it is 0.
 *
 * Sequential looks and multiplicity (Bonferroni): replications are added in looks (n₀, 2n₀, 4n₀, …
 * up to a maximum, J looks in all) until every quota's decision is clear. Each bound is taken at
 * one-sided confidence 1 − 0.05 / (J · K): J for the looks (the rule may stop at any of them) and K
 * for the quotas whose joint statement is claimed (K = 1 with the likely reading: each quota's own
 * statement holds with 95 % confidence; K = the adjustable quotas with the cautious reading: all of
 * them hold together with 95 % confidence). No correction over levels is needed: breach counts fall
 * as the level rises, so a wrong acceptance can only happen at the highest level whose true
 * probability is above α — one event per quota and look.
 */
import {
  clopperPearsonLower,
  clopperPearsonUpper,
  type ProportionEstimate,
  wilsonInterval,
} from '../results/proportions.ts';

export type Reading = 'likely' | 'cautious';

/** The familywise error the rule spends over looks (and quotas, cautious): 5 %. */
export const RULE_ERROR = 0.05;

export interface StoppingRule {
  /** Cumulative replication counts at which the rule looks, ascending. */
  looks: number[];
  /** Quotas in the Bonferroni family (1 with the likely reading). */
  family: number;
  /** One-sided confidence of every decision bound: 1 − RULE_ERROR / (looks · family). */
  boundConfidence: number;
  reading: Reading;
}

export function stoppingRule(options: {
  firstLook: number;
  maxReplications: number;
  adjustableQuotas: number;
  reading: Reading;
}): StoppingRule {
  const { firstLook, maxReplications } = options;
  if (!(Number.isInteger(firstLook) && firstLook >= 1 && maxReplications >= firstLook))
    throw new RangeError(`expected 1 ≤ first look ≤ maximum, got ${firstLook} and ${maxReplications}`);
  const looks: number[] = [];
  for (let n = firstLook; n < maxReplications; n *= 2) looks.push(n);
  looks.push(maxReplications);
  const family = options.reading === 'cautious' ? Math.max(1, options.adjustableQuotas) : 1;
  return {
    looks,
    family,
    boundConfidence: 1 - RULE_ERROR / (looks.length * family),
    reading: options.reading,
  };
}

/** A sample of one quota's per-replication peaks, sorted ascending, for counting breaches of any level. */
export class PeakSample {
  private readonly sorted: Float64Array;

  constructor(peaks: ArrayLike<number>) {
    // A NaN peak (a series that recorded nothing) never counts as a breach: it sorts last and is dropped.
    this.sorted = Float64Array.from(peaks).sort();
    let end = this.sorted.length;
    while (end > 0 && Number.isNaN(this.sorted[end - 1])) end--;
    this.n = peaks.length;
    this.valid = end;
  }

  readonly n: number;
  private readonly valid: number;

  /** Replications whose peak exceeds `level` (a breach of a quota set at that level). */
  breachesAt(level: number): number {
    let lo = 0;
    let hi = this.valid;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid] > level) hi = mid;
      else lo = mid + 1;
    }
    return this.valid - lo;
  }

  get max(): number {
    return this.valid > 0 ? this.sorted[this.valid - 1] : 0;
  }

  /** The p-quantile by nearest rank (what the peak bands show). */
  quantile(p: number): number {
    if (this.valid === 0) return 0;
    return this.sorted[Math.min(this.valid - 1, Math.max(0, Math.ceil(p * this.valid) - 1))];
  }
}

export interface LevelEvidence {
  level: number;
  /** Breach estimate with its Wilson 95 % interval. */
  breach: ProportionEstimate;
  /** Clopper–Pearson one-sided bounds at the rule's corrected confidence. */
  decisionUpper: number;
  decisionLower: number;
}

export interface QuotaDecision {
  /** The lowest accepted level (a multiple of the step), or null when no level can be accepted yet. */
  level: number | null;
  evidence: LevelEvidence | null;
  /** The level one step lower, when there is one. */
  below: LevelEvidence | null;
  /** The level is a shown local minimum (or 0): more replications would not lower it. */
  clear: boolean;
}

export function evidenceAt(sample: PeakSample, level: number, rule: StoppingRule): LevelEvidence {
  const breaches = sample.breachesAt(level);
  return {
    level,
    breach: wilsonInterval(breaches, sample.n),
    decisionUpper: clopperPearsonUpper(breaches, sample.n, rule.boundConfidence),
    decisionLower: clopperPearsonLower(breaches, sample.n, rule.boundConfidence),
  };
}

/** Does a level hold the tolerance: both upper bounds (corrected Clopper–Pearson, Wilson 95 %) ≤ α? */
export function accepts(evidence: LevelEvidence, tolerance: number): boolean {
  return evidence.decisionUpper <= tolerance && evidence.breach.high <= tolerance;
}

/** Multiples of `step` are the purchasable levels; levels are rounded to 9 decimals (1 TB steps of TB). */
export function levelOf(multiple: number, step: number): number {
  return Math.round(multiple * step * 1e9) / 1e9;
}

/** The lowest accepted multiple of `step` for a tolerance, and whether that decision is clear. */
export function decideQuota(
  sample: PeakSample,
  step: number,
  tolerance: number,
  rule: StoppingRule,
): QuotaDecision {
  const top = Math.max(0, Math.ceil(sample.max / step - 1e-9));
  // Breach counts fall as the level rises, so acceptance is monotone: bisect on the multiple.
  if (!accepts(evidenceAt(sample, levelOf(top, step), rule), tolerance))
    return { level: null, evidence: null, below: null, clear: false };
  let lo = 0;
  let hi = top;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (accepts(evidenceAt(sample, levelOf(mid, step), rule), tolerance)) hi = mid;
    else lo = mid + 1;
  }
  const evidence = evidenceAt(sample, levelOf(lo, step), rule);
  const below = lo > 0 ? evidenceAt(sample, levelOf(lo - 1, step), rule) : null;
  return {
    level: evidence.level,
    evidence,
    below,
    clear: below === null || below.decisionLower > tolerance,
  };
}

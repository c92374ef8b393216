/**
 * The recommender: the cheapest quota set — and the host inventory that delivers it with N+1 — whose
 * every breach probability's upper 95 % bound is within the tolerance α, over the whole term.
 *
 * 1. Sample the scenario's demand in looks (stoppingRule.ts): replications 0 … n−1 of its own seed,
 *    each look adding new replications, until every quota's decision is clear or the maximum is run.
 *    A quota's breach depends on its own metric's peak over the term, and the demand does not depend
 *    on the limits, so one sample answers every level of every quota.
 * 2. Each quota's level: the lowest multiple of its purchase step that the rule accepts.
 * 3. Build the recommended scenario: the quotas, the contract priced on them, hosts of the stated
 *    size for N+1. Check it by simulation on the same replications (common random numbers): the
 *    breach counts must be the ones predicted (a quota whose demand reacts to its limit is re-decided
 *    from the check's own peaks), and VMs must not be refused more often than α (else add a host).
 * 4. Price the cost–risk frontier of the sets tried (frontier.ts).
 * Deterministic for a seed: every run is replications by index, whatever the number of workers.
 * Refuses (NotRecommendableError) a scenario whose timeline changes quotas or hosts mid-term.
 */
import { Money, moneyString } from '../contract/money.ts';
import type { PerReplicationData } from '../results/aggregate.ts';
import { clopperPearsonUpper, countTrue, wilsonInterval } from '../results/proportions.ts';
import { QUOTA_METRICS } from '../results/quotaMetrics.ts';
import type { RunSummary } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { buildFrontier, pickAdjustable } from './frontier.ts';
import { defaultHostShape, type HostShape, hostCountFor, RESERVE_HOSTS } from './hostInventory.ts';
import { ADJUSTABLE_QUOTAS, type AdjustableQuota, PURCHASE_STEPS } from './purchaseSteps.ts';
import { assertRecommendable } from './recommendable.ts';
import type {
  FixedQuotaReport,
  PlannerRunner,
  Recommendation,
  RecommendedQuota,
  RecommendOptions,
} from './recommendationTypes.ts';
import { describeRule, recommendedScenario } from './recommendedScenario.ts';
import {
  accepts,
  decideQuota,
  evidenceAt,
  levelOf,
  PeakSample,
  type QuotaDecision,
  type StoppingRule,
  stoppingRule,
} from './stoppingRule.ts';

export const DEFAULT_TOLERANCE = 0.05;
const MAX_CHECK_ROUNDS = 6;

type Peaks = Map<AdjustableQuota, number[]>;

function appendPeaks(into: Peaks, per: PerReplicationData): void {
  for (const q of ADJUSTABLE_QUOTAS) {
    const peaks = per.peaks[q];
    if (!peaks) continue;
    const list = into.get(q) ?? [];
    for (const p of peaks) list.push(p);
    into.set(q, list);
  }
}

function samplesOf(peaks: Peaks): Map<AdjustableQuota, PeakSample> {
  return new Map([...peaks].map(([q, list]) => [q, new PeakSample(list)]));
}

function decide(
  samples: ReadonlyMap<AdjustableQuota, PeakSample>,
  steps: Readonly<Record<AdjustableQuota, number>>,
  tolerance: number,
  rule: StoppingRule,
): Map<AdjustableQuota, QuotaDecision> {
  return new Map([...samples].map(([q, s]) => [q, decideQuota(s, steps[q], tolerance, rule)]));
}

/** The level to buy: the decision's, or (nothing accepted yet) the largest peak rounded up to the step. */
function levelFor(decision: QuotaDecision | undefined, sample: PeakSample, step: number): number {
  return decision?.level ?? levelOf(Math.ceil(sample.max / step - 1e-9), step);
}

export async function recommend(
  base: Scenario,
  runner: PlannerRunner,
  options: RecommendOptions = {},
): Promise<Recommendation> {
  assertRecommendable(base);
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (!(tolerance > 0 && tolerance < 1))
    throw new RangeError(`expected a tolerance between 0 and 1, got ${tolerance}`);
  const reading = options.reading ?? 'likely';
  const steps = { ...PURCHASE_STEPS, ...options.steps };
  const shape: HostShape = options.hostShape ?? defaultHostShape(base.compute);
  const rule = stoppingRule({
    firstLook: options.firstLook ?? 200,
    maxReplications: options.maxReplications ?? 1600,
    adjustableQuotas: ADJUSTABLE_QUOTAS.length,
    reading,
  });

  // 1–2. Sample the demand in looks until every quota's decision is clear.
  const peaks: Peaks = new Map();
  let n = 0;
  let decisions = new Map<AdjustableQuota, QuotaDecision>();
  let samples = new Map<AdjustableQuota, PeakSample>();
  for (const [i, look] of rule.looks.entries()) {
    const { perReplication } = await runner.run(base, n, look - n, (done) =>
      options.onProgress?.({
        phase: 'sampling',
        look: i + 1,
        looks: rule.looks.length,
        done: n + done,
        total: look,
      }),
    );
    appendPeaks(peaks, perReplication);
    n = look;
    samples = samplesOf(peaks);
    decisions = decide(samples, steps, tolerance, rule);
    if ([...decisions.values()].every((d) => d.level !== null && d.clear)) break;
  }

  // 3. The recommended scenario, checked on the same replications.
  const quotas = pickAdjustable(base.contract.quotas);
  for (const [q, sample] of samples) quotas[q] = levelFor(decisions.get(q), sample, steps[q]);
  let hostCount = hostCountFor(quotas, shape, base.compute.overcommit);
  const minimumHosts = hostCount;
  let check: { summary: RunSummary; perReplication: PerReplicationData } | null = null;
  let scenario = base;
  let checkRuns = 0;
  for (let round = 1; round <= MAX_CHECK_ROUNDS; round++) {
    checkRuns = round;
    hostCount = Math.max(hostCount, hostCountFor(quotas, shape, base.compute.overcommit));
    scenario = recommendedScenario(base, {
      quotas,
      shape,
      hostCount,
      tolerance,
      reading,
      rule,
      replications: n,
    });
    check = await runner.run(scenario, 0, n, (done) =>
      options.onProgress?.({ phase: 'checking', round, done, total: n }),
    );
    // A quota whose peaks moved with its own limit (e.g. a copy that uses a wider link) is re-decided.
    const checkSamples = samplesOf(
      new Map(ADJUSTABLE_QUOTAS.map((q) => [q, check!.perReplication.peaks[q] ?? []])),
    );
    let changed = false;
    for (const [q, sample] of checkSamples) {
      if (sample.n === 0) continue;
      const level = levelFor(decideQuota(sample, steps[q], tolerance, rule), sample, steps[q]);
      if (level > quotas[q]) {
        quotas[q] = level;
        changed = true;
      }
    }
    samples = new Map([...checkSamples].filter(([, s]) => s.n > 0));
    const refusals = countTrue(check.perReplication.refused);
    const refusalOk =
      clopperPearsonUpper(refusals, n, rule.boundConfidence) <= tolerance &&
      wilsonInterval(refusals, n).high <= tolerance;
    if (!changed && (refusalOk || hostCount - minimumHosts >= (options.maxExtraHosts ?? 3))) break;
    if (!changed) hostCount++;
  }
  if (!check) throw new Error('the recommender ran no check');
  return report({
    base,
    scenario,
    check,
    samples,
    quotas,
    steps,
    shape,
    hostCount,
    minimumHosts,
    tolerance,
    rule,
    n,
    checkRuns,
  });
}

interface ReportInputs {
  base: Scenario;
  scenario: Scenario;
  check: { summary: RunSummary; perReplication: PerReplicationData };
  samples: Map<AdjustableQuota, PeakSample>;
  quotas: ReturnType<typeof pickAdjustable>;
  steps: Readonly<Record<AdjustableQuota, number>>;
  shape: HostShape;
  hostCount: number;
  minimumHosts: number;
  tolerance: number;
  rule: StoppingRule;
  n: number;
  checkRuns: number;
}

/** 4. The recommendation as data: per-quota evidence from the check run, hosts, price, frontier. */
function report(r: ReportInputs): Recommendation {
  const { base, scenario, check, samples, quotas, steps, tolerance, rule, n } = r;
  const unitOf = (q: string) => QUOTA_METRICS.find((d) => d.quota === q)?.unit ?? '';
  const recommendedQuotas: RecommendedQuota[] = [];
  for (const q of ADJUSTABLE_QUOTAS) {
    const sample = samples.get(q);
    if (!sample) continue;
    const evidence = evidenceAt(sample, quotas[q], rule);
    const lower = quotas[q] - steps[q];
    const below =
      lower >= -1e-9 ? evidenceAt(sample, levelOf(Math.round(lower / steps[q]), steps[q]), rule) : null;
    recommendedQuotas.push({
      quota: q,
      unit: unitOf(q),
      step: steps[q],
      current: base.contract.quotas[q],
      recommended: quotas[q],
      evidence,
      below,
      clear: below === null || below.decisionLower > tolerance,
      accepted: accepts(evidence, tolerance),
      peakP50: sample.quantile(0.5),
      peakP95: sample.quantile(0.95),
      peakMax: sample.max,
    });
  }
  const fixed: FixedQuotaReport[] = [];
  const dbFlags = check.perReplication.breached.dbNodes;
  if (dbFlags) {
    const breach = wilsonInterval(countTrue(dbFlags), n);
    fixed.push({ quota: 'dbNodes', breach, holds: breach.high <= tolerance });
  }
  const refusals = countTrue(check.perReplication.refused);
  const refusal = wilsonInterval(refusals, n);
  const decisionUpper = clopperPearsonUpper(refusals, n, rule.boundConfidence);
  const refusalAccepted = decisionUpper <= tolerance && refusal.high <= tolerance;
  const priceCny = scenario.contract.totalInclVatCny;
  return {
    base: {
      id: base.id,
      name: base.name,
      nameZh: base.nameZh,
      priceCny: base.contract.totalInclVatCny,
      quotas: base.contract.quotas,
    },
    tolerance,
    reading: rule.reading,
    seed: base.simulation.seed,
    rule: {
      looks: rule.looks,
      family: rule.family,
      boundConfidence: rule.boundConfidence,
      replications: n,
      stoppedEarly: n < rule.looks[rule.looks.length - 1],
      checkRuns: r.checkRuns,
      description: describeRule(rule),
    },
    quotas: recommendedQuotas,
    fixed,
    hosts: {
      shape: r.shape,
      count: r.hostCount,
      reserve: RESERVE_HOSTS,
      added: r.hostCount - r.minimumHosts,
      refusal: { ...refusal, decisionUpper, accepted: refusalAccepted },
    },
    priceCny,
    differenceCny: moneyString(new Money(priceCny).minus(base.contract.totalInclVatCny)),
    holds: recommendedQuotas.every((q) => q.accepted) && refusalAccepted && fixed.every((f) => f.holds),
    scenario,
    frontier: buildFrontier({ scenario: base, samples, steps, rule, tolerance, recommended: quotas }),
  };
}

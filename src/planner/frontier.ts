/**
 * The cost–risk frontier: the quota sets the recommender tried, each priced and with the worst
 * breach probability over its adjustable quotas, all read off the same replications (common random
 * numbers). It holds the cheapest set for each of a ladder of tolerances (the same rule as the
 * recommendation, another α), the current scenario's own set, the recommendation, and the
 * recommendation with one quota lowered by one step (which shows that it is a local minimum).
 */
import { Money } from '../contract/money.ts';
import { wilsonInterval } from '../results/proportions.ts';
import type { Quotas, Scenario } from '../scenario/schema.ts';
import { ADJUSTABLE_QUOTAS, type AdjustableQuota } from './purchaseSteps.ts';
import { priceOfQuotas } from './quotaPricing.ts';
import type { FrontierPoint } from './recommendationTypes.ts';
import { decideQuota, levelOf, type PeakSample, type StoppingRule } from './stoppingRule.ts';

/** Tolerances the frontier sizes sets for, besides the requested one. */
export const FRONTIER_TOLERANCES = [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5] as const;

type QuotaSet = Pick<Quotas, AdjustableQuota>;

export interface FrontierInputs {
  scenario: Scenario;
  samples: ReadonlyMap<AdjustableQuota, PeakSample>;
  steps: Readonly<Record<AdjustableQuota, number>>;
  rule: StoppingRule;
  tolerance: number;
  recommended: QuotaSet;
}

function point(
  inputs: FrontierInputs,
  kind: FrontierPoint['kind'],
  quotas: QuotaSet,
  extra: Pick<FrontierPoint, 'tolerance' | 'quota'> = {},
): FrontierPoint {
  let worstBreach = -1;
  let worstUpper = 0;
  let worstQuota: AdjustableQuota | null = null;
  for (const q of ADJUSTABLE_QUOTAS) {
    const sample = inputs.samples.get(q);
    if (!sample) continue;
    const w = wilsonInterval(sample.breachesAt(quotas[q]), sample.n);
    if (w.estimate > worstBreach || (w.estimate === worstBreach && w.high > worstUpper)) {
      worstBreach = w.estimate;
      worstUpper = w.high;
      worstQuota = q;
    }
  }
  return {
    kind,
    ...extra,
    priceCny: priceOfQuotas(inputs.scenario, quotas),
    worstBreach: Math.max(0, worstBreach),
    worstUpper,
    worstQuota,
    quotas,
  };
}

/** The cheapest set for tolerance τ: each quota's lowest accepted level (its largest peak, rounded up, if none). */
function setFor(inputs: FrontierInputs, tau: number): QuotaSet {
  const set = { ...pickAdjustable(inputs.scenario.contract.quotas) };
  for (const q of ADJUSTABLE_QUOTAS) {
    const sample = inputs.samples.get(q);
    if (!sample) continue;
    const step = inputs.steps[q];
    const d = decideQuota(sample, step, tau, inputs.rule);
    set[q] = d.level ?? levelOf(Math.ceil(sample.max / step - 1e-9), step);
  }
  return set;
}

export function pickAdjustable(quotas: Quotas): QuotaSet {
  const out = {} as QuotaSet;
  for (const q of ADJUSTABLE_QUOTAS) out[q] = quotas[q];
  return out;
}

export function buildFrontier(inputs: FrontierInputs): FrontierPoint[] {
  const points: FrontierPoint[] = [];
  const tolerances = [...new Set([...FRONTIER_TOLERANCES, inputs.tolerance])].sort((a, b) => a - b);
  for (const tau of tolerances)
    points.push(point(inputs, 'tolerance', setFor(inputs, tau), { tolerance: tau }));
  points.push(point(inputs, 'current', pickAdjustable(inputs.scenario.contract.quotas)));
  points.push(point(inputs, 'recommended', inputs.recommended, { tolerance: inputs.tolerance }));
  for (const q of ADJUSTABLE_QUOTAS) {
    const step = inputs.steps[q];
    const lowered = inputs.recommended[q] - step;
    if (lowered < 0 || !inputs.samples.has(q)) continue;
    points.push(
      point(
        inputs,
        'one-step-lower',
        { ...inputs.recommended, [q]: levelOf(lowered / step, step) },
        { quota: q },
      ),
    );
  }
  return points.sort((a, b) => new Money(a.priceCny).comparedTo(b.priceCny) || a.worstBreach - b.worstBreach);
}

/**
 * The recommendation as a scenario document: the base scenario with the recommended quotas, the
 * contract priced on them (quotaPricing.ts) and hosts of the stated size for N+1. Its id, names and
 * description say where it came from, so it can be saved, shared and compared like any other.
 */
import type { Quotas, Scenario } from '../scenario/schema.ts';
import { MAX_NAME_CHARS, MAX_TEXT_CHARS } from '../scenario/sections/common.ts';
import { type HostShape, hostsOf, RESERVE_HOSTS } from './hostInventory.ts';
import type { AdjustableQuota } from './purchaseSteps.ts';
import { contractWithQuotas } from './quotaPricing.ts';
import { type Reading, RULE_ERROR, type StoppingRule } from './stoppingRule.ts';

export interface RecommendedScenarioInputs {
  quotas: Pick<Quotas, AdjustableQuota>;
  shape: HostShape;
  hostCount: number;
  tolerance: number;
  reading: Reading;
  rule: StoppingRule;
  replications: number;
}

const ID_SUFFIX = '-recommended';

function percent(p: number): string {
  return `${Number((p * 100).toPrecision(3))}`;
}

/** The stopping rule in one sentence, for the JSON and the scenario's description. */
export function describeRule(rule: StoppingRule): string {
  const looks = rule.looks.join(', ');
  const family =
    rule.family === 1
      ? 'each quota on its own'
      : `all ${rule.family} adjustable quotas together (Bonferroni over quotas too)`;
  return `Sequential looks at ${looks} replications; a level is accepted when its breach probability's Clopper–Pearson upper bound at one-sided ${percent(rule.boundConfidence)} % (${percent(RULE_ERROR)} % spread over ${rule.looks.length} looks by Bonferroni) and its Wilson 95 % upper bound are both within the tolerance, ${family}; the rule stops when the level one step lower is shown to exceed the tolerance for every quota.`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function recommendedScenario(base: Scenario, inputs: RecommendedScenarioInputs): Scenario {
  const id = base.id.endsWith(ID_SUFFIX) ? base.id : `${base.id.slice(0, 64 - ID_SUFFIX.length)}${ID_SUFFIX}`;
  const alpha = percent(inputs.tolerance);
  const reading = inputs.reading === 'cautious' ? 'cautious' : 'likely';
  const readingZh = inputs.reading === 'cautious' ? '谨慎' : '最可能';
  return {
    ...base,
    id,
    name: clip(`${base.name} — recommended (≤ ${alpha} % breach)`, MAX_NAME_CHARS),
    nameZh: clip(`${base.nameZh}——推荐配额（超限概率 ≤ ${alpha}%）`, MAX_NAME_CHARS),
    description: clip(
      `The cheapest quotas in purchase steps whose every breach probability over the term has an upper 95 % bound ≤ ${alpha} % (${reading} reading), found by the recommender from "${base.name}" on ${inputs.replications} replications of seed ${base.simulation.seed}; ${inputs.hostCount} hosts of ${inputs.shape.vcpu} vCPU / ${inputs.shape.ramGb} GB / ${inputs.shape.diskTb} TB carry them with ${RESERVE_HOSTS} host in reserve (N+1). ${describeRule(inputs.rule)}`,
      MAX_TEXT_CHARS,
    ),
    descriptionZh: clip(
      `由推荐器根据"${base.nameZh}"（种子 ${base.simulation.seed}，${inputs.replications} 次重复，${readingZh}读数）按购买步长求得的最便宜配额：合同期内每项配额的超限概率 95% 上界 ≤ ${alpha}%；${inputs.hostCount} 台 ${inputs.shape.vcpu} vCPU / ${inputs.shape.ramGb} GB / ${inputs.shape.diskTb} TB 主机，保留 ${RESERVE_HOSTS} 台（N+1）。`,
      MAX_TEXT_CHARS,
    ),
    contract: contractWithQuotas(base, inputs.quotas),
    compute: {
      ...base.compute,
      hosts: hostsOf(inputs.hostCount, inputs.shape),
      haReserveHosts: RESERVE_HOSTS,
    },
  };
}

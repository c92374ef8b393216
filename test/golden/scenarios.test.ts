import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReplicationAggregator } from '../../src/results/aggregate.ts';
import { fingerprint } from '../../src/runner/fingerprint.ts';
import { createReplicator } from '../../src/runner/replicate.ts';
import { lifecycleAggregation } from '../../src/runner/scenarioRun.ts';
import { BUILT_IN_SCENARIOS } from '../../src/scenario/library.ts';

/**
 * Golden runs: every file in scenarios/ runs with its own seed and must match its committed summary
 * in test/golden/<id>.json. A change to a model or a scenario that moves any number fails here; when
 * the change is on purpose, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden` and say why
 * in the commit.
 */
const REPLICATIONS = 16;

function digest(id: string) {
  const scenario = BUILT_IN_SCENARIOS.get(id)!;
  const replicate = createReplicator(scenario);
  const agg = new ReplicationAggregator({
    scenarioId: id,
    inputsHash: fingerprint(scenario),
    seed: scenario.simulation.seed,
    replications: REPLICATIONS,
    ...lifecycleAggregation(scenario),
  });
  for (let i = 0; i < REPLICATIONS; i++) agg.add(replicate(i));
  const s = agg.summarize();
  const last = s.months - 1;
  return {
    scenario: id,
    inputsHash: s.inputsHash,
    seed: s.seed,
    replications: s.replications,
    quotas: s.quotas.map((q) => ({
      quota: q.quota,
      limit: q.limit,
      peakP50: q.peakP50,
      peakP95: q.peakP95,
      breachProbability: q.breachProbabilityByMonth[last],
      mostLikelyFirstBreachMonth: q.mostLikelyFirstBreachMonth,
    })),
    lastMonthP50: Object.fromEntries(Object.entries(s.metrics).map(([name, m]) => [name, m.band.p50[last]])),
    cost: s.cost && {
      total: s.cost.total,
      exceedProbability: s.cost.exceedProbability,
      installments: s.cost.installments.gross.p50,
    },
  };
}

describe('golden runs of every built-in scenario', () => {
  for (const id of BUILT_IN_SCENARIOS.keys()) {
    it(`${id} matches its committed summary`, () => {
      const file = new URL(`./${id}.json`, import.meta.url);
      const actual = JSON.parse(JSON.stringify(digest(id)));
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
        if (!process.env.UPDATE_GOLDEN) throw new Error(`wrote a new golden file for ${id}: commit it`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    }, 60_000);
  }
});

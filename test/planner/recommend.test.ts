import { afterAll, describe, expect, it } from 'vitest';
import { Money } from '../../src/contract/money.ts';
import { poolPlannerRunner } from '../../src/planner/poolRunner.ts';
import { PURCHASE_STEPS } from '../../src/planner/purchaseSteps.ts';
import { recommend } from '../../src/planner/recommend.ts';
import { wilsonInterval } from '../../src/results/proportions.ts';
import { inProcessWorkerFactory } from '../../src/runner/inProcessWorkers.ts';
import { WorkerPool } from '../../src/runner/pool.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadScenario } from '../../src/scenario/validate.ts';

const pool = new WorkerPool(inProcessWorkerFactory, 1);
const runner = poolPlannerRunner(pool);
afterAll(() => pool.terminate());

/** The baseline's first year: the same estate and noise at a third of the cost per replication. */
function oneYear(scenario: Scenario): Scenario {
  return {
    ...scenario,
    id: 'one-year-baseline',
    term: { ...scenario.term, months: 12 },
    contract: { ...scenario.contract, installmentDueDates: ['2023-06-30', '2023-12-31'] },
  };
}

/** Every source of demand noise switched off (host failures remain: they move no demand). */
function deterministic(scenario: Scenario): Scenario {
  const quiet = (p: Scenario['network']['egress']) => ({ ...p, noiseCv: 0, dailyNoiseCv: 0 });
  return {
    ...scenario,
    id: 'deterministic-demand',
    compute: {
      ...scenario.compute,
      systems: scenario.compute.systems.map((s) => ({ ...s, growth: { ...s.growth, vmsPerYear: 0 } })),
    },
    storage: {
      ...scenario.storage,
      growthRateCv: 0,
      backup: { ...scenario.storage.backup, changeRateCv: 0 },
    },
    network: {
      ...scenario.network,
      egress: quiet(scenario.network.egress),
      serverToServer: quiet(scenario.network.serverToServer),
      ddos: { ...scenario.network.ddos, eventsPerYear: 0 },
    },
  };
}

describe('the recommender', () => {
  it('buys each quota at the peak demand rounded up to its step when demand has no noise', async () => {
    const scenario = deterministic(oneYear(builtInScenario(BASELINE_ID)!));
    const r = await recommend(scenario, runner, { firstLook: 200, maxReplications: 400 });
    // One look was enough: every level one step lower breaches in every run.
    expect(r.rule.replications).toBe(200);
    for (const q of r.quotas) {
      // SMS daily counts are Poisson (the model has no noise-free SMS); at 100,000 a step it does
      // not matter, and every other peak is the same in every run.
      if (q.quota !== 'smsPerYear') expect(q.peakMax).toBe(q.peakP50);
      const step = PURCHASE_STEPS[q.quota];
      expect(q.recommended, q.quota).toBeCloseTo(Math.ceil(q.peakMax / step - 1e-9) * step, 9);
      expect(q.evidence.breach.successes, q.quota).toBe(0);
      expect(q.clear, q.quota).toBe(true);
    }
    expect(r.hosts.count).toBeGreaterThanOrEqual(3);
    expect(loadScenario(r.scenario).ok).toBe(true);
  }, 300_000);

  it('holds the tolerance at a fresh seed, and one step lower on any quota breaches more often', async () => {
    const base = oneYear(builtInScenario(BASELINE_ID)!);
    const r = await recommend(base, runner, { firstLook: 200, maxReplications: 1600 });
    expect(r.holds).toBe(true);
    expect(r.quotas.every((q) => q.accepted)).toBe(true);
    const n = 1600;
    const fresh = { ...r.scenario, simulation: { ...r.scenario.simulation, seed: 'fresh-seed' } };
    const { perReplication } = await runner.run(fresh, 0, n);
    for (const q of r.quotas) {
      const peaks = perReplication.peaks[q.quota]!;
      const breaches = perReplication.breached[q.quota]!.filter(Boolean).length;
      expect(wilsonInterval(breaches, n).high, q.quota).toBeLessThanOrEqual(0.05);
      // The same replications with this one quota a step lower: demand does not move with the
      // limit (the check run verified it), so its breaches are the peaks above the lower level.
      const lowered = peaks.filter((p) => p > q.recommended - q.step).length / n;
      expect(lowered, q.quota).toBeGreaterThan(0.05);
    }
    // That shortcut, checked where a limit does act in the model (the VM count admits VMs): a run
    // with the VM count one step lower breaches exactly where the peaks say it would.
    const vm = r.quotas.find((q) => q.quota === 'vmCount')!;
    const lowerVm = {
      ...fresh,
      contract: {
        ...fresh.contract,
        quotas: { ...fresh.contract.quotas, vmCount: vm.recommended - vm.step },
      },
    };
    const direct = await runner.run(lowerVm, 0, 100);
    const predicted = perReplication.peaks.vmCount!.slice(0, 100).map((p) => p > vm.recommended - vm.step);
    expect(direct.perReplication.breached.vmCount).toEqual(predicted);
  }, 900_000);

  it('prices the recommendation for the 2026 renewal below the expand option', async () => {
    const asIs = builtInScenario('renewal-2026-as-is')!;
    const expand = builtInScenario('renewal-2026-expand')!;
    const r = await recommend(asIs, runner, { firstLook: 100, maxReplications: 200 });
    // Deterministic for a seed whatever the number of workers (replications are run by index).
    const three = new WorkerPool(inProcessWorkerFactory, 3);
    try {
      const again = await recommend(asIs, poolPlannerRunner(three), { firstLook: 100, maxReplications: 200 });
      expect(JSON.stringify(again)).toBe(JSON.stringify(r));
    } finally {
      three.terminate();
    }
    expect(new Money(r.priceCny).lessThan(expand.contract.totalInclVatCny)).toBe(true);
    expect(r.scenario.contract.totalInclVatCny).toBe(r.priceCny);
    // Storage is over the as-is quota from day one: the recommendation buys more of it.
    const storage = r.quotas.find((q) => q.quota === 'storageTb')!;
    expect(storage.recommended).toBeGreaterThan(asIs.contract.quotas.storageTb);
    // The DB node load is not sold in steps: reported, not sized.
    expect(r.fixed[0].quota).toBe('dbNodes');
    expect(r.frontier.some((p) => p.kind === 'recommended' && p.priceCny === r.priceCny)).toBe(true);
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import { inProcessWorkerFactory } from '../../src/runner/inProcessWorkers.ts';
import { WorkerPool } from '../../src/runner/pool.ts';
import { createReplicator } from '../../src/runner/replicate.ts';
import { replicationTimeLimitSeconds } from '../../src/runner/replicationWatchdog.ts';
import { startScenarioRun } from '../../src/runner/scenarioRun.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadScenario } from '../../src/scenario/validate.ts';
import { largestEstate } from '../hostile/extremeScenarios.ts';

/**
 * The runner's side of the budgets: a replication's wall clock is watched here (the pure core never
 * reads it), money that cannot be represented is refused, and either ends the run with the message.
 */
const baseline = builtInScenario(BASELINE_ID)!;

function stopMessage(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('not stopped');
}

describe('the runner enforces the budgets', () => {
  it('stops the largest estate at its replication time limit, naming the model and the fields', () => {
    const doc = largestEstate();
    doc.simulation.replicationTimeLimitSeconds = 0.2;
    const checked = loadScenario(doc);
    expect(checked.ok).toBe(true);
    const scenario = (checked as { scenario: Scenario }).scenario;
    const started = performance.now();
    const message = stopMessage(() => createReplicator(scenario)(0));
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(message).toMatch(
      /^Replication 0 was stopped at .* it used up its 0.2 s time budget, most of it in the (compute|network|storage|sms) model/,
    );
    expect(message).toMatch(/Make it lighter by changing [a-z]+\./);
  });

  it('refuses a replication whose bill cannot be represented, naming the month, the line and the fields', () => {
    // Past validation (which refuses this) on purpose: the runner must hold on its own.
    const runaway: Scenario = {
      ...baseline,
      contract: {
        ...baseline.contract,
        priceCatalog: { ...baseline.contract.priceCatalog, calibrationFactor: '999999999999' },
      },
    };
    const message = stopMessage(() => createReplicator(runaway)(0));
    expect(message).toContain('Replication 0 was stopped: its bill reaches ¥');
    expect(message).toContain('in 2023-01, beyond the ¥9.00e+13 the planner can add up to the fen');
    expect(message).toContain('Check contract.priceCatalog.calibrationFactor');
    expect(message).toContain('最大的一项是');
  });

  it('ends the run with the stop message instead of hanging at "running"', async () => {
    // Valid at its nominal rates (100 %/yr), but the per-replication rate factor (lognormal, CV 5)
    // sometimes draws ten times that: 11^10 × the data is a bill no summary can hold.
    const runaway: Scenario = {
      ...baseline,
      simulation: { ...baseline.simulation, replications: 8 },
      storage: {
        ...baseline.storage,
        growthRateCv: 5,
        systems: baseline.storage.systems.map((s) => ({
          ...s,
          growth: { kind: 'compound' as const, ratePerYear: 1 },
        })),
      },
      term: { ...baseline.term, months: 120 },
    };
    expect(loadScenario(runaway).ok).toBe(true);
    const pool = new WorkerPool(inProcessWorkerFactory, 2);
    try {
      const { outcome } = await startScenarioRun(pool, runaway).outcome;
      expect(outcome.status).toBe('failed');
      expect(outcome.status === 'failed' && outcome.error).toContain('its bill reaches ¥');
      expect(outcome.status === 'failed' && outcome.error).toContain('storage.systems[].growth.ratePerYear');
    } finally {
      pool.terminate();
    }
  }, 60_000);

  it('fails the run with a message when the coordinator cannot take a partial', async () => {
    const pool = new WorkerPool(inProcessWorkerFactory, 1);
    try {
      const handle = pool.run({
        scenario: baseline,
        replications: 2,
        onPartial: () => {
          throw new Error('money beyond ¥90 trillion: "1e+30"');
        },
      });
      expect(await handle.outcome).toEqual({
        status: 'failed',
        replications: expect.any(Number),
        error: 'money beyond ¥90 trillion: "1e+30"',
      });
    } finally {
      pool.terminate();
    }
  });

  it('reads the limit from the scenario, 20 s when absent', () => {
    expect(replicationTimeLimitSeconds(baseline)).toBe(20);
    const tight = { ...baseline, simulation: { ...baseline.simulation, replicationTimeLimitSeconds: 0.5 } };
    expect(replicationTimeLimitSeconds(tight)).toBe(0.5);
    expect(
      loadScenario({ ...tight, simulation: { ...tight.simulation, replicationTimeLimitSeconds: 21 } }).ok,
    ).toBe(false);
  });
});

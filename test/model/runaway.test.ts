import { describe, expect, it } from 'vitest';
import type { InstallModel } from '../../src/model/context.ts';
import {
  REPLICATION_EVENT_BUDGET,
  ReplicationStoppedError,
  runReplication,
} from '../../src/model/runReplication.ts';
import { SUBSYSTEMS } from '../../src/model/subsystems.ts';
import { createWatchdog } from '../../src/runner/replicationWatchdog.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

/**
 * A runaway is stopped within 30 s with a message naming the model and the fields to change. Two
 * kinds are exercised: a model that reschedules itself without end (events), and one whose month-end
 * work never gets lighter (time, watched by the runner's clock).
 */
const baseline = builtInScenario(BASELINE_ID)!;

function stopOf(run: () => unknown): ReplicationStoppedError {
  try {
    run();
  } catch (e) {
    if (e instanceof ReplicationStoppedError) return e;
    throw e;
  }
  throw new Error('the runaway was not stopped');
}

describe('a runaway replication is stopped with a message naming it', () => {
  it('a model rescheduling itself without end: stopped by the event budget, the model named', () => {
    const spinner: InstallModel = Object.assign(
      (ctx: Parameters<InstallModel>[0]) => {
        const h = ctx.sim.on((s) => s.scheduleIn(0, h));
        ctx.sim.schedule(60, h);
      },
      { modelName: 'spinner' },
    );
    const started = performance.now();
    const stop = stopOf(() => runReplication(baseline, 0, [...SUBSYSTEMS, spinner]));
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(stop.kind).toBe('events');
    expect(stop.owner).toBe('spinner');
    expect(stop.message).toContain(
      `its budget of ${REPLICATION_EVENT_BUDGET.toLocaleString('en-US')} events`,
    );
    expect(stop.message).toContain('the spinner model');
    expect(stop.message).toContain('2023-01-01T01:00');
    expect(stop.message.split('\n')[1]).toMatch(/^编号为0的重复运行在模拟时间.*被停止/);
  });

  it('a host-failure storm (refused by validation, forced here) is blamed on compute.hostFailure', () => {
    const storm: Scenario = {
      ...baseline,
      compute: {
        ...baseline.compute,
        hostFailure: { kind: 'deterministic', hours: 1e-4 },
        hostRepair: { kind: 'deterministic', hours: 1e-4 },
      },
    };
    const started = performance.now();
    const stop = stopOf(() => runReplication(storm, 0, undefined, { maxEvents: 200_000 }));
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(stop.owner).toBe('compute');
    expect(stop.message).toContain(
      'Make it lighter by changing compute.hostFailure, compute.hostRepair, compute.hosts',
    );
  });

  it('month-end work that takes too long: stopped by the watchdog in about its time limit, the model named', () => {
    const slow: InstallModel = Object.assign(
      (ctx: Parameters<InstallModel>[0]) =>
        ctx.onMonthEnd(() => {
          const until = performance.now() + 40;
          while (performance.now() < until) {
            // busy: a month's work that takes 40 ms
          }
        }),
      { modelName: 'slow-closer' },
    );
    const started = performance.now();
    const stop = stopOf(() =>
      runReplication(baseline, 2, [...SUBSYSTEMS, slow], { watchdog: createWatchdog(0.5) }),
    );
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(500);
    expect(took).toBeLessThan(30_000);
    expect(stop.kind).toBe('time');
    expect(stop.owner).toBe('slow-closer');
    expect(stop.message).toContain('it used up its 0.5 s time budget, most of it in the slow-closer model');
    expect(stop.message).toContain('用尽0.5秒的时间预算');
  });

  it('a scenario within its budgets runs as before: same events, same numbers', () => {
    const plain = runReplication(baseline, 4);
    const watched = runReplication(baseline, 4, undefined, { watchdog: createWatchdog(20) });
    expect(watched.eventsProcessed).toBe(plain.eventsProcessed);
    expect(watched.series).toEqual(plain.series);
  });
});

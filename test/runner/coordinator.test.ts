import { describe, expect, it } from 'vitest';
import { Money } from '../../src/contract/money.ts';
import { inProcessWorkerFactory } from '../../src/runner/inProcessWorkers.ts';
import type { WorkerFactory } from '../../src/runner/pool.ts';
import { createRunCoordinator, type RunUpdate } from '../../src/runner/runCoordinator.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';

describe('run coordinator (the run worker’s logic, in process)', () => {
  it('streams progress and early bands, then explains the median and p95 costs line by line', async () => {
    let clock = 0;
    const coordinator = createRunCoordinator(inProcessWorkerFactory, 2, () => clock++);
    const updates: RunUpdate[] = [];
    const final = await coordinator.run(
      {
        scenario: builtInScenario(BASELINE_ID),
        replications: 12,
        batchSize: 3,
        summaryIntervalMs: 0,
        perReplication: true,
      },
      (u) => updates.push(u),
    );
    coordinator.terminate();
    expect(final.status).toBe('done');
    if (final.status !== 'done') return;
    const progress = updates.filter((u) => u.kind === 'progress');
    expect(progress.at(-1)).toEqual({ kind: 'progress', done: 12, total: 12 });
    const early = updates.find((u) => u.kind === 'summary');
    expect(early && early.kind === 'summary' && early.summary.replications).toBeLessThan(12);

    const cost = final.summary.cost!;
    const explained = final.summary.costExplained!;
    // The explained replications are the nearest-rank median and p95 by total: their totals are the figures shown.
    expect(explained.likely.settlement.totalInclVatCny).toBe(cost.total.p50);
    expect(explained.cautious.settlement.totalInclVatCny).toBe(cost.total.p95);
    // And their lines add up: lines → month, months → installments (less discount), installments → total.
    const s = explained.likely.settlement;
    for (const month of s.months) {
      const lines = month.lines.reduce((sum, l) => sum.plus(l.amountCny), new Money(0));
      expect(lines.toFixed(2)).toBe(month.grossAfterDiscountCny);
    }
    const installments = s.installments.reduce((sum, i) => sum.plus(i.grossCny), new Money(0));
    expect(installments.toFixed(2)).toBe(s.totalInclVatCny);
    expect(final.summary.refusals?.replications).toBe(12);
    expect(final.perReplication?.replications).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(final.perReplication?.totals).toHaveLength(12);
  });

  it('explains in its own thread, the same lines, when no worker can (the models then load there)', async () => {
    const request = { scenario: builtInScenario(BASELINE_ID), replications: 8, batchSize: 4 };
    const withWorkers = createRunCoordinator(inProcessWorkerFactory, 2, () => 0);
    const inWorkers = await withWorkers.run(request, () => {});
    withWorkers.terminate();
    const cannotExplain: WorkerFactory = (onCrash, onBeat) => {
      const { explain: _none, ...rest } = inProcessWorkerFactory(onCrash, onBeat);
      return rest;
    };
    const alone = createRunCoordinator(cannotExplain, 2, () => 0);
    const inCoordinator = await alone.run(request, () => {});
    alone.terminate();
    expect(inWorkers.status).toBe('done');
    expect(inCoordinator.status).toBe('done');
    if (inWorkers.status !== 'done' || inCoordinator.status !== 'done') return;
    expect(inCoordinator.summary.costExplained).toBeDefined();
    expect(inCoordinator.summary.costExplained).toEqual(inWorkers.summary.costExplained);
  });

  it('rejects an invalid scenario with the fields named, without running', async () => {
    const coordinator = createRunCoordinator(inProcessWorkerFactory, 1, () => 0);
    const final = await coordinator.run({ scenario: { version: 1, id: 'x' } }, () => {});
    coordinator.terminate();
    expect(final.status).toBe('invalid');
    if (final.status === 'invalid') expect(final.issues.map((i) => i.path)).toContain('term');
  });
});

import { describe, expect, it } from 'vitest';
import { identityOf, isWhole, type RunIdentity, supersedes } from '../../src/results/runIdentity.ts';
import { inProcessWorkerFactory } from '../../src/runner/inProcessWorkers.ts';
import { createRunCoordinator, type RunUpdate } from '../../src/runner/runCoordinator.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';

const id = (runId: number, done: number, status: RunIdentity['status']): RunIdentity => ({
  runId,
  inputsHash: 'h',
  seed: 1,
  replicationsDone: done,
  replicationsTotal: 200,
  status,
});

describe('which summary supersedes which', () => {
  it('a newer run replaces an older one, never the other way round', () => {
    expect(supersedes(id(2, 10, 'partial'), id(1, 200, 'final'))).toBe(true);
    expect(supersedes(id(1, 200, 'final'), id(2, 10, 'partial'))).toBe(false);
  });

  it('within a run: settled is the last word; partials only grow', () => {
    expect(supersedes(id(1, 150, 'partial'), id(1, 200, 'final'))).toBe(false);
    expect(supersedes(id(1, 199, 'partial'), id(1, 50, 'cancelled'))).toBe(false);
    expect(supersedes(id(1, 200, 'final'), id(1, 150, 'partial'))).toBe(true);
    expect(supersedes(id(1, 100, 'partial'), id(1, 150, 'partial'))).toBe(false);
    expect(supersedes(id(1, 150, 'partial'), id(1, 150, 'partial'))).toBe(false);
    expect(supersedes(id(1, 151, 'partial'), id(1, 150, 'partial'))).toBe(true);
    expect(supersedes(id(1, 1, 'partial'), null)).toBe(true);
  });

  it('only a final summary of every replication is whole', () => {
    expect(isWhole(id(1, 200, 'final'))).toBe(true);
    expect(isWhole(id(1, 199, 'final'))).toBe(false);
    expect(isWhole(id(1, 200, 'partial'))).toBe(false);
    expect(isWhole(id(1, 120, 'cancelled'))).toBe(false);
  });
});

describe('the run coordinator names the run in what it sends', () => {
  it('echoes the run id and sends each summary with its identity', async () => {
    let clock = 0;
    const coordinator = createRunCoordinator(inProcessWorkerFactory, 1, () => clock++);
    const updates: RunUpdate[] = [];
    const scenario = builtInScenario(BASELINE_ID);
    const final = await coordinator.run(
      { scenario, runId: 7, replications: 6, batchSize: 2, summaryIntervalMs: 0 },
      (u) => updates.push(u),
    );
    coordinator.terminate();
    expect(final.status).toBe('done');
    if (final.status !== 'done') return;
    expect(final.identity).toEqual(identityOf(final.summary, 7, 6, 'final'));
    expect(final.identity?.inputsHash).toMatch(/^[0-9a-f]{16}$/);
    expect(final.identity?.seed).toBe(scenario?.simulation.seed);
    const summaries = updates.filter((u) => u.kind === 'summary');
    expect(summaries.length).toBeGreaterThan(0);
    for (const u of summaries) {
      expect(u.runId).toBe(7);
      expect(u.identity).toMatchObject({ runId: 7, status: 'partial', replicationsTotal: 6 });
      expect(u.identity?.replicationsDone).toBe(u.summary.replications);
    }
    for (const u of updates.filter((x) => x.kind === 'progress')) expect(u.runId).toBe(7);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRunController } from '../../src/app/run/runController.ts';
import { createAppStore } from '../../src/app/store/createAppStore.ts';
import type { RunSummary } from '../../src/results/types.ts';
import type { RunFinal, RunRequest, RunUpdate } from '../../src/runner/runCoordinator.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const BASE = builtInScenario(BASELINE_ID) as Scenario;

function summaryOf(replications: number): RunSummary {
  return {
    scenarioId: BASE.id,
    inputsHash: 'x',
    seed: 1,
    replications,
    months: 36,
    monthLabels: [],
    metrics: {},
    quotas: [],
  };
}

function fakeClient() {
  const calls: { request: RunRequest; onUpdate: (u: RunUpdate) => void; resolve: (f: RunFinal) => void }[] =
    [];
  return {
    calls,
    cancel: vi.fn(),
    run(request: RunRequest, onUpdate: (u: RunUpdate) => void) {
      return new Promise<RunFinal>((resolve) => calls.push({ request, onUpdate, resolve }));
    },
  };
}

function makeStore() {
  return createAppStore({
    storage: null,
    navigatorLanguages: ['en'],
    initialView: 'results',
    builtInScenarios: new Map([[BASELINE_ID, BASE]]),
  });
}

afterEach(() => vi.useRealTimers());

describe('run controller', () => {
  it('shows partial summaries, then the final one, and drops updates of a replaced run', async () => {
    const store = makeStore();
    const client = fakeClient();
    const controller = startRunController(store, () => client);
    controller.runNow();
    expect(store.getState().runStatus).toBe('running');
    const first = client.calls[0];
    first.onUpdate({ kind: 'summary', done: 50, total: 200, summary: summaryOf(50) });
    expect(store.getState().runSummary?.replications).toBe(50);
    controller.runNow();
    first.onUpdate({ kind: 'progress', done: 199, total: 200 });
    expect(store.getState().replicationsDone).toBe(0);
    client.calls[1].resolve({ status: 'done', summary: summaryOf(200), wallMs: 10 });
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().runStatus).toBe('done');
    expect(store.getState().runSummary?.replications).toBe(200);
    controller.dispose();
  });

  it('runs again after an edit settles, and not at all while the scenario is invalid', () => {
    vi.useFakeTimers();
    const store = makeStore();
    const client = fakeClient();
    const controller = startRunController(store, () => client, { debounceMs: 600 });
    store.getState().editScenario(['contract', 'quotas', 'vcpu'], 600);
    store.getState().editScenario(['contract', 'quotas', 'vcpu'], 610);
    vi.advanceTimersByTime(599);
    expect(client.calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(client.calls).toHaveLength(1);
    expect((client.calls[0].request.scenario as Scenario).contract.quotas.vcpu).toBe(610);

    store.getState().editScenario(['term', 'months'], -3);
    vi.advanceTimersByTime(600);
    expect(client.calls).toHaveLength(1);
    expect(store.getState().runStatus).toBe('invalid');
    expect(store.getState().runIssues[0].path).toBe('term.months');
    controller.dispose();
  });

  it('cancels a running run', () => {
    const store = makeStore();
    const client = fakeClient();
    const controller = startRunController(store, () => client);
    controller.runNow();
    controller.cancel();
    expect(client.cancel).toHaveBeenCalled();
    expect(store.getState().runStatus).toBe('cancelled');
    controller.dispose();
  });
});

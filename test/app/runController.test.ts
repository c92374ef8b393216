import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRunController } from '../../src/app/run/runController.ts';
import { createAppStore } from '../../src/app/store/createAppStore.ts';
import { identityOf, isWhole } from '../../src/results/runIdentity.ts';
import type { RunSummary } from '../../src/results/types.ts';
import type { RunFinal, RunRequest, RunUpdate } from '../../src/runner/runCoordinator.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const BASE = builtInScenario(BASELINE_ID) as Scenario;

function summaryOf(replications: number, inputsHash = 'x'): RunSummary {
  return {
    scenarioId: BASE.id,
    inputsHash,
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

async function flush(): Promise<void> {
  for (let i = 0; i < 3; i++) await Promise.resolve();
}

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

  it('keeps the final, whole result when a partial of the same run arrives after it', async () => {
    const store = makeStore();
    const client = fakeClient();
    const controller = startRunController(store, () => client);
    controller.runNow();
    const run = client.calls[0];
    const runId = run.request.runId as number;
    expect(runId).toBeGreaterThan(0);
    const partial = (done: number) => ({
      kind: 'summary' as const,
      done,
      total: 200,
      summary: summaryOf(done),
      identity: identityOf(summaryOf(done), runId, 200, 'partial'),
    });
    run.onUpdate(partial(100));
    run.resolve({
      status: 'done',
      summary: summaryOf(200),
      wallMs: 10,
      identity: identityOf(summaryOf(200), runId, 200, 'final'),
    });
    await flush();
    // Partials sent before the final one travel on another port and may arrive after it.
    run.onUpdate(partial(154));
    run.onUpdate({ kind: 'progress', done: 179, total: 200, runId });
    run.onUpdate(partial(179));
    const s = store.getState();
    expect(s.runStatus).toBe('done');
    expect(s.runSummary?.replications).toBe(200);
    expect(s.runIdentity).toMatchObject({
      runId,
      status: 'final',
      replicationsDone: 200,
      replicationsTotal: 200,
    });
    expect(isWhole(s.runIdentity!)).toBe(true);
    expect(s.replicationsDone).toBe(200);
    controller.dispose();
  });

  it('keeps the newer run when a summary or the result of an older run arrives after it started', async () => {
    const store = makeStore();
    const client = fakeClient();
    const controller = startRunController(store, () => client);
    controller.runNow();
    const older = client.calls[0];
    const olderId = older.request.runId as number;
    older.onUpdate({
      kind: 'summary',
      done: 50,
      total: 200,
      summary: summaryOf(50, 'old'),
      identity: identityOf(summaryOf(50, 'old'), olderId, 200, 'partial'),
    });
    store.getState().editScenario(['contract', 'quotas', 'vcpu'], 520);
    controller.runNow();
    const newer = client.calls[1];
    const newerId = newer.request.runId as number;
    expect(newerId).toBeGreaterThan(olderId);
    newer.resolve({
      status: 'done',
      summary: summaryOf(200, 'new'),
      wallMs: 10,
      identity: identityOf(summaryOf(200, 'new'), newerId, 200, 'final'),
    });
    await flush();
    // The older run's late messages: a partial, and even its final result.
    older.onUpdate({
      kind: 'summary',
      done: 154,
      total: 200,
      summary: summaryOf(154, 'old'),
      identity: identityOf(summaryOf(154, 'old'), olderId, 200, 'partial'),
    });
    older.resolve({
      status: 'done',
      summary: summaryOf(200, 'old'),
      wallMs: 10,
      identity: identityOf(summaryOf(200, 'old'), olderId, 200, 'final'),
    });
    await flush();
    const s = store.getState();
    expect(s.runStatus).toBe('done');
    expect(s.runSummary?.inputsHash).toBe('new');
    expect(s.runIdentity).toMatchObject({ runId: newerId, status: 'final', replicationsDone: 200 });
    expect(s.runScenario?.contract.quotas.vcpu).toBe(520);
    controller.dispose();
  });

  it('the store alone refuses what is older or less complete, whoever delivers it', () => {
    const store = makeStore();
    const st = () => store.getState();
    st().runStarted(2, 200, BASE);
    st().runResult(summaryOf(200), identityOf(summaryOf(200), 2, 200, 'final'));
    st().runEnded(2, { status: 'done', summary: null, identity: null, wallMs: 5 });
    st().runResult(summaryOf(120), identityOf(summaryOf(120), 2, 200, 'partial'));
    st().runResult(summaryOf(199), identityOf(summaryOf(199), 1, 200, 'final'));
    st().runStarted(1, 200, BASE); // an older id cannot become the active run
    expect(st().activeRunId).toBe(2);
    expect(st().runSummary?.replications).toBe(200);
    expect(st().runStatus).toBe('done');
    st().runStarted(3, 200, BASE);
    st().runResult(summaryOf(40), identityOf(summaryOf(40), 3, 200, 'partial'));
    st().runResult(summaryOf(20), identityOf(summaryOf(20), 3, 200, 'partial'));
    expect(st().runIdentity).toMatchObject({ runId: 3, replicationsDone: 40, status: 'partial' });
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
    // An invalid document does not run; the last valid one stays what runs and what shows.
    expect(client.calls).toHaveLength(1);
    expect(store.getState().scenarioIssues[0].path).toBe('term.months');
    expect(store.getState().lastValidScenario.contract.quotas.vcpu).toBe(610);
    expect(store.getState().lastValidScenario.term.months).toBe(36);
    controller.runNow();
    expect((client.calls[1].request.scenario as Scenario).term.months).toBe(36);
    controller.dispose();
  });

  it('a draft that is not a number keeps the last valid scenario running', () => {
    vi.useFakeTimers();
    const store = makeStore();
    const client = fakeClient();
    const controller = startRunController(store, () => client, { debounceMs: 600 });
    store.getState().setDraft('contract.quotas.vcpu', '5OO');
    vi.advanceTimersByTime(600);
    expect(client.calls).toHaveLength(0);
    controller.runNow();
    expect((client.calls[0].request.scenario as Scenario).contract.quotas.vcpu).toBe(494);
    expect(store.getState().drafts).toEqual({ 'contract.quotas.vcpu': '5OO' });
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

import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../src/app/i18n/language.ts';
import { createAppStore, DRAFT_STORAGE_KEY } from '../../src/app/store/createAppStore.ts';
import { UNDO_LIMIT } from '../../src/app/store/scenarioSlice.ts';
import type { StorageLike } from '../../src/app/store/types.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { encodeShareHash } from '../../src/scenario/shareUrl.ts';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const BASE = builtInScenario(BASELINE_ID) as Scenario;

function makeStore(storage = memoryStorage(), languages: string[] = ['zh-CN'], initialHash = '') {
  return createAppStore({
    storage,
    navigatorLanguages: languages,
    initialView: 'results',
    initialHash,
    builtInScenarios: new Map([[BASELINE_ID, BASE]]),
  });
}

describe('scenario slice', () => {
  it('edits immutably, undoes, and marks the scenario edited', () => {
    const store = makeStore();
    store.getState().editScenario(['contract', 'quotas', 'vcpu'], 600);
    const s = store.getState();
    expect(s.edited).toBe(true);
    expect(s.scenario.contract.quotas.vcpu).toBe(600);
    expect(BASE.contract.quotas.vcpu).toBe(494);
    s.undo();
    expect(store.getState().scenario).toBe(BASE);
    expect(store.getState().edited).toBe(false);
  });

  it(`keeps only the last ${UNDO_LIMIT} edits`, () => {
    const store = makeStore();
    for (let i = 0; i < UNDO_LIMIT + 10; i++) store.getState().editScenario(['term', 'months'], i);
    expect(store.getState().undoStack).toHaveLength(UNDO_LIMIT);
  });

  it('autosaves edits and restores them in a new store; reverting clears the draft', () => {
    const storage = memoryStorage();
    makeStore(storage).getState().editScenario(['name'], 'Edited');
    expect(storage.data.has(DRAFT_STORAGE_KEY)).toBe(true);

    const reopened = makeStore(storage);
    expect(reopened.getState().scenario.name).toBe('Edited');
    expect(reopened.getState().draftRestored).toBe(true);
    reopened.getState().revertToBase();
    expect(storage.data.has(DRAFT_STORAGE_KEY)).toBe(false);
  });

  it('ignores a corrupt or foreign draft instead of failing', () => {
    expect(makeStore(memoryStorage({ [DRAFT_STORAGE_KEY]: '{not json' })).getState().scenario).toBe(BASE);
    const foreign = JSON.stringify({ baseScenarioId: 'gone', scenario: { id: 'gone' } });
    expect(makeStore(memoryStorage({ [DRAFT_STORAGE_KEY]: foreign })).getState().scenario).toBe(BASE);
  });
});

describe('ui slice', () => {
  it('chooses the language from the browser on first visit and remembers a switch', () => {
    const storage = memoryStorage();
    const store = makeStore(storage, ['en-US']);
    expect(store.getState().language).toBe('en');
    store.getState().setLanguage('zh-CN');
    expect(storage.data.get(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');
    expect(makeStore(storage, ['en-US']).getState().language).toBe('zh-CN');
  });
});

describe('run slice', () => {
  it('tracks progress, clamps it to the total, and records cancellation', () => {
    const store = makeStore();
    store.getState().runStarted(1, 100, BASE);
    store.getState().runProgressed(1, 150);
    expect(store.getState().replicationsDone).toBe(100);
    store.getState().runProgressed(1, 40);
    expect(store.getState().replicationsDone).toBe(100);
    store.getState().runEnded(1, { status: 'cancelled', summary: null, identity: null, wallMs: 0 });
    expect(store.getState().runStatus).toBe('cancelled');
    expect(store.getState().runSummary).toBeNull();
  });
});

describe('share links', () => {
  it('opens the scenario a link carries, ahead of any draft', () => {
    const edited = structuredClone(BASE);
    edited.contract.quotas.vcpu = 640;
    const storage = memoryStorage();
    makeStore(storage).getState().editScenario(['term', 'months'], 24);
    const store = makeStore(storage, ['en'], encodeShareHash(edited, BASELINE_ID));
    expect(store.getState().scenario.contract.quotas.vcpu).toBe(640);
    expect(store.getState().scenario.term.months).toBe(36);
    expect(store.getState().edited).toBe(true);
    expect(store.getState().linkProblem).toBeNull();
  });

  it('opens the baseline and says what is wrong with a broken link', () => {
    const hash = encodeShareHash(BASE, BASELINE_ID);
    const store = makeStore(memoryStorage(), ['en'], `${hash.slice(0, -12)}AAAA`);
    expect(store.getState().scenario).toBe(BASE);
    expect(store.getState().linkProblem?.code).toBe('truncated');
  });
});

import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../src/app/i18n/language.ts';
import { createAppStore } from '../../src/app/store/createAppStore.ts';
import { UNDO_LIMIT } from '../../src/app/store/scenarioSlice.ts';
import type { StorageLike } from '../../src/app/store/types.ts';
import { shareHashOf } from '../../src/app/url/addressBar.ts';
import { BASELINE_ID, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { decodeShareHash, encodeAgainst, encodeShareHash } from '../../src/scenario/shareUrl.ts';

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

  it('keeps typed text as a draft until it is a value, and undo restores drafts with the document', () => {
    const store = makeStore();
    store.getState().setDraft('contract.quotas.vcpu', '5OO');
    expect(store.getState().drafts).toEqual({ 'contract.quotas.vcpu': '5OO' });
    expect(store.getState().lastValidScenario).toBe(BASE);
    store.getState().editScenario(['term', 'months'], 48);
    expect(store.getState().drafts).toEqual({ 'contract.quotas.vcpu': '5OO' });
    store.getState().editScenario(['contract', 'quotas', 'vcpu'], 500);
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().lastValidScenario.contract.quotas.vcpu).toBe(500);
    store.getState().undo();
    expect(store.getState().drafts).toEqual({ 'contract.quotas.vcpu': '5OO' });
    expect(store.getState().scenario.contract.quotas.vcpu).toBe(494);
  });

  it('an invalid document keeps the last valid scenario, with the issues named', () => {
    const store = makeStore();
    store.getState().editScenario(['contract', 'quotas', 'vcpu'], 520);
    const valid = store.getState().lastValidScenario;
    store.getState().editScenario(['term', 'months'], -2);
    expect(store.getState().scenarioIssues[0].path).toBe('term.months');
    expect(store.getState().lastValidScenario).toBe(valid);
    store.getState().undo();
    expect(store.getState().scenarioIssues).toEqual([]);
    expect(store.getState().lastValidScenario).toBe(store.getState().scenario);
  });

  it('undo reaches across an open', () => {
    const store = makeStore();
    store.getState().editScenario(['contract', 'quotas', 'vcpu'], 520);
    store.getState().setDraft('term.months', '4x');
    store.getState().loadScenario(BASELINE_ID, BASE);
    expect(store.getState().edited).toBe(false);
    store.getState().undo();
    expect(store.getState().scenario.contract.quotas.vcpu).toBe(520);
    expect(store.getState().drafts).toEqual({ 'term.months': '4x' });
    expect(store.getState().edited).toBe(true);
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
  it('opens the scenario a link carries, with its view, reading and compare set', () => {
    const edited = structuredClone(BASE);
    edited.contract.quotas.vcpu = 640;
    const hash = encodeShareHash(edited, BASELINE_ID, {
      risk: 'cautious',
      view: 'compare',
      compare: ['__current__', BASELINE_ID],
      compareReplications: 120,
    });
    const store = makeStore(memoryStorage(), ['en'], hash);
    const s = store.getState();
    expect(s.scenario.contract.quotas.vcpu).toBe(640);
    expect(s.edited).toBe(true);
    expect(s.linkProblem).toBeNull();
    expect(s.linkNotice).toBeNull();
    expect(s.openedFromLink).toBe(true);
    expect([s.view, s.riskLevel, s.compareSet, s.compareReplications, s.compareRunOnOpen]).toEqual([
      'compare',
      'cautious',
      ['__current__', BASELINE_ID],
      120,
      true,
    ]);
  });

  it('opens a compare option only the sharer had (an adopted recommendation), and links it on', () => {
    const adopted = structuredClone(BASE);
    adopted.name = 'Recommended';
    adopted.contract.quotas.vcpu = 480;
    const view = { view: 'compare', compare: ['__current__', 'adopted-1'], extras: { 'adopted-1': adopted } };
    const store = makeStore(memoryStorage(), ['en'], encodeShareHash(BASE, BASELINE_ID, view));
    const s = store.getState();
    expect(s.linkNotice).toBeNull();
    expect(s.compareSet).toEqual(['__current__', 'adopted-1']);
    expect(s.compareExtras['adopted-1']).toEqual(adopted);
    // The address this page writes carries it again; dropped from the set, it is no longer carried.
    const again = decodeShareHash(shareHashOf(s));
    expect(again.ok && again.view.extras).toEqual({ 'adopted-1': adopted });
    s.toggleCompare('adopted-1');
    const without = decodeShareHash(shareHashOf(store.getState()));
    expect(without.ok && without.view.extras).toBeUndefined();
  });

  it('repairs a mangled address and says so; an old link opens marked unchecked', () => {
    const hash = encodeShareHash(BASE, BASELINE_ID, { view: 'editor' });
    const store = makeStore(
      memoryStorage(),
      ['en'],
      `https://x.example/%23s=${hash.slice(3, 30)}\n${hash.slice(30)}).`,
    );
    expect(store.getState().linkProblem).toBeNull();
    expect(store.getState().view).toBe('editor');
    expect(store.getState().linkNotice).toEqual({
      repairs: ['encoded-hash', 'whitespace', 'trailing-characters'],
      checked: true,
      warnings: [],
    });
    const old = encodeAgainst(BASE, BASELINE_ID, BASE, 1, undefined, 1);
    expect(makeStore(memoryStorage(), ['en'], old).getState().linkNotice?.checked).toBe(false);
  });

  it('opens the baseline and says what is wrong with a broken link', () => {
    const hash = encodeShareHash(BASE, BASELINE_ID);
    const store = makeStore(memoryStorage(), ['en'], `${hash.slice(0, -12)}AAAA`);
    expect(store.getState().scenario).toBe(BASE);
    expect(store.getState().linkProblem?.code).toBe('truncated');
  });
});

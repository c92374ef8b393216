/**
 * The workspace ("My scenarios", the autosaved working copy) on fake-indexeddb: what is saved comes
 * back in a new page, opening never silently discards unsaved work, and a storage that is full or
 * unavailable leaves the app working in memory with a notice.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/app/store/createAppStore.ts';
import { PENDING_SESSION_KEY, type TabStorage } from '../../src/app/workspace/leftCopy.ts';
import { indexedDbWorkspace, type WorkspaceStorage } from '../../src/app/workspace/workspaceDb.ts';
import { readImportedText, workspaceFileText } from '../../src/app/workspace/workspaceFile.ts';
import {
  restoredCopy,
  startWorkspaceSync,
  type WorkspaceSync,
} from '../../src/app/workspace/workspaceSync.ts';
import type { TabChannel, TabMessage } from '../../src/app/workspace/workspaceTabs.ts';
import { BUILT_IN_SCENARIOS } from '../../src/scenario/library.ts';
import { encodeShareHash } from '../../src/scenario/shareUrl.ts';

const BASELINE = 'luohe-2023-baseline';
const RIGHT_SIZE = 'renewal-2026-right-size';
const syncs: WorkspaceSync[] = [];

/** Tabs of one browser: what one posts, the others hear (as BroadcastChannel does). */
function tabHub() {
  const listeners = new Set<(m: TabMessage) => void>();
  return (): TabChannel => {
    let mine: ((m: TabMessage) => void) | null = null;
    return {
      post: (m) => {
        for (const l of listeners) if (l !== mine) queueMicrotask(() => l(m));
      },
      listen: (cb) => {
        mine = cb;
        listeners.add(cb);
        return () => listeners.delete(cb);
      },
    };
  };
}

/** A page: a store on `href`, its workspace on this test's IndexedDB, hydrated. */
async function page(
  href = 'https://planner.example/',
  channel: TabChannel | null = null,
  tab: TabStorage | null = null,
) {
  const store = createAppStore({
    storage: null,
    navigatorLanguages: ['en'],
    initialView: 'results',
    initialHref: href,
    builtInScenarios: BUILT_IN_SCENARIOS,
  });
  const sync = startWorkspaceSync(store, indexedDbWorkspace(), { debounceMs: 0, channel, tab });
  syncs.push(sync);
  await sync.ready;
  return { store, sync, s: () => store.getState() };
}

/** A page's store on the editor, with no link in its address. */
function editorStore() {
  return createAppStore({
    storage: null,
    navigatorLanguages: ['en'],
    initialView: 'editor',
    initialHref: 'https://planner.example/',
    builtInScenarios: BUILT_IN_SCENARIOS,
  });
}

async function settle(sync: WorkspaceSync): Promise<void> {
  await new Promise((r) => setTimeout(r, 5));
  await sync.flush();
}

beforeEach(() => {
  (globalThis as { indexedDB?: unknown }).indexedDB = new IDBFactory();
});
afterEach(() => {
  for (const s of syncs.splice(0)) s.stop();
});

describe('My scenarios', () => {
  it('saves, renames, duplicates and deletes, and a new page lists what was kept', async () => {
    const a = await page();
    a.s().editScenario(['contract', 'quotas', 'vcpu'], 520);
    const id = a.s().saveWorkingCopyAs('vCPU 520');
    expect(a.s().entryId).toBe(id);
    a.s().renameEntry(id, 'vCPU 520, renamed');
    const copyId = a.s().duplicateEntry(id);
    expect(copyId).not.toBeNull();
    a.s().saveWorkingCopyAs('to delete');
    a.s().deleteEntry(a.s().entryId as string);
    await settle(a.sync);

    const b = await page();
    const names = b
      .s()
      .workspaceEntries.map((e) => e.name)
      .sort();
    expect(names).toEqual(['vCPU 520, renamed', 'vCPU 520, renamed (copy)']);
    expect(b.s().workspaceEntries.every((e) => e.scenario.contract.quotas.vcpu === 520)).toBe(true);
  });

  it('autosaves the working copy into its entry, drafts and all', async () => {
    const a = await page();
    const id = a.s().saveWorkingCopyAs('mine');
    a.s().editScenario(['contract', 'quotas', 'ramGb'], 900);
    a.s().setDraft('contract.quotas.vcpu', '5OO');
    await settle(a.sync);
    const b = await page();
    const entry = b.s().workspaceEntries.find((e) => e.id === id);
    expect(entry?.scenario.contract.quotas.ramGb).toBe(900);
    expect(entry?.drafts).toEqual({ 'contract.quotas.vcpu': '5OO' });
    // And with no link in the address, the page reopens that working copy.
    expect(b.s().entryId).toBe(id);
    expect(b.s().drafts).toEqual({ 'contract.quotas.vcpu': '5OO' });
  });

  it('exports to JSON and imports it back; a bad scenario refuses the whole file, naming it', async () => {
    const a = await page();
    a.s().editScenario(['contract', 'quotas', 'vcpu'], 530);
    a.s().saveWorkingCopyAs('first');
    const text = workspaceFileText(a.s().workspaceEntries);
    const read = readImportedText(text, BUILT_IN_SCENARIOS);
    expect(read.ok && read.entries.map((e) => [e.name, e.scenario.contract.quotas.vcpu])).toEqual([
      ['first', 530],
    ]);
    const bad = JSON.parse(text);
    bad.scenarios.push({ name: 'broken', scenario: { ...bad.scenarios[0].scenario, term: { months: -1 } } });
    const refused = readImportedText(JSON.stringify(bad), BUILT_IN_SCENARIOS);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.issues[0].message).toMatch(/^scenario 2: term/);
    const single = readImportedText(JSON.stringify(BUILT_IN_SCENARIOS.get(RIGHT_SIZE)), BUILT_IN_SCENARIOS);
    expect(single.ok && single.entries[0].baseScenarioId).toBe(RIGHT_SIZE);
  });
});

describe('opening with unsaved work', () => {
  it('asks; keep saves the work as an entry, discard opens, cancel changes nothing; undo reaches back', async () => {
    const a = await page();
    a.s().editScenario(['contract', 'quotas', 'vcpu'], 540);
    a.s().requestOpen({ kind: 'builtin', id: RIGHT_SIZE });
    expect(a.s().pendingOpen).toEqual({ kind: 'builtin', id: RIGHT_SIZE });
    expect(a.s().baseScenarioId).toBe(BASELINE);
    a.s().answerPendingOpen('cancel');
    expect(a.s().pendingOpen).toBeNull();
    expect(a.s().scenario.contract.quotas.vcpu).toBe(540);

    a.s().requestOpen({ kind: 'builtin', id: RIGHT_SIZE, view: 'results' });
    a.s().answerPendingOpen('keep');
    expect(a.s().baseScenarioId).toBe(RIGHT_SIZE);
    expect(a.s().workspaceEntries.map((e) => [e.name, e.scenario.contract.quotas.vcpu])).toEqual([
      ['Luohe 2023–2025: the signed contract (unsaved edits)', 540],
    ]);

    a.s().editScenario(['contract', 'quotas', 'vcpu'], 333);
    a.s().requestOpen({ kind: 'builtin', id: BASELINE });
    a.s().answerPendingOpen('discard');
    expect(a.s().baseScenarioId).toBe(BASELINE);
    a.s().undo();
    expect(a.s().baseScenarioId).toBe(RIGHT_SIZE);
    expect(a.s().scenario.contract.quotas.vcpu).toBe(333);
  });

  it('opens at once when there is nothing unsaved (an entry is autosaved)', async () => {
    const a = await page();
    a.s().saveWorkingCopyAs('saved');
    a.s().editScenario(['contract', 'quotas', 'vcpu'], 541);
    a.s().requestOpen({ kind: 'builtin', id: RIGHT_SIZE });
    expect(a.s().pendingOpen).toBeNull();
    expect(a.s().baseScenarioId).toBe(RIGHT_SIZE);
  });

  it('a reload of the same link brings back its drafts; a link to something else keeps the unsaved work', async () => {
    const a = await page();
    a.s().editScenario(['contract', 'quotas', 'vcpu'], 560);
    a.s().setDraft('contract.quotas.ramGb', '9OO');
    await settle(a.sync);
    const link = `https://planner.example/${encodeShareHash(a.s().lastValidScenario, BASELINE)}`;

    const reload = await page(link);
    expect(reload.s().drafts).toEqual({ 'contract.quotas.ramGb': '9OO' });
    expect(reload.s().scenario.contract.quotas.vcpu).toBe(560);
    expect(reload.s().keptNotice).toBeNull();
    await settle(reload.sync);

    const other = await page(
      `https://planner.example/${encodeShareHash(BUILT_IN_SCENARIOS.get(RIGHT_SIZE)!, RIGHT_SIZE)}`,
    );
    expect(other.s().baseScenarioId).toBe(RIGHT_SIZE);
    expect(other.s().drafts).toEqual({});
    expect(other.s().keptNotice?.reason).toBe('link');
    expect(other.s().keptNotice?.name).toMatch(/unsaved edits/);
    const kept = other.s().workspaceEntries[0];
    expect(kept.scenario.contract.quotas.vcpu).toBe(560);
    expect(kept.drafts).toEqual({ 'contract.quotas.ramGb': '9OO' });
    // Stored at once, not only once something else changes: the tab may be closed next.
    await settle(other.sync);
    const later = await page();
    expect(later.s().workspaceEntries.find((e) => e.id === kept.id)?.scenario.contract.quotas.vcpu).toBe(560);
  });
});

describe('two tabs on one workspace', () => {
  it('each follows the other’s list; edits to an entry another tab changed are kept apart, not overwritten', async () => {
    const hub = tabHub();
    const a = await page('https://planner.example/', hub());
    const b = await page('https://planner.example/', hub());
    a.s().editScenario(['contract', 'quotas', 'vcpu'], 520);
    const id = a.s().saveWorkingCopyAs('shared one');
    await settle(a.sync);
    await vi.waitFor(() => expect(b.s().workspaceEntries.map((e) => e.name)).toEqual(['shared one']));

    b.s().requestOpen({ kind: 'entry', id });
    b.s().editScenario(['contract', 'quotas', 'vcpu'], 600); // tab B saves its edit into the entry
    await settle(b.sync);
    await vi.waitFor(() => expect(a.s().workspaceEntries.find((e) => e.id === id)?.updatedAt).toBeDefined());
    await new Promise((r) => setTimeout(r, 50)); // A hears B (the hub delivers in a microtask)
    a.s().editScenario(['contract', 'quotas', 'ramGb'], 900); // tab A, unaware, edits the same entry
    await settle(a.sync);

    expect(a.s().keptNotice?.reason).toBe('other-tab');
    expect(a.s().entryId).not.toBe(id);
    const c = await page();
    const byName = Object.fromEntries(
      c.s().workspaceEntries.map((e) => [e.name, e.scenario.contract.quotas]),
    );
    expect(byName['shared one']).toMatchObject({ vcpu: 600 });
    expect(byName['shared one (edits from this tab)']).toMatchObject({ vcpu: 520, ramGb: 900 });
  });
});

/** A tab's sessionStorage. */
function memoryTab(): TabStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('a page that goes before its write lands', () => {
  /** A page whose working-copy writes never land (the browser dropped them as the page went). */
  async function leavingPage(tab: TabStorage) {
    const real = indexedDbWorkspace();
    const dropped: WorkspaceStorage = { ...real, writeSession: () => new Promise(() => {}) };
    const store = editorStore();
    const sync = startWorkspaceSync(store, dropped, { debounceMs: 10_000, channel: null, tab });
    syncs.push(sync);
    await sync.ready;
    return { sync, s: () => store.getState() };
  }

  it('a reload right after an edit opens the edit: the copy left in the tab, then stored', async () => {
    const tab = memoryTab();
    const a = await leavingPage(tab);
    a.s().editScenario(['contract', 'quotas', 'vcpu'], 520);
    a.sync.leave(); // the reload, before the debounced write and with no write landing
    a.sync.stop();
    expect(tab.map.has(PENDING_SESSION_KEY)).toBe(true);
    const b = await page('https://planner.example/', null, tab);
    expect(b.s().scenario.contract.quotas.vcpu).toBe(520);
    expect(tab.map.has(PENDING_SESSION_KEY)).toBe(false); // read once
    await settle(b.sync);
    // Stored in IndexedDB too: a page in another tab (no left copy) opens it.
    const c = await page();
    expect(c.s().scenario.contract.quotas.vcpu).toBe(520);
  });

  it('a discarded draft stays discarded across a reload that comes before the write', async () => {
    const first = await page();
    first.s().editScenario(['contract', 'quotas', 'vcpu'], 530);
    await settle(first.sync);
    first.sync.stop();
    const tab = memoryTab();
    const a = await leavingPage(tab);
    expect(a.s().scenario.contract.quotas.vcpu).toBe(530);
    a.s().revertToBase();
    a.sync.leave();
    a.sync.stop();
    const b = await page('https://planner.example/', null, tab);
    expect(b.s().scenario.contract.quotas.vcpu).toBe(494);
    expect(b.s().edited).toBe(false);
  });

  it('leaves nothing when everything was stored, and an older left copy loses to a newer stored one', async () => {
    const tab = memoryTab();
    const a = await page('https://planner.example/', null, tab);
    a.s().editScenario(['contract', 'quotas', 'vcpu'], 540);
    await settle(a.sync);
    a.sync.leave();
    expect(tab.map.has(PENDING_SESSION_KEY)).toBe(false);
    a.sync.stop();
    const stale = { ...JSON.parse(JSON.stringify(a.s().scenario)) };
    stale.contract.quotas.vcpu = 100;
    tab.setItem(
      PENDING_SESSION_KEY,
      JSON.stringify({
        format: 1,
        baseScenarioId: BASELINE,
        scenario: stale,
        lastValidScenario: stale,
        drafts: {},
        entryId: null,
        savedAt: '2000-01-01T00:00:00.000Z',
      }),
    );
    const b = await page('https://planner.example/', null, tab);
    expect(b.s().scenario.contract.quotas.vcpu).toBe(540);
    // A left copy that is not JSON is ignored.
    tab.setItem(PENDING_SESSION_KEY, '{not json');
    const c = await page('https://planner.example/', null, tab);
    expect(c.s().scenario.contract.quotas.vcpu).toBe(540);
  });
});

describe('a storage that answers after the page gave up waiting', () => {
  /** A page whose storage holds its first read until `answer()` (main.tsx starts after 2 s without it). */
  async function slowPage() {
    const real = indexedDbWorkspace();
    let answer = () => {};
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const slow: WorkspaceStorage = { ...real, readAll: () => held.then(() => real.readAll()) };
    const store = editorStore();
    const sync = startWorkspaceSync(store, slow, { debounceMs: 0, channel: null });
    syncs.push(sync);
    sync.abandonSession(); // the page went on without the working copy
    return { sync, s: () => store.getState(), answer };
  }

  async function storedEdit(vcpu: number) {
    const a = await page();
    a.s().editScenario(['contract', 'quotas', 'vcpu'], vcpu);
    await settle(a.sync);
    a.sync.stop();
  }

  it('brings the working copy back when nothing was touched meanwhile, and never overwrites it with the baseline', async () => {
    await storedEdit(300);
    const late = await slowPage();
    expect(late.s().scenario.contract.quotas.vcpu).toBe(494); // started on the baseline
    late.answer();
    await late.sync.ready;
    expect(late.s().scenario.contract.quotas.vcpu).toBe(300);
    expect(late.s().draftRestored).toBe(true);
    expect(late.s().keptNotice).toBeNull();
    await settle(late.sync);
    const next = await page();
    expect(next.s().scenario.contract.quotas.vcpu).toBe(300);
  });

  it('keeps the stored work as an entry of its own when the page was edited before storage answered', async () => {
    await storedEdit(300);
    const late = await slowPage();
    late.s().editScenario(['contract', 'quotas', 'ramGb'], 900);
    late.answer();
    await late.sync.ready;
    // The edit made meanwhile stays the working copy; the stored one is kept, and the page says so.
    expect(late.s().scenario.contract.quotas.ramGb).toBe(900);
    expect(late.s().scenario.contract.quotas.vcpu).toBe(494);
    expect(late.s().keptNotice?.reason).toBe('late-storage');
    const kept = late.s().workspaceEntries.find((e) => e.name === late.s().keptNotice?.name);
    expect(kept?.scenario.contract.quotas.vcpu).toBe(300);
    await settle(late.sync);
    const next = await page();
    expect(next.s().workspaceEntries.some((e) => e.scenario.contract.quotas.vcpu === 300)).toBe(true);
    expect(next.s().scenario.contract.quotas.ramGb).toBe(900);
  });

  it('says nothing when the stored copy held no unsaved work', async () => {
    const late = await slowPage();
    late.s().editScenario(['contract', 'quotas', 'ramGb'], 900);
    late.answer();
    await late.sync.ready;
    expect(late.s().keptNotice).toBeNull();
    expect(late.s().workspaceEntries).toEqual([]);
  });
});

describe('when storage fails', () => {
  it('unavailable: says so once and keeps working in memory', async () => {
    delete (globalThis as { indexedDB?: unknown }).indexedDB;
    const a = await page();
    expect(a.s().storageNotice?.kind).toBe('unavailable');
    expect(a.s().workspaceLoaded).toBe(true);
    a.s().editScenario(['contract', 'quotas', 'vcpu'], 600);
    const id = a.s().saveWorkingCopyAs('in memory');
    a.s().duplicateEntry(id);
    await settle(a.sync);
    expect(a.s().workspaceEntries).toHaveLength(2);
    expect(a.s().storageNotice?.kind).toBe('unavailable');
  });

  it('full: a write refused for quota sets the notice; the store keeps the work; a later success clears it', async () => {
    const a = await page();
    expect(a.s().storageNotice).toBeNull();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      a.s().editScenario(['contract', 'quotas', 'vcpu'], 610);
      a.s().saveWorkingCopyAs('big');
      await settle(a.sync);
      expect(a.s().storageNotice?.kind).toBe('full');
      expect(a.s().workspaceEntries.map((e) => e.name)).toEqual(['big']);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    a.s().editScenario(['contract', 'quotas', 'vcpu'], 611);
    await settle(a.sync);
    expect(a.s().storageNotice).toBeNull();
  });

  it('ignores corrupt or foreign records instead of failing', () => {
    expect(
      restoredCopy(
        { baseScenarioId: 'gone', scenario: {}, lastValidScenario: {}, drafts: {} },
        BUILT_IN_SCENARIOS,
      ),
    ).toBeNull();
    expect(
      restoredCopy(
        { baseScenarioId: BASELINE, scenario: { id: 1 }, lastValidScenario: null, drafts: {} },
        BUILT_IN_SCENARIOS,
      ),
    ).toBeNull();
    const odd = restoredCopy(
      {
        baseScenarioId: BASELINE,
        scenario: BUILT_IN_SCENARIOS.get(BASELINE),
        lastValidScenario: 'x',
        drafts: { a: 1, b: 'ok' } as never,
      },
      BUILT_IN_SCENARIOS,
    );
    expect(odd?.drafts).toEqual({ b: 'ok' });
    expect(odd?.lastValidScenario).toEqual(BUILT_IN_SCENARIOS.get(BASELINE));
  });
});

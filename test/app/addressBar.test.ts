/**
 * The address bar holds the current link: a click is written at once, typing when it pauses, with
 * replaceState (no history entries); a scenario too large for any link leaves the address without
 * one rather than holding a link no planner would open (or an older one that opens something else).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/app/store/createAppStore.ts';
import {
  PENDING_ADDRESS_KEY,
  shareHashOf,
  startAddressBarSync,
  takePendingAddress,
} from '../../src/app/url/addressBar.ts';
import { BASELINE_ID, BUILT_IN_SCENARIOS, copyOfBuiltIn } from '../../src/scenario/library.ts';
import { decodeShareHash, MAX_HASH_CHARS } from '../../src/scenario/shareUrl.ts';

/** A window with only what the sync uses: an address, replaceState (counted) and listeners. */
function fakeWindow(href: string) {
  const listeners = new Map<string, () => void>();
  const win = {
    location: { href },
    replaced: 0,
    history: {
      state: null,
      replaceState(_data: unknown, _unused: string, url: string) {
        win.replaced++;
        win.location.href = url;
      },
    },
    addEventListener: (type: string, l: () => void) => void listeners.set(type, l),
    removeEventListener: (type: string) => void listeners.delete(type),
    fire: (type: string) => listeners.get(type)?.(),
  };
  return win;
}

function store(href: string) {
  return createAppStore({
    storage: null,
    navigatorLanguages: ['en'],
    initialView: 'results',
    initialHref: href,
    builtInScenarios: BUILT_IN_SCENARIOS,
  });
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** A scenario whose link is longer than any planner opens: 300 systems with long, unlike names. */
function hugeScenario() {
  const s = copyOfBuiltIn(BASELINE_ID)!;
  const template = s.compute.systems[0];
  let seed = 7;
  const noise = (n: number) =>
    Array.from({ length: n }, () => {
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(0x4e00 + (seed % 20000));
    }).join('');
  for (let i = s.compute.systems.length; i < 300; i++)
    s.compute.systems.push({
      ...structuredClone(template),
      id: `x-${i}`,
      name: noise(120),
      nameZh: noise(120),
    });
  return s;
}

describe('the address bar', () => {
  it('holds the current link: a click at once, typing when it pauses, never a history entry', async () => {
    const s = store('https://planner.example/?view=results');
    const win = fakeWindow('https://planner.example/?view=results');
    stops.push(startAddressBarSync(s, win, 20));
    expect(win.location.href).toMatch(/^https:\/\/planner\.example\/#s=2\.luohe-2023-baseline\./);
    s.getState().setRiskLevel('cautious');
    const clicked = decodeShareHash(new URL(win.location.href).hash);
    expect(clicked.ok && clicked.view.risk).toBe('cautious');
    for (const v of [501, 502, 503]) s.getState().editScenario(['contract', 'quotas', 'vcpu'], v);
    const before = win.replaced;
    await new Promise((r) => setTimeout(r, 60));
    expect(win.replaced).toBe(before + 1); // three edits, one write
    const typed = decodeShareHash(new URL(win.location.href).hash);
    expect(typed.ok && typed.scenario.contract.quotas.vcpu).toBe(503);
  });

  it('drops the link, not the work, when the scenario is too large for one', () => {
    const s = store('https://planner.example/');
    const win = fakeWindow('https://planner.example/');
    stops.push(startAddressBarSync(s, win, 0));
    expect(new URL(win.location.href).hash).toMatch(/^#s=2\./);
    const base = BUILT_IN_SCENARIOS.get(BASELINE_ID)!;
    s.getState().openDerived(BASELINE_ID, base, hugeScenario());
    expect(s.getState().scenarioIssues).toEqual([]);
    expect(shareHashOf(s.getState()).length).toBeGreaterThan(MAX_HASH_CHARS);
    win.fire('pagehide');
    expect(win.location.href).toBe('https://planner.example/');
    // Back to a scenario that fits: its link again.
    s.getState().undo();
    win.fire('pagehide');
    const back = decodeShareHash(new URL(win.location.href).hash);
    expect(back.ok && back.scenario.name).toBe(base.name);
  });

  it('a reload right after an edit opens the edit: the page hide leaves its address for the next page of this tab', () => {
    const s = store('https://planner.example/');
    const win = fakeWindow('https://planner.example/');
    const tab = memoryStorage();
    stops.push(startAddressBarSync(s, win, 10_000, tab));
    const aimed = win.location.href; // the address a reload asked for now would open
    s.getState().editScenario(['contract', 'quotas', 'vcpu'], 300);
    expect(win.location.href).toBe(aimed); // still waiting for the pause
    win.fire('pagehide');
    expect(win.location.href).not.toBe(aimed);
    const opened = takePendingAddress(aimed, tab);
    const read = decodeShareHash(new URL(opened).hash);
    expect(read.ok && read.scenario.contract.quotas.vcpu).toBe(300);
    // Read once: a later reload, or another address typed in, opens as it is.
    expect(takePendingAddress(aimed, tab)).toBe(aimed);
  });

  it('a pending address is used only for the reload it was written for', () => {
    const tab = memoryStorage();
    tab.setItem(
      PENDING_ADDRESS_KEY,
      JSON.stringify({ from: 'https://a.example/#s=old', to: 'https://a.example/#s=new' }),
    );
    expect(takePendingAddress('https://a.example/#s=pasted', tab)).toBe('https://a.example/#s=pasted');
    tab.setItem(PENDING_ADDRESS_KEY, 'not json');
    expect(takePendingAddress('https://a.example/', tab)).toBe('https://a.example/');
    expect(takePendingAddress('https://a.example/', null)).toBe('https://a.example/');
  });
});

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

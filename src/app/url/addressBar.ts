/**
 * The address bar always holds the current share link: the scenario (its last valid state), the
 * view, the risk reading and Compare's set, so a reload, a bookmark or a copied address shows the
 * same view with the same numbers. Written with history.replaceState, debounced, so editing never
 * floods the history. While a broken link's banner shows, the broken address stays (to be copied
 * or reloaded) until the user moves on.
 */
import type { StoreApi } from 'zustand/vanilla';
import { encodeShareHash, MAX_HASH_CHARS, type ShareView } from '../../scenario/shareUrl.ts';
import type { AppState } from '../store/appState.ts';
import { DEFAULT_COMPARE_REPLICATIONS, DEFAULT_COMPARE_SET } from '../store/uiSlice.ts';
import type { TabStorage } from '../workspace/leftCopy.ts';
import { readLink } from './openLink.ts';

export const ADDRESS_DEBOUNCE_MS = 250;

/** The view state of `state` as a link carries it (defaults left out, to keep links short). */
export function shareViewOf(state: AppState): ShareView {
  const view: ShareView = { risk: state.riskLevel, view: state.view };
  const defaultSet =
    state.compareSet.length === DEFAULT_COMPARE_SET.length &&
    state.compareSet.every((id, i) => id === DEFAULT_COMPARE_SET[i]);
  if (!defaultSet) view.compare = [...state.compareSet];
  if (state.compareReplications !== DEFAULT_COMPARE_REPLICATIONS)
    view.compareReplications = state.compareReplications;
  // Options only this browser has (an adopted recommendation) travel whole, or the link would lose them.
  const extras = state.compareSet.filter((id) => Object.hasOwn(state.compareExtras, id));
  if (extras.length > 0) view.extras = Object.fromEntries(extras.map((id) => [id, state.compareExtras[id]]));
  return view;
}

/** The share link's hash for `state`: its last valid scenario against its base, with the view. */
export function shareHashOf(state: AppState): string {
  return encodeShareHash(state.lastValidScenario, state.baseScenarioId, shareViewOf(state));
}

/** `href` with `hash` as its hash, and whatever an earlier or mangled link left in it removed. */
export function addressWith(href: string, hash: string): string {
  const url = new URL(href);
  // A mangled link ('/%23s=…', '?s=…') leaves its text in the path or query: cut it out.
  const cut = url.pathname.search(/%(?:25)?23s=/i);
  if (cut >= 0) url.pathname = url.pathname.slice(0, cut);
  url.searchParams.delete('s');
  url.searchParams.delete('view'); // the view now travels in the link
  url.hash = hash;
  return url.toString();
}

interface BrowserWindow {
  location: { href: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'hashchange' | 'pagehide', listener: () => void): void;
}

/**
 * Where a page hide leaves the address it wrote. A reload is aimed at the address the bar held when it
 * was asked for, so an edit still waiting for its debounced write (a reload within ~250 ms of typing)
 * reopened the link before the edit; the next page takes this address instead (takePendingAddress).
 */
export const PENDING_ADDRESS_KEY = 'luohe-planner:pending-address';

/**
 * The address this page should open: `href`, or, when the page that was hidden last in this tab wrote
 * a newer address while leaving `href`, that newer one. The record is read once and removed.
 */
export function takePendingAddress(href: string, tab: TabStorage | null): string {
  try {
    const text = tab?.getItem(PENDING_ADDRESS_KEY);
    if (!text) return href;
    tab?.removeItem(PENDING_ADDRESS_KEY);
    const pending = JSON.parse(text) as { from?: unknown; to?: unknown };
    return pending.from === href && typeof pending.to === 'string' ? pending.to : href;
  } catch {
    return href; // storage disabled or a record not ours: the address as it is
  }
}

/** Keeps the address bar on the current link; returns a function that stops it. */
export function startAddressBarSync(
  store: StoreApi<AppState>,
  win: BrowserWindow,
  debounceMs = ADDRESS_DEBOUNCE_MS,
  tab: TabStorage | null = null,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastHash = '';
  const write = () => {
    timer = null;
    const state = store.getState();
    if (state.linkProblem) return;
    let hash: string;
    try {
      hash = shareHashOf(state);
    } catch {
      return; // an unknown base cannot be linked; the address keeps what it had
    }
    // A link no planner would open is not written: the address goes without one (a reload then
    // reopens the autosaved working copy) and the share dialog says to export the scenario instead.
    if (hash.length > MAX_HASH_CHARS) hash = '';
    if (hash === lastHash && new URL(win.location.href).hash === hash) return;
    if (state.pendingOpen?.kind === 'link') return; // the pasted link stays until it is answered
    lastHash = hash;
    const next = addressWith(win.location.href, hash);
    if (next !== win.location.href) win.history.replaceState(win.history.state, '', next);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    // A click (view, reading, compare set, an answered question) is written at once; typing in the
    // editor is written when it pauses, so the history is never flooded with replaceState calls.
    const clicked =
      state.view !== previous.view ||
      state.riskLevel !== previous.riskLevel ||
      state.compareSet !== previous.compareSet ||
      state.compareExtras !== previous.compareExtras ||
      state.baseScenarioId !== previous.baseScenarioId ||
      state.linkProblem !== previous.linkProblem ||
      (previous.pendingOpen !== null && state.pendingOpen === null);
    const typed =
      state.lastValidScenario !== previous.lastValidScenario ||
      state.compareReplications !== previous.compareReplications;
    if (!clicked && !typed) return;
    if (timer !== null) clearTimeout(timer);
    if (clicked) write();
    else timer = setTimeout(write, debounceMs);
  });
  // Leaving the page (reload, navigation, closing the tab): what is pending is written now.
  const onPageHide = () => {
    if (timer === null) return;
    clearTimeout(timer);
    const before = win.location.href;
    write();
    if (win.location.href === before) return;
    try {
      tab?.setItem(PENDING_ADDRESS_KEY, JSON.stringify({ from: before, to: win.location.href }));
    } catch {
      // storage full or disabled: a reload this instant may open the address before the last edit
    }
  };
  win.addEventListener('pagehide', onPageHide);

  // A link pasted into the address bar of this page changes only the hash: open it like any other
  // scenario (asking first about unsaved work), or say what is wrong with it.
  const onHashChange = () => {
    if (lastHash !== '' && win.location.href.endsWith(lastHash)) return;
    const read = readLink(win.location.href, store.getState().builtInScenarios);
    if (read.kind === 'none') {
      lastHash = '';
      write();
    } else if (read.kind === 'problem') store.getState().setLinkProblem(read.problem);
    else store.getState().requestOpen({ kind: 'link', opening: read.opening });
  };
  win.addEventListener('hashchange', onHashChange);
  write();
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
    win.removeEventListener('pagehide', onPageHide);
    if (timer !== null) clearTimeout(timer);
  };
}

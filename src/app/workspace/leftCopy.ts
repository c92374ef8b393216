/**
 * The working copy a page leaves in its tab when it goes before the copy is safely stored.
 */
import type { StoredSession } from './workspaceDb.ts';

/**
 * Where a page that is left while its working copy is not yet safely stored leaves that copy, in
 * its tab's own storage (sessionStorage: written at once, and it survives a reload of the tab). A
 * browser does not always finish an IndexedDB transaction of a page that is going away: a reload
 * just after an edit — or after discarding a draft — reopened the copy from before it.
 */
export const PENDING_SESSION_KEY = 'luohe-planner:pending-session';

/** The tab's own storage (sessionStorage: it survives a reload of this tab, and only that). */
export type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The copy a page left in this tab (read once and removed), or undefined. */
export function takePendingSession(tab: TabStorage | null): StoredSession | undefined {
  try {
    const text = tab?.getItem(PENDING_SESSION_KEY);
    if (!text) return undefined;
    tab?.removeItem(PENDING_SESSION_KEY);
    const parsed = JSON.parse(text) as StoredSession;
    return parsed && typeof parsed === 'object' && typeof parsed.savedAt === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The newer of two stored copies (the stored one when they are as old). */
export function newerSession(stored: StoredSession | undefined, left: StoredSession | undefined) {
  if (!left) return stored;
  return !stored || left.savedAt > stored.savedAt ? left : stored;
}

/** Leaves `session` in the tab's storage for the next page (nothing when that storage is full or off). */
export function leaveCopy(tab: TabStorage | null, session: StoredSession): void {
  try {
    tab?.setItem(PENDING_SESSION_KEY, JSON.stringify(session));
  } catch {
    // full or disabled: the IndexedDB write started with it is all there is
  }
}

/** The copy left in the tab is stored now: forget it. */
export function forgetLeftCopy(tab: TabStorage | null): void {
  try {
    tab?.removeItem(PENDING_SESSION_KEY);
  } catch {
    // storage disabled: nothing was left there
  }
}

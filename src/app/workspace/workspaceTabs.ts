/**
 * Two tabs on one workspace: each tells the others (BroadcastChannel) when it saved or deleted an
 * entry, so their "My scenarios" follow; and when another tab changed the entry this tab has open,
 * this tab's next edit is kept as an entry of its own rather than overwriting the other tab's work
 * (keep both). Where the browser has no BroadcastChannel, tabs simply do not hear each other.
 */
import type { WorkspaceEntry } from '../store/workspaceSlice.ts';

export type TabMessage = { kind: 'entry-saved' | 'entry-deleted'; id: string; tab: string };

export interface TabChannel {
  post(message: TabMessage): void;
  listen(onMessage: (message: TabMessage) => void): () => void;
}

export const TAB_CHANNEL_NAME = 'luohe-planner-workspace';

function isTabMessage(v: unknown): v is TabMessage {
  if (v === null || typeof v !== 'object') return false;
  const m = v as Record<string, unknown>;
  return (
    (m.kind === 'entry-saved' || m.kind === 'entry-deleted') &&
    typeof m.id === 'string' &&
    typeof m.tab === 'string'
  );
}

/** The browser's channel between tabs of this origin, or null where there is none. */
export function broadcastTabChannel(name = TAB_CHANNEL_NAME): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(name);
  } catch {
    return null;
  }
  return {
    post: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // a closed channel: the other tabs will see the change on their next load
      }
    },
    listen: (onMessage) => {
      const handler = (event: MessageEvent) => {
        if (isTabMessage(event.data)) onMessage(event.data);
      };
      channel.addEventListener('message', handler);
      return () => {
        channel.removeEventListener('message', handler);
        channel.close();
      };
    },
  };
}

/**
 * This tab's list after another tab wrote: entries it did not know are added; entries the other tab
 * changed more recently are taken — except the one open here (`openId`), which this tab owns until
 * it saves it (its next edit is kept separately if the other tab changed it).
 */
export function mergeStoredEntries(
  mine: readonly WorkspaceEntry[],
  stored: readonly WorkspaceEntry[],
  openId: string | null,
): WorkspaceEntry[] {
  const byId = new Map(mine.map((e) => [e.id, e]));
  const merged = [...mine];
  for (const s of stored) {
    const m = byId.get(s.id);
    if (!m) merged.push(s);
    else if (s.id !== openId && s.updatedAt > m.updatedAt) merged[merged.indexOf(m)] = s;
  }
  return merged.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

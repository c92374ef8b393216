/**
 * The workspace in IndexedDB (through `idb`): "My scenarios" and the autosaved working copy.
 *
 *   database 'luohe-planner-workspace', version 1
 *   store 'scenarios' (keyPath 'id'): one record per entry of "My scenarios"
 *   store 'session'   (out-of-line key 'working-copy'): the scenario being worked on
 *
 * Every operation returns a typed result instead of throwing, so the app can say "storage is full"
 * or "storage is unavailable" and go on in memory. Records carry `format` so a later version can
 * migrate them; a record that cannot be read is skipped, never fatal.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export const WORKSPACE_DB_NAME = 'luohe-planner-workspace';
export const WORKSPACE_FORMAT = 1;
const SESSION_KEY = 'working-copy';

/** An entry of "My scenarios" as stored (documents as plain JSON; validated again when read). */
export interface StoredEntry {
  format: number;
  id: string;
  name: string;
  baseScenarioId: string;
  scenario: unknown;
  lastValidScenario: unknown;
  drafts: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/** The working copy as stored. */
export interface StoredSession {
  format: number;
  baseScenarioId: string;
  scenario: unknown;
  lastValidScenario: unknown;
  drafts: Record<string, string>;
  entryId: string | null;
  savedAt: string;
}

interface WorkspaceSchema extends DBSchema {
  scenarios: { key: string; value: StoredEntry };
  session: { key: string; value: StoredSession };
}

export type StorageFailureKind = 'unavailable' | 'full' | 'error';
export type Stored<T> = { ok: true; value: T } | { ok: false; kind: StorageFailureKind; detail: string };

/** What the rest of the app needs of the workspace's storage (an in-memory one in some tests). */
export interface WorkspaceStorage {
  readAll(): Promise<Stored<{ entries: StoredEntry[]; session: StoredSession | undefined }>>;
  putEntry(entry: StoredEntry): Promise<Stored<void>>;
  deleteEntry(id: string): Promise<Stored<void>>;
  writeSession(session: StoredSession): Promise<Stored<void>>;
}

function failure(error: unknown, opening: boolean): { ok: false; kind: StorageFailureKind; detail: string } {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = String(error instanceof Error ? `${error.name}: ${error.message}` : error).slice(0, 300);
  if (name === 'QuotaExceededError') return { ok: false, kind: 'full', detail };
  return { ok: false, kind: opening ? 'unavailable' : 'error', detail };
}

/**
 * The workspace in the browser's IndexedDB. Opening is lazy and remembered; an open that fails
 * (IndexedDB missing, disabled, or refused in a private window) makes every call answer
 * 'unavailable' without trying again.
 */
export function indexedDbWorkspace(name = WORKSPACE_DB_NAME): WorkspaceStorage {
  let opened: Promise<Stored<IDBPDatabase<WorkspaceSchema>>> | null = null;
  function db(): Promise<Stored<IDBPDatabase<WorkspaceSchema>>> {
    opened ??= (async () => {
      try {
        if (typeof indexedDB === 'undefined' || indexedDB === null)
          return { ok: false, kind: 'unavailable', detail: 'this browser offers no IndexedDB here' } as const;
        const database = await openDB<WorkspaceSchema>(name, 1, {
          upgrade(d) {
            d.createObjectStore('scenarios', { keyPath: 'id' });
            d.createObjectStore('session');
          },
        });
        return { ok: true, value: database } as const;
      } catch (error) {
        return failure(error, true);
      }
    })();
    return opened;
  }

  async function write(task: (d: IDBPDatabase<WorkspaceSchema>) => Promise<unknown>): Promise<Stored<void>> {
    const d = await db();
    if (!d.ok) return d;
    try {
      await task(d.value);
      return { ok: true, value: undefined };
    } catch (error) {
      return failure(error, false);
    }
  }

  return {
    async readAll() {
      const d = await db();
      if (!d.ok) return d;
      try {
        const tx = d.value.transaction(['scenarios', 'session'], 'readonly');
        const [entries, session] = await Promise.all([
          tx.objectStore('scenarios').getAll(),
          tx.objectStore('session').get(SESSION_KEY),
          tx.done,
        ]);
        return { ok: true, value: { entries, session } };
      } catch (error) {
        return failure(error, false);
      }
    },
    putEntry: (entry) =>
      write(async (d) => {
        const tx = d.transaction('scenarios', 'readwrite');
        await Promise.all([tx.store.put(entry), tx.done]);
      }),
    deleteEntry: (id) =>
      write(async (d) => {
        const tx = d.transaction('scenarios', 'readwrite');
        await Promise.all([tx.store.delete(id), tx.done]);
      }),
    writeSession: (session) =>
      write(async (d) => {
        const tx = d.transaction('session', 'readwrite');
        await Promise.all([tx.store.put(session, SESSION_KEY), tx.done]);
      }),
  };
}

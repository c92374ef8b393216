/**
 * Telling that a worker died even when it says nothing: a worker that closes itself, is closed from
 * outside or is killed by the browser sends no error event, and its caller would wait for ever.
 *
 * The worker takes a Web Lock of a name of its own as it starts and never lets it go; its parent asks
 * for the same lock once the worker has said it holds it. Locks are released when the worker that
 * holds them ends, however it ends, so the parent's request is granted exactly when the worker is
 * gone — at once, whatever the worker was busy with. Where Web Locks are missing (an insecure
 * context), callers fall back on heartbeats and a timeout. Messages are plain objects the comlink
 * channel ignores (they carry no comlink id).
 */

export interface AliveMessage {
  luoheAlive: string;
}
export interface BeatMessage {
  luoheBeat: { runId: number; done: number };
}

type Locks = {
  request(name: string, options: { signal?: AbortSignal }, callback: () => unknown): Promise<unknown>;
  request(name: string, callback: () => unknown): Promise<unknown>;
};

function locks(): Locks | undefined {
  const nav = (globalThis as { navigator?: { locks?: Locks } }).navigator;
  return nav?.locks;
}

/** In a worker: takes its liveness lock, then posts its name to the parent. */
export function holdLivenessLock(post: (message: AliveMessage) => void): void {
  const l = locks();
  if (!l || typeof crypto?.randomUUID !== 'function') return;
  const name = `luohe-worker-${crypto.randomUUID()}`;
  void l.request(name, () => {
    post({ luoheAlive: name });
    return new Promise<never>(() => {});
  });
}

/**
 * In the parent: calls `onDeath` once the worker that posts an AliveMessage on `target` ends.
 * Returns `stop`, to call before terminating the worker on purpose.
 */
export function watchLiveness(
  target: { addEventListener(type: 'message', listener: (e: MessageEvent) => void): void },
  onDeath: () => void,
): () => void {
  const controller = new AbortController();
  let stopped = false;
  target.addEventListener('message', (e: MessageEvent) => {
    const name = (e.data as Partial<AliveMessage> | null)?.luoheAlive;
    const l = locks();
    if (typeof name !== 'string' || !l || stopped) return;
    l.request(name, { signal: controller.signal }, () => {
      if (!stopped) onDeath();
    }).catch(() => {
      // aborted: the worker was terminated on purpose
    });
  });
  return () => {
    stopped = true;
    controller.abort();
  };
}

/** Reads a heartbeat from a worker message, if it is one. */
export function beatOf(data: unknown): BeatMessage['luoheBeat'] | undefined {
  const beat = (data as Partial<BeatMessage> | null)?.luoheBeat;
  return beat && typeof beat.runId === 'number' && typeof beat.done === 'number' ? beat : undefined;
}

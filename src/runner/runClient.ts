import * as Comlink from 'comlink';
import { defaultWorkerCount } from './browserWorkers.ts';
import { watchLiveness } from './liveness.ts';
import type { RunFinal, RunRequest, RunUpdate } from './runCoordinator.ts';

interface RunWorkerApi {
  init(workers: number): void;
  run(request: RunRequest, onUpdate: (update: RunUpdate) => void): Promise<RunFinal>;
  cancel(): void;
}

export interface RunClientOptions {
  /** A run worker that has started and then sends nothing for this long is taken for dead (it beats every second). */
  silenceMs?: number;
  /** How long a new run worker may take to load before it is taken for dead. */
  startupMs?: number;
}

/** Why a run worker is taken for gone, in both of the page's languages. */
interface Reason {
  en: string;
  zh: string;
}

/**
 * A failure message as the page's run bar reads it: the English line, then the Chinese one (the
 * page shows the line of its language, as for the simulation's budget stops).
 */
export function bilingual(en: string, zh: string): string {
  return `${en}\n${zh}`;
}

interface Host {
  worker: Worker;
  api: Comlink.Remote<RunWorkerApi>;
  ready: Promise<void>;
  /** Settles with the reason when the worker is known to be gone. */
  death: Promise<Reason>;
  die(reason: Reason): void;
  heardAt: number | null;
  startedAt: number;
  stopWatching(): void;
}

/**
 * The page's handle on simulation runs: one run worker (which owns the simulation workers and the
 * merging). `cancel` asks the coordinator to terminate its simulation workers at once.
 *
 * A run worker that dies — an error, closed from outside, killed — is noticed at once through its
 * liveness lock, or after `silenceMs` without its heartbeat where Web Locks are missing. It is then
 * replaced and the run starts again on the new one (a `worker-crash` update says so); if that one dies
 * too, the run fails with a message instead of waiting for ever.
 */
export function createRunClient(workers = defaultWorkerCount(), options: RunClientOptions = {}) {
  const silenceMs = options.silenceMs ?? 15_000;
  const startupMs = options.startupMs ?? 60_000;

  function startHost(): Host {
    const worker = new Worker(new URL('../../workers/run.worker.ts', import.meta.url), {
      type: 'module',
      name: 'run',
    });
    let die!: (reason: Reason) => void;
    const death = new Promise<Reason>((resolve) => {
      die = resolve;
    });
    const host: Host = {
      worker,
      api: Comlink.wrap<RunWorkerApi>(worker),
      ready: Promise.resolve(),
      death,
      die,
      heardAt: null,
      startedAt: performance.now(),
      stopWatching: () => {},
    };
    worker.addEventListener('message', () => {
      host.heardAt = performance.now();
    });
    worker.addEventListener('error', (e) =>
      die({
        en: `the run worker failed (${e.message || 'no message'})`,
        zh: `运行线程出错（${e.message || '无信息'}）`,
      }),
    );
    host.stopWatching = watchLiveness(worker, () =>
      die({ en: 'the run worker stopped', zh: '运行线程意外停止' }),
    );
    host.ready = host.api.init(workers);
    return host;
  }

  let host = startHost();

  function replace(dead: Host): void {
    if (host !== dead) return;
    dead.stopWatching();
    dead.worker.terminate();
    host = startHost();
  }

  async function runOn(h: Host, request: RunRequest, onUpdate: (u: RunUpdate) => void) {
    const watchdog = setInterval(() => {
      const t = performance.now();
      if (h.heardAt === null ? t - h.startedAt > startupMs : t - h.heardAt > silenceMs) {
        const seconds = Math.round((t - (h.heardAt ?? h.startedAt)) / 1000);
        h.die({
          en: `the run worker gave no word for ${seconds} s`,
          zh: `运行线程 ${seconds} 秒没有回应`,
        });
      }
    }, 1000);
    try {
      return await Promise.race([
        h.ready
          .then((): Promise<RunFinal> => h.api.run(request, Comlink.proxy(onUpdate)))
          .then((final) => ({ final })),
        h.death.then((reason) => ({ reason })),
      ]);
    } finally {
      clearInterval(watchdog);
    }
  }

  return {
    workers,
    async run(request: RunRequest, onUpdate: (update: RunUpdate) => void): Promise<RunFinal> {
      const started = performance.now();
      for (let attempt = 0; ; attempt++) {
        const h = host;
        const outcome = await runOn(h, request, onUpdate);
        if ('final' in outcome) return outcome.final;
        replace(h);
        if (attempt >= 1) {
          const { en, zh } = outcome.reason;
          const error = bilingual(
            `${en}; it was restarted and stopped again. Run again, or reload the page.`,
            `${zh}；重启后再次停止。请重新运行，或刷新页面。`,
          );
          return { status: 'failed', error, summary: null, wallMs: performance.now() - started };
        }
        onUpdate({
          kind: 'worker-crash',
          message: bilingual(
            `${outcome.reason.en}; restarted, the run starts again`,
            `${outcome.reason.zh}；已重启，重新开始运行`,
          ),
        });
      }
    },
    cancel: () => host.api.cancel(),
    terminate: () => {
      host.stopWatching();
      host.worker.terminate();
    },
  };
}

export type RunClient = ReturnType<typeof createRunClient>;

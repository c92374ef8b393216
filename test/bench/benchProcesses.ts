/**
 * What the benchmark starts outside its own process (a `vite preview` server), tracked so that it is
 * stopped on every path: a normal end, an exception, process.exit, and SIGINT/SIGTERM/SIGHUP (the
 * signal is re-raised after the cleanup, so the exit status still says what happened). Each server
 * runs in its own process group and is stopped with its children. Ports are picked free, so two
 * benches at once, or a port some other program holds, never measure the wrong server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const started = new Set<ChildProcess>();
let cleanupInstalled = false;

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // the whole group: npx/vite and whatever it started
  } catch {
    // ESRCH: already gone — nothing to stop
  }
}

/** Stops every process the bench started that is still running. Synchronous: safe in 'exit'. */
export function stopAll(): void {
  for (const child of started) killGroup(child);
  started.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopAll();
      process.kill(process.pid, signal);
    });
  }
}

/** Starts `command` in a process group of its own, stopped by stop() or whenever the bench ends. */
export function startTracked(
  command: string,
  args: readonly string[],
): { child: ChildProcess; stop: () => void } {
  installCleanup();
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  started.add(child);
  child.once('exit', () => started.delete(child));
  return {
    child,
    stop: () => {
      killGroup(child);
      started.delete(child);
    },
  };
}

/** A TCP port free on 127.0.0.1 now: `preferred` when it is, else one the system hands out. */
export async function freePort(preferred?: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const got = typeof address === 'object' && address ? address.port : null;
        server.close(() => resolve(got));
      });
    });
  if (preferred) {
    const got = await tryListen(preferred);
    if (got !== null) return got;
  }
  const got = await tryListen(0);
  if (got === null) throw new Error('no free TCP port on 127.0.0.1');
  return got;
}

/** Number of processes the bench still tracks (for tests). */
export function trackedCount(): number {
  return started.size;
}

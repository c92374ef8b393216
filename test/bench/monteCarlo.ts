/**
 * `monteCarlo.*`: the runner on the baseline, through the real pool, models, settlement and merge on
 * Node worker_threads (issue 18's targets on this machine in brackets):
 *   coordinatorMsPerReplication — the coordinator's own time per replication: a 10,000-run on
 *     workers that answer at once with precomputed partials (real batches of the baseline, of the
 *     size a real 10,000-run on 2 workers settles on at this machine's pace: coordinatorBatchSize),
 *     so only scheduling, merging and the final summary are timed [≤ 0.02];
 *   wallMs / oneWorkerWallMs / speedupTwoWorkers — 1,000 replications on 2 and on 1 worker [≥ 1.8×];
 *   wallMs10k / oneWorkerWallMs10k / speedupTwoWorkers10k — the same for 10,000;
 *   speedupTwoWorkersV8Inline (wallMsV8InlineRuns, oneWorkerWallMsV8InlineRuns) — a diagnostic: the
 *     1,000 speed-up again in a Node started with --single-threaded (speedupInline.ts), where V8
 *     compiles and collects on the threads that run the code; with as many workers as cores, the
 *     1-worker pool otherwise gets that work done on the core it leaves idle and the 2-worker pool
 *     does not, so the gap between the two speed-ups is V8's background work, not the runner (what
 *     still separates it from 2: each worker compiling the same code for itself, the coordinator);
 *   peakRssMb100k / wallMs100k — a 100,000-replication `run --json` of the CLI as its own process,
 *     its peak resident memory (VmHWM, all threads) [< 1,024 MB]; peakRssMb10k for comparison;
 *   scalingWorkers / scalingWallMs / scalingSpeedup — 1,000 replications on each pool size of the
 *     sweep (MONTE_CARLO_SCALING, default 1 up to twice the cores: "1,2,4" on a 2-core machine; on a
 *     16-core one "1,2,4,8,12,16" gives issue 18's table), all pools warmed, rounds interleaved;
 *     amdahlCeiling — one worker's ms per replication over the coordinator's: the speed-up no pool
 *     size can pass while the coordinator merges serially; cores and loadAvg1Start/End say what the
 *     machine had to give.
 *
 * This machine's speed drifts from minute to minute (a shared host), so 1- and 2-worker runs
 * alternate and the speed-ups are ratios of medians taken side by side; every run is listed in *Runs.
 * MONTE_CARLO_ROUNDS (default 3 for 1,000, 1 for 10,000) and MONTE_CARLO_SKIP_100K=1 shorten it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunPartial } from '../../src/results/partial.ts';
import { BATCHES_PER_WORKER, FIRST_BATCH, MAX_BATCH, TARGET_BATCH_MS } from '../../src/runner/batchPlan.ts';
import { nodeWorkerFactory } from '../../src/runner/nodeWorkers.ts';
import { type BatchWorker, WorkerPool } from '../../src/runner/pool.ts';
import { createSimulationApi } from '../../src/runner/simulationApi.ts';
import { startTracked } from './benchProcesses.ts';
import { alternate, onePoolAndTwo, scenario, timedRun, warmUp } from './monteCarloRuns.ts';
import type { BenchSection } from './timing.ts';
import { median } from './timing.ts';

/**
 * Coordinator ms per replication: two workers that answer at once with partials of real batches of
 * the baseline (precomputed for every batch size the run will ask for), so the time is the pool's
 * scheduling, the merges and the final summary.
 */
async function coordinatorMsPerReplication(batchSize: number, replications: number) {
  const { prepare, runBatch } = createSimulationApi();
  prepare(1, scenario);
  const firsts = 2 * FIRST_BATCH; // each of the 2 workers' first batch
  const remainder = (replications - firsts) % batchSize || batchSize;
  const sizes = [FIRST_BATCH, FIRST_BATCH, remainder, batchSize, batchSize, batchSize, batchSize];
  let from = 0;
  const bySize = new Map<number, RunPartial[]>();
  for (const size of sizes) {
    bySize.set(size, [...(bySize.get(size) ?? []), runBatch(1, from, from + size)]);
    from += size;
  }
  let served = 0;
  const factory = (): BatchWorker => ({
    prepare: async () => {},
    runBatch: async (_runId, start, end) => {
      const choices = bySize.get(end - start);
      if (!choices) throw new Error(`no precomputed partial of ${end - start}`);
      return { ...choices[served++ % choices.length], start };
    },
    terminate: () => {},
  });
  const pool = new WorkerPool(factory, 2);
  await timedRun(pool, firsts + 19 * batchSize + remainder, batchSize); // warm-up: the same batch sizes
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await timedRun(pool, replications, batchSize));
  pool.terminate();
  return { msPerReplication: median(runs) / replications, runs };
}

/** Peak resident memory (MB) and wall time of `run --json` with `replications` on 2 workers. */
function cliRun(replications: number): Promise<{ peakRssMb: number; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'run',
        'scenarios/luohe-2023-baseline.json',
        '--replications',
        String(replications),
        '--workers',
        '2',
        '--json',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let peakKb = 0;
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // the process has ended
      }
    }, 250);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`CLI run of ${replications} exited ${code}: ${stderr.slice(-500)}`));
      else resolve({ peakRssMb: Math.round(peakKb / 1024), wallMs: Math.round(performance.now() - started) });
    });
  });
}

/**
 * The 1,000-replication speed-up with V8's compiling and collecting inline (speedupInline.ts, in a
 * Node of its own started with --single-threaded); undefined when that run failed.
 */
async function inlineSpeedup(rounds: number): Promise<{ one: number[]; two: number[] } | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'luohe-bench-'));
  const out = join(dir, 'inline.json');
  try {
    const { child } = startTracked(process.execPath, [
      '--single-threaded',
      '--import',
      'tsx',
      'test/bench/speedupInline.ts',
      out,
      String(rounds),
    ]);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) return undefined;
    return JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pool sizes of the scaling sweep: MONTE_CARLO_SCALING ("1,2,4,8"), or powers of two up to twice the cores. */
function scalingSizes(cores: number): number[] {
  const asked = process.env.MONTE_CARLO_SCALING?.split(',').map(Number);
  if (asked?.length && asked.every((n) => Number.isInteger(n) && n >= 1)) return asked;
  const sizes = [1];
  while (sizes.at(-1)! * 2 <= Math.max(2, cores * 2)) sizes.push(sizes.at(-1)! * 2);
  return sizes;
}

/**
 * 1,000 replications on each pool size, rounds interleaved (1, 2, 4, 1, 2, 4, …) so drift in the
 * machine's speed falls on every size alike; the speed-up of each is over the 1-worker median.
 */
async function scaling(sizes: number[], rounds: number) {
  const pools = sizes.map((size) => new WorkerPool(nodeWorkerFactory, size));
  try {
    for (const pool of pools) await timedRun(pool, 25 * pool.size);
    const runs = sizes.map((): number[] => []);
    for (let round = 0; round < rounds; round++) {
      process.stderr.write(
        `monteCarlo: scaling ${sizes.join(', ')} workers, round ${round + 1} of ${rounds}…\n`,
      );
      for (let i = 0; i < pools.length; i++) runs[i].push(await timedRun(pools[i], 1000));
    }
    const walls = runs.map(median);
    return { walls, speedups: walls.map((w) => walls[0] / w) };
  } finally {
    for (const pool of pools) pool.terminate();
  }
}

/** The batch size a 10,000-run on 2 workers settles on at this pace (batchPlan.ts's rule, before the tail). */
function steadyBatchSize(replications: number, workers: number, msPerReplication: number): number {
  const byCount = Math.ceil(replications / (workers * BATCHES_PER_WORKER));
  return Math.max(1, Math.min(MAX_BATCH, byCount, Math.floor(TARGET_BATCH_MS / msPerReplication)));
}

export async function benchSection(): Promise<BenchSection> {
  const rounds = Number(process.env.MONTE_CARLO_ROUNDS ?? 0);
  const cores = availableParallelism();
  const loadAvg1Start = loadavg()[0];
  const pools = onePoolAndTwo();
  let thousand: Awaited<ReturnType<typeof alternate>>;
  let tenThousand: Awaited<ReturnType<typeof alternate>>;
  let coordinator: Awaited<ReturnType<typeof coordinatorMsPerReplication>>;
  let batchSize: number;
  try {
    const pace = await warmUp(pools);
    batchSize = steadyBatchSize(10_000, 2, pace);
    process.stderr.write(`monteCarlo: coordinator with precomputed partials of ${batchSize}…\n`);
    coordinator = await coordinatorMsPerReplication(batchSize, 10_000);
    thousand = await alternate(pools, 1000, rounds || 3);
    tenThousand = await alternate(pools, 10_000, rounds || 1);
  } finally {
    for (const pool of pools) pool.terminate();
  }
  const round = (xs: number[]) => xs.map(Math.round).join(' ');
  const fields: BenchSection['monteCarlo'] = {
    coordinatorMsPerReplication: Number(coordinator.msPerReplication.toFixed(4)),
    coordinatorBatchSize: batchSize,
    coordinatorRunsMs: round(coordinator.runs),
    replications: 1000,
    workers: 2,
    wallMs: Math.round(median(thousand.two)),
    perReplicationMs: Number((median(thousand.two) / 1000).toFixed(3)),
    oneWorkerWallMs: Math.round(median(thousand.one)),
    speedupTwoWorkers: Number(thousand.speedup.toFixed(2)),
    wallMsRuns: round(thousand.two),
    oneWorkerWallMsRuns: round(thousand.one),
    wallMs10k: Math.round(median(tenThousand.two)),
    oneWorkerWallMs10k: Math.round(median(tenThousand.one)),
    speedupTwoWorkers10k: Number(tenThousand.speedup.toFixed(2)),
    wallMs10kRuns: round(tenThousand.two),
    oneWorkerWallMs10kRuns: round(tenThousand.one),
    amdahlCeiling: Math.round(median(thousand.one) / 1000 / coordinator.msPerReplication),
  };
  const inline = await inlineSpeedup(rounds || 3);
  if (inline) {
    fields.speedupTwoWorkersV8Inline = Number((median(inline.one) / median(inline.two)).toFixed(2));
    fields.wallMsV8InlineRuns = round(inline.two);
    fields.oneWorkerWallMsV8InlineRuns = round(inline.one);
  }
  const sizes = scalingSizes(cores);
  const sweep = await scaling(sizes, rounds || 2);
  fields.cores = cores;
  fields.scalingWorkers = sizes.join(' ');
  fields.scalingWallMs = round(sweep.walls);
  fields.scalingSpeedup = sweep.speedups.map((x) => x.toFixed(2)).join(' ');
  if (!process.env.MONTE_CARLO_SKIP_100K) {
    process.stderr.write(
      'monteCarlo: CLI run of 10,000, then 100,000 replications on 2 workers (minutes)…\n',
    );
    const ten = await cliRun(10_000);
    const hundred = await cliRun(100_000);
    fields.peakRssMb10k = ten.peakRssMb;
    fields.peakRssMb100k = hundred.peakRssMb;
    fields.wallMs100k = hundred.wallMs;
  }
  fields.loadAvg1Start = Number(loadAvg1Start.toFixed(2));
  fields.loadAvg1End = Number(loadavg()[0].toFixed(2));
  return { monteCarlo: fields };
}

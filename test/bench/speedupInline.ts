/**
 * The 1,000-replication speed-up again, in a Node started with --single-threaded: V8 then compiles
 * and collects garbage on the thread that runs the code instead of on background threads. On a
 * machine with as many workers as cores those background threads have no idle core in the 2-worker
 * pool, while in the 1-worker pool they take the core it leaves idle; with them inline, both pools
 * pay for their own compiling and collecting, and the ratio is the runner's own scaling. Diagnostic
 * only (monteCarlo.ts starts it); writes { one, two } (ms per run) as JSON to the path it is given.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { alternate, onePoolAndTwo, warmUp } from './monteCarloRuns.ts';

async function main(out: string, rounds: number): Promise<void> {
  const pools = onePoolAndTwo();
  try {
    await warmUp(pools);
    const { one, two } = await alternate(pools, 1000, rounds, ', V8 single-threaded');
    writeFileSync(out, JSON.stringify({ one, two }));
  } finally {
    for (const pool of pools) pool.terminate();
  }
}

// Run only as its own process: the bench imports every file of this folder to find its sections.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2];
  if (!out)
    throw new Error('usage: node --single-threaded --import tsx speedupInline.ts <out.json> [rounds]');
  await main(out, Number(process.argv[3] ?? 3));
}

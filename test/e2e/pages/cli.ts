/**
 * The command line, as the journeys use it: `npm run sim -- run <link>` (run through tsx directly,
 * which is what the npm script does) and its table read back into the same shape as the page's
 * figures, so the two can be compared character for character.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CliFigures {
  replications: number;
  seed: string;
  /** 'p50 ¥…' amount as printed. */
  totalP50: string;
  /** Quota key → P(breach) as printed. */
  breach: Record<string, string>;
}

/** Runs the CLI on a share link (or its hash) and reads its table. */
export async function cliRun(link: string, workers = 2): Promise<CliFigures> {
  const { stdout } = await run('npx', ['tsx', 'src/cli/main.ts', 'run', link, '--workers', String(workers)], {
    maxBuffer: 4_000_000,
    timeout: 180_000,
  });
  const lines = stdout.split('\n');
  const head = /· seed (\S+) · (\d+) replications/.exec(lines[0] ?? '');
  const breach: Record<string, string> = {};
  for (const line of lines) {
    const m = /^(\w+) \([^)]*\)\s+\S+\s+\S+\s+\S+\s+(\S+%)/.exec(line);
    if (m) breach[m[1]] = m[2];
  }
  const total = /total cost incl\. VAT: p50 (\S+)/.exec(stdout);
  return {
    replications: Number(head?.[2] ?? Number.NaN),
    seed: head?.[1] ?? '',
    totalP50: total?.[1] ?? '',
    breach,
  };
}

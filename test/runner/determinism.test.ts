import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * End to end through the command line and real Node worker_threads: the same scenario and seed give
 * byte-identical JSON whatever the number of workers (replication i's seed follows i, and the
 * aggregation orders by i), and another seed gives other numbers.
 */
function runCli(...args: string[]): string {
  return execFileSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'run', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
}

describe('runs are reproducible whatever the number of workers', () => {
  const args = ['scenarios/luohe-2023-baseline.json', '--replications', '24', '--json'];

  it('gives byte-identical JSON with 1, 2 and 4 workers', () => {
    const one = runCli(...args, '--workers', '1');
    const two = runCli(...args, '--workers', '2');
    const four = runCli(...args, '--workers', '4');
    expect(two).toBe(one);
    expect(four).toBe(one);
    const report = JSON.parse(one);
    expect(report.replications).toBe(24);
    expect(report.quotas.length).toBeGreaterThan(0);
  }, 240_000);

  it('gives different numbers for a different seed', () => {
    const a = JSON.parse(runCli(...args, '--workers', '2'));
    const b = JSON.parse(runCli(...args, '--workers', '2', '--seed', '7'));
    expect(b.scenario.seed).toBe(7);
    expect(JSON.stringify(b.series)).not.toBe(JSON.stringify(a.series));
  }, 240_000);
});

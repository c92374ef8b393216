import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `compare --json` through the command line and real worker threads. */
function compareJson(...args: string[]) {
  const stdout = execFileSync(
    'node_modules/.bin/tsx',
    ['src/cli/main.ts', 'compare', ...args, '--replications', '12', '--workers', '2', '--json'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 },
  );
  return JSON.parse(stdout);
}

describe('compare --json', () => {
  it("carries each option's contract price, spend band and per-quota breach probabilities with intervals", () => {
    const report = compareJson('scenarios/renewal-2026-as-is.json', 'scenarios/renewal-2026-expand.json');
    expect(report.format).toBe('luohe-planner-compare/2');
    expect(report.reference).toBe('renewal-2026-as-is');
    expect(report.replications).toBe(12);
    expect(report.options.map((o: { contractPriceCny: string }) => o.contractPriceCny)).toEqual([
      '5767200.00',
      '6839573.00',
    ]);
    for (const option of report.options) {
      expect(Number(option.spend.p5)).toBeLessThanOrEqual(Number(option.spend.p50));
      expect(Number(option.spend.p50)).toBeLessThanOrEqual(Number(option.spend.p95));
      expect(option.spend.p50).toMatch(/^\d+\.\d{2}$/);
      expect(option.quotas).toHaveLength(9);
      for (const q of option.quotas) {
        expect(q.breach.low).toBeLessThanOrEqual(q.breach.estimate);
        expect(q.breach.high).toBeGreaterThanOrEqual(q.breach.estimate);
        expect(q.breach.n).toBe(12);
      }
    }
    const [difference] = report.differences;
    expect(difference).toMatchObject({ option: 'renewal-2026-expand', contractPriceCny: '1072373.00' });
    expect(difference.spend.lowCny).toMatch(/^-?\d+\.\d{2}$/);
    expect(difference.quotas.vcpu.low).toBeLessThanOrEqual(difference.quotas.vcpu.difference);
    expect(report.differenceMethod).toMatch(/paired/);
    expect(report.verdict.choice).toBeTypeOf('string');
    expect(report.runs).toHaveLength(2);
  }, 240_000);
});

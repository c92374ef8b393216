import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { loadScenario } from '../../src/scenario/validate.ts';

describe('recommend arguments', () => {
  it('reads the tolerance, reading and host size', () => {
    const parsed = parseArgs([
      'recommend',
      'scenarios/renewal-2026-as-is.json',
      '--max-breach',
      '0.02',
      '--reading',
      'cautious',
      '--host',
      '56/128/8',
      '--json',
    ]);
    expect(parsed).toEqual({
      ok: true,
      command: expect.objectContaining({
        command: 'recommend',
        maxBreach: 0.02,
        reading: 'cautious',
        host: { vcpu: 56, ramGb: 128, diskTb: 8 },
        json: true,
      }),
    });
  });

  it('says what is wrong with a tolerance, a reading or a host size', () => {
    const message = (...args: string[]) => {
      const r = parseArgs(['recommend', 'a.json', ...args]);
      return r.ok ? '' : r.message;
    };
    expect(message('--max-breach', '5')).toMatch(/--max-breach expects a probability between 0 and 1/);
    expect(message('--max-breach', '0')).toMatch(/--max-breach/);
    expect(message('--reading', 'bold')).toMatch(/likely or cautious/);
    expect(message('--host', '48x96')).toMatch(/VCPU\/RAM_GB\/DISK_TB/);
    expect(message('--replications', '400', '--max-replications', '200')).toMatch(/at least/);
  });
});

describe('recommend --json', () => {
  it('holds the recommended scenario, its price, breach probabilities with bounds and the frontier', () => {
    const stdout = execFileSync(
      'node_modules/.bin/tsx',
      [
        'src/cli/main.ts',
        'recommend',
        'scenarios/renewal-2026-as-is.json',
        '--replications',
        '100',
        '--max-replications',
        '100',
        '--workers',
        '2',
        '--json',
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 },
    );
    const report = JSON.parse(stdout);
    expect(report.format).toBe('luohe-planner-recommend/1');
    expect(loadScenario(report.scenario).ok).toBe(true);
    expect(report.scenario.contract.totalInclVatCny).toBe(report.priceCny);
    expect(report.priceCny).toMatch(/^\d+\.\d{2}$/);
    for (const q of report.quotas) {
      expect(report.scenario.contract.quotas[q.quota]).toBe(q.recommended);
      expect(q.evidence.breach.high).toBeGreaterThanOrEqual(q.evidence.breach.estimate);
      expect(q.evidence.decisionUpper).toBeGreaterThanOrEqual(0);
    }
    expect(report.frontier.length).toBeGreaterThan(5);
    expect(report.frontier[0].priceCny).toMatch(/^\d+\.\d{2}$/);
    expect(report.rule.description).toMatch(/Bonferroni/);
  }, 300_000);

  it('names the problem with a bad file and exits 1', () => {
    const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'recommend', 'no-such-file.json'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-file\.json: cannot read/);
  }, 60_000);
});

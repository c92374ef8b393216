import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASELINE_ID, BUILT_IN_SCENARIOS, LIBRARY_ISSUES } from '../../src/scenario/library.ts';
import { validateScenario } from '../../src/scenario/validate.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

describe('scenarios/', () => {
  it.each(files)('%s validates and its id is its file name', (file) => {
    const doc: unknown = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    const result = validateScenario(doc);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) expect(`${result.scenario.id}.json`).toBe(file);
  });

  it('the library holds every file, baseline first, with no load issues', () => {
    expect(LIBRARY_ISSUES).toEqual([]);
    expect([...BUILT_IN_SCENARIOS.keys()].sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    expect([...BUILT_IN_SCENARIOS.keys()][0]).toBe(BASELINE_ID);
  });

  it('ships the scenarios the issue asks for', () => {
    const ids = [...BUILT_IN_SCENARIOS.keys()];
    for (const id of [
      'luohe-2023-baseline',
      'luohe-2024-expansion',
      'luohe-2025-migrate-out',
      'luohe-2024-partial-move',
      'luohe-2023-2028-renewal',
      'renewal-2026-as-is',
      'renewal-2026-right-size',
      'renewal-2026-expand',
      'stress-sms-peak',
      'stress-db-failure',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('the baseline estate', () => {
  const s = BUILT_IN_SCENARIOS.get(BASELINE_ID)!;

  it('has hosts that sum exactly to the contracted pool', () => {
    const sum = (k: 'vcpu' | 'ramGb' | 'diskTb') => s.compute.hosts.reduce((t, h) => t + h[k], 0);
    expect([sum('vcpu'), sum('ramGb'), sum('diskTb')]).toEqual([494, 1048, 64]);
  });

  it('is a municipal estate of 30–45 systems and 150–185 VMs using most of the pool, not all', () => {
    let vms = 0;
    let vcpu = 0;
    let ram = 0;
    for (const sys of s.compute.systems) {
      for (const vm of sys.vms) {
        vms += vm.count;
        vcpu += vm.count * vm.vcpu;
        ram += vm.count * vm.ramGb;
      }
    }
    expect(s.compute.systems.length).toBeGreaterThanOrEqual(30);
    expect(s.compute.systems.length).toBeLessThanOrEqual(45);
    expect(vms).toBeGreaterThanOrEqual(150);
    expect(vms).toBeLessThanOrEqual(185);
    expect(vcpu / 494).toBeGreaterThan(0.6);
    expect(vcpu / 494).toBeLessThan(0.9);
    expect(ram / 1048).toBeGreaterThan(0.6);
    expect(ram / 1048).toBeLessThan(0.9);
  });

  it('sends about 1.5 M SMS a year across its categories', () => {
    const total = s.sms.categories.reduce((t, c) => t + c.messagesPerYear, 0);
    expect(total).toBeGreaterThan(1_300_000);
    expect(total).toBeLessThanOrEqual(1_500_000);
  });

  it('peaks egress between 500 and 700 Mbit/s', () => {
    expect(s.network.egress.peakMbps).toBeGreaterThanOrEqual(500);
    expect(s.network.egress.peakMbps).toBeLessThanOrEqual(700);
  });
});

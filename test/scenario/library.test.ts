import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BASELINE_ID,
  BUILT_IN_SCENARIOS,
  BuiltInLibrary,
  libraryIssues,
} from '../../src/scenario/library.ts';
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
    expect(libraryIssues()).toEqual([]);
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

describe('the built-in library validates each scenario when it is first read', () => {
  const baseline = JSON.parse(readFileSync(new URL('luohe-2023-baseline.json', dir), 'utf8'));
  const expansion = JSON.parse(readFileSync(new URL('luohe-2024-expansion.json', dir), 'utf8'));
  /** A file that counts how often its fields are read (validation reads them all). */
  function watched(doc: object) {
    const reads = { count: 0 };
    const proxy = new Proxy(doc, {
      get(target, key, receiver) {
        reads.count++;
        return Reflect.get(target, key, receiver);
      },
    });
    return { proxy, reads };
  }

  it('reads only the scenario asked for, then lists all in file order without the invalid one', () => {
    const second = watched(expansion);
    const broken = { id: 'broken', version: 1 };
    const library = new BuiltInLibrary([baseline, broken, second.proxy]);
    const idReads = second.reads.count; // its id, read once to index it
    const first = library.get(BASELINE_ID);
    expect(first?.id).toBe(BASELINE_ID);
    expect(Object.isFrozen(first)).toBe(true);
    expect(library.get(BASELINE_ID)).toBe(first);
    expect(second.reads.count).toBe(idReads); // not validated yet
    expect(library.issues).toEqual([]);
    expect(library.has('broken')).toBe(false);
    expect(library.issues.map((i) => i.index)).toEqual([1]);
    expect([...library.keys()]).toEqual([BASELINE_ID, 'luohe-2024-expansion']);
    expect(second.reads.count).toBeGreaterThan(idReads);
    expect(library.size).toBe(2);
    expect([...library].map(([id]) => id)).toEqual([BASELINE_ID, 'luohe-2024-expansion']);
    expect(library.get('luohe-2024-expansion')?.id).toBe('luohe-2024-expansion');
    expect(library.issues).toHaveLength(1); // each file is validated once
  });

  it('taking the first (a store opening on it) validates only the first', () => {
    const second = watched(expansion);
    const library = new BuiltInLibrary([baseline, second.proxy]);
    const idReads = second.reads.count;
    expect(library.entries().next().value?.[0]).toBe(BASELINE_ID);
    expect(second.reads.count).toBe(idReads);
    expect([...library.values()].map((s) => s.id)).toEqual([BASELINE_ID, 'luohe-2024-expansion']);
  });

  it('is read-only', () => {
    const library = new BuiltInLibrary([baseline]);
    expect(() => library.set()).toThrow(/read-only/);
    expect(() => library.delete()).toThrow(/read-only/);
    expect(() => library.clear()).toThrow(/read-only/);
    expect(library.get(BASELINE_ID)?.id).toBe(BASELINE_ID);
  });
});

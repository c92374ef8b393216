import { describe, expect, it } from 'vitest';
import {
  MAX_CALIBRATION_FACTOR,
  MAX_EXPECTED_DB_NODE_FAILURES,
  MAX_EXPECTED_HOST_FAILURES,
  MAX_MODELLED_STORAGE_TB,
} from '../../src/scenario/boundsChecks.ts';
import { BASELINE_ID, BUILT_IN_SCENARIOS, builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { loadScenario } from '../../src/scenario/validate.ts';

const baseline = builtInScenario(BASELINE_ID)!;

function issuesOf(doc: Scenario) {
  const r = loadScenario(doc);
  return r.ok ? [] : r.issues;
}

describe('bounds where the models stay sound, each refusal naming the field and the bound', () => {
  it('accepts every built-in scenario', () => {
    for (const [id, s] of BUILT_IN_SCENARIOS) expect(issuesOf(s), id).toEqual([]);
  });

  it('refuses a host-failure storm, saying how often hosts may fail', () => {
    const storm = {
      ...baseline,
      compute: { ...baseline.compute, hostFailure: { kind: 'exponential' as const, meanHours: 1 } },
    };
    const [issue, ...rest] = issuesOf(storm);
    expect(rest).toEqual([]);
    expect(issue.path).toBe('compute.hostFailure');
    expect(issue.message).toContain(
      `expected at most ${MAX_EXPECTED_HOST_FAILURES.toLocaleString('en-US')} host failures per replication`,
    );
    expect(issue.message).toMatch(/make the mean time between failures at least [\d.]+ h$/);
  });

  it('puts the host-failure bound where the text says: at the stated mean it is accepted', () => {
    const storm = {
      ...baseline,
      compute: { ...baseline.compute, hostFailure: { kind: 'exponential' as const, meanHours: 1 } },
    };
    const needed = Number(/at least ([\d.,]+) h$/.exec(issuesOf(storm)[0].message)![1].replace(/,/g, ''));
    const just = {
      ...baseline,
      compute: {
        ...baseline.compute,
        hostFailure: { kind: 'exponential' as const, meanHours: needed * 1.01 },
      },
    };
    expect(issuesOf(just)).toEqual([]);
  });

  it('refuses a database-node failure storm', () => {
    const storm = {
      ...baseline,
      database: {
        ...baseline.database,
        nodeFailure: { kind: 'deterministic' as const, hours: 0.001 },
        nodeRepair: { kind: 'deterministic' as const, hours: 0.001 },
      },
    };
    const [issue] = issuesOf(storm);
    expect(issue.path).toBe('database.nodeFailure');
    expect(issue.message).toContain(
      `at most ${MAX_EXPECTED_DB_NODE_FAILURES.toLocaleString('en-US')} database node failures`,
    );
  });

  it('refuses storage growing 1000 %/yr over 120 months, at the system that grows most', () => {
    const doc: Scenario = {
      ...baseline,
      term: { ...baseline.term, months: 120 },
      storage: {
        ...baseline.storage,
        systems: baseline.storage.systems.map((s) => ({
          ...s,
          growth: { kind: 'compound' as const, ratePerYear: 10 },
        })),
      },
    };
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toMatch(/^storage\.systems\[\d+\]\.growth\.ratePerYear$/);
    expect(issues[0].message).toContain(
      `at most ${MAX_MODELLED_STORAGE_TB.toLocaleString('en-US')} TB is modelled`,
    );
    expect(issues[0].message).toContain('1000 %/yr (compound)');
  });

  it('refuses a calibration factor of 999999999999 and a price change of 1000×', () => {
    const factor = {
      ...baseline,
      contract: {
        ...baseline.contract,
        priceCatalog: { ...baseline.contract.priceCatalog, calibrationFactor: '999999999999' },
      },
    };
    // (each issue also carries its rule as data for the UI's language: formatIssue.ts)
    expect(issuesOf(factor).map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: 'contract.priceCatalog.calibrationFactor',
        message: `contract.priceCatalog.calibrationFactor: expected a calibration factor ≤ ${MAX_CALIBRATION_FACTOR} (unit prices at most ${MAX_CALIBRATION_FACTOR}× their list price), got 999999999999`,
      },
    ]);
    const change = {
      ...baseline,
      timeline: [{ kind: 'price-change' as const, date: '2024-01-01', factor: '1000' }],
    };
    expect(issuesOf(change).map((i) => i.message)).toEqual([
      'timeline[0].factor: expected a price factor ≤ 100, got 1000',
    ]);
  });

  it('refuses a bill no settlement can add up to the fen, naming the catalog line', () => {
    const items = baseline.contract.priceCatalog.items.map((item) =>
      item.id === 'sms' ? { ...item, listPriceCny: '999999999' } : item,
    );
    const doc = {
      ...baseline,
      contract: { ...baseline.contract, priceCatalog: { ...baseline.contract.priceCatalog, items } },
    };
    const [issue] = issuesOf(doc);
    const index = items.findIndex((i) => i.id === 'sms');
    expect(issue.path).toBe(`contract.priceCatalog.items[${index}]`);
    expect(issue.message).toMatch(
      /the bill could reach ¥[\d.e+]+ over the term, more than the ¥1\.00e\+13 the planner settles to the fen: 'sms' alone/,
    );
  });

  it('says nothing more about a document other rules already refused (no crash on garbage)', () => {
    const broken = { ...baseline, compute: { ...baseline.compute, hosts: 'many' } } as unknown as Scenario;
    const issues = issuesOf(broken);
    expect(issues.map((i) => i.path)).toContain('compute.hosts');
    expect(issues.every((i) => !i.message.includes('failures per replication'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { BASELINE_ID, copyOfBuiltIn } from '../../src/scenario/library.ts';
import { loadScenario, validateScenario } from '../../src/scenario/validate.ts';

function baseline() {
  return copyOfBuiltIn(BASELINE_ID)!;
}

function messages(doc: unknown): string[] {
  const r = validateScenario(doc);
  return r.ok ? [] : r.issues.map((i) => i.message);
}

describe('validateScenario', () => {
  it('names the path, what was expected and what was found', () => {
    const doc = baseline();
    doc.compute.hosts[3].ramGb = -4;
    expect(messages(doc)).toEqual(['compute.hosts[3].ramGb: expected a number ≥ 1, got -4']);
  });

  it('rejects money as a JSON number and a VAT rate that is not a string', () => {
    const doc = baseline() as unknown as { contract: Record<string, unknown> };
    doc.contract.totalInclVatCny = 5767200;
    doc.contract.vatRate = 0.06;
    expect(messages(doc)).toEqual([
      'contract.totalInclVatCny: expected a string, got 5767200',
      'contract.vatRate: expected a string, got 0.06',
    ]);
  });

  it('rejects NaN, Infinity and unknown fields, including __proto__', () => {
    const doc = baseline();
    doc.database.failoverSeconds = Number.NaN;
    doc.network.ddos.eventsPerYear = Number.POSITIVE_INFINITY;
    const parsed = JSON.parse(JSON.stringify(baseline()).replace('"term":{', '"term":{"__proto__":{"x":1},'));
    expect(messages(doc)).toEqual([
      'database.failoverSeconds: expected a number, got NaN',
      'network.ddos.eventsPerYear: expected a number, got Infinity',
    ]);
    expect(messages(parsed)).toEqual(["term: unknown field '__proto__'"]);
  });

  it('names the allowed kinds of a discriminated union', () => {
    const doc = baseline() as unknown as { compute: { hostFailure: unknown } };
    doc.compute.hostFailure = { kind: 'gamma', meanHours: 5 };
    expect(messages(doc)[0]).toMatch(
      /^compute\.hostFailure\.kind: expected one of 'exponential' \| 'weibull'.* got "gamma"$/,
    );
  });

  it('rejects scenarios that would make the simulation run away', () => {
    const doc = baseline();
    doc.simulation.replications = 1_000_000;
    doc.compute.systems[0].vms[0].count = 4_990;
    expect(messages(doc)).toEqual([
      'simulation.replications: expected a number ≤ 100000, got 1000000',
      'compute.systems: expected at most 5000 VMs over the term (initial + growth), got 5151',
    ]);
    const many = baseline();
    many.compute.hosts = Array.from({ length: 501 }, (_, i) => ({
      id: `h${i}`,
      vcpu: 1,
      ramGb: 1,
      diskTb: 0,
    }));
    expect(messages(many)).toEqual(['compute.hosts: expected ≤ 500 items, got 501']);
    const longTerm = baseline();
    longTerm.term.months = 121;
    expect(messages(longTerm)).toContain('term.months: expected a number ≤ 120, got 121');
  });

  it('checks references, dates and notice across sections', () => {
    const doc = baseline();
    doc.storage.systems[0].systemId = 'ghost';
    doc.timeline = [
      { kind: 'onboard-system', date: '2023-05-01', systemId: doc.compute.systems[1].id },
      { kind: 'exit-notice', date: '2025-03-01', exitDate: '2025-03-10' },
      { kind: 'price-change', date: '2027-01-01', factor: '0.9' },
    ];
    expect(messages(doc)).toEqual([
      "storage.systems[0].systemId: unknown system 'ghost'",
      "timeline[0].date: onboard-system 'one-stop' falls in month 4 but compute.systems[1].onboardMonth is 0",
      "timeline[1].exitDate: expected at least 15 days' notice (contract.exitNoticeDays), got 9",
      'timeline[2].date: expected a date from 2023-01-01 to 2025-12-31, got 2027-01-01',
    ]);
  });

  it('rejects impossible dates and keeps log retention at the legal 180 days', () => {
    const doc = baseline();
    doc.term.startDate = '2023-02-30';
    doc.storage.logs.retentionDays = 90;
    expect(messages(doc)).toEqual([
      'term.startDate: expected a real calendar date',
      'storage.logs.retentionDays: expected a number ≥ 180, got 90',
    ]);
  });

  it('never throws on values that are not documents', () => {
    for (const input of [
      undefined,
      null,
      42,
      'x',
      [],
      () => 1,
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('boom');
          },
        },
      ),
    ]) {
      const r = validateScenario(input);
      expect(r.ok).toBe(false);
    }
  });
});

describe('loadScenario', () => {
  it('refuses a document from a newer planner with a clear message', () => {
    const doc = { ...baseline(), version: 7 };
    const r = loadScenario(doc);
    expect(r.ok ? '' : r.issues[0].message).toBe(
      'version: made by a newer planner (version 7); this one reads versions up to 1',
    );
  });
});

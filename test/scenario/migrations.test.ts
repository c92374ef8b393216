import { describe, expect, it } from 'vitest';
import { priceContractedTerm } from '../../src/contract/priceCatalog.ts';
import { LEGACY_BASES } from '../../src/scenario/legacyBases.ts';
import { migrateScenario } from '../../src/scenario/migrations.ts';
import { loadScenario } from '../../src/scenario/validate.ts';

const v0 = LEGACY_BASES[0]['luohe-2023-baseline'];

describe('migrations', () => {
  it('opens a version-0 document (no version field) as a valid version-1 scenario', () => {
    const r = loadScenario(JSON.parse(JSON.stringify(v0)));
    expect(r.ok ? [] : r.issues).toEqual([]);
    if (!r.ok) return;
    expect(r.scenario.version).toBe(1);
    expect(r.scenario.contract.quotas.vcpu).toBe(494);
    expect(r.scenario.contract.exitNoticeDays).toBe(15);
    expect(priceContractedTerm(r.scenario).totalInclVatCny).toBe('5767200.00');
  });

  it('prices a version-0 document at its own quotas', () => {
    const doc = JSON.parse(JSON.stringify(v0));
    doc.contract.quotas.vcpu = 600;
    const r = loadScenario(doc);
    expect(
      r.ok && r.scenario.contract.priceCatalog.items.find((i) => i.id === 'vcpu')?.contractedQuantity,
    ).toBe(600);
  });

  it('does not mutate its input and reports odd versions', () => {
    const doc = JSON.parse(JSON.stringify(v0));
    const before = JSON.stringify(doc);
    migrateScenario(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(migrateScenario({ version: 'one' })).toEqual({
      ok: false,
      message: 'expected a whole version number, got "one"',
    });
    expect(migrateScenario([])).toEqual({ ok: false, message: 'expected a scenario object' });
  });
});

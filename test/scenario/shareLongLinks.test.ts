/**
 * Long share links: a scenario calibrated on actuals carries its history, so its link is longer
 * than a QR code holds (~2,950 characters) and, with an adopted recommendation beside it in
 * Compare, than the old 8,192-character cap. Such links open, whole; a compare option travels as a
 * patch against the link's scenario, so it adds its few changed quotas, not the history again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calibrateScenario } from '../../src/actuals/calibrate.ts';
import { readActualsCsv } from '../../src/actuals/readActualsFile.ts';
import { builtInScenario } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { decodeShareHash, encodeShareHash, MAX_HASH_CHARS } from '../../src/scenario/shareUrl.ts';

const RENEWAL = 'luohe-2023-2028-renewal';

function calibrated(id: string): Scenario {
  const read = readActualsCsv(readFileSync('scenarios/luohe-2023-actuals.csv'));
  if (!read.ok) throw new Error('sample unreadable');
  const result = calibrateScenario(builtInScenario(id)!, read.table, { source: 'luohe-2023-actuals.csv' });
  if (!result.ok) throw new Error('calibration refused');
  return result.scenario;
}

describe('long share links', () => {
  it('a scenario calibrated on two years of actuals opens from its link, history and all', () => {
    const scenario = calibrated(RENEWAL);
    const hash = encodeShareHash(scenario, RENEWAL, { view: 'results', risk: 'cautious' });
    expect(hash.length).toBeGreaterThan(2_950); // more than a QR code holds
    const d = decodeShareHash(hash);
    expect(d.ok && d.scenario).toEqual(scenario);
    expect(d.ok && d.view).toEqual({ view: 'results', risk: 'cautious' });
  });

  it('an adopted option beside it adds its changes only, not the history again', () => {
    const scenario = calibrated(RENEWAL);
    const adopted = structuredClone(scenario);
    adopted.name = 'Recommended quotas';
    adopted.contract.quotas.vcpu = 456;
    adopted.contract.quotas.storageTb = 84;
    const alone = encodeShareHash(scenario, RENEWAL, { view: 'compare' });
    const view = { view: 'compare', compare: ['__current__', 'adopted-1'], extras: { 'adopted-1': adopted } };
    const both = encodeShareHash(scenario, RENEWAL, view);
    expect(both.length - alone.length).toBeLessThan(200);
    const d = decodeShareHash(both);
    expect(d.ok && d.view).toEqual(view);
  });

  it('opens links up to the cap, far beyond what a scenario with actuals needs, and refuses longer', () => {
    const big = structuredClone(calibrated(RENEWAL));
    // The largest estate the schema takes: 300 systems, each of distinct VMs (noise the compressor cannot fold).
    const template = big.compute.systems[0];
    for (let i = big.compute.systems.length; i < 300; i++) {
      const system = structuredClone(template);
      system.id = `extra-${i}`;
      system.name = `Extra system ${i} ${((i * 7919) % 10007).toString(36)}`;
      big.compute.systems.push(system);
    }
    const hash = encodeShareHash(big, RENEWAL);
    expect(hash.length).toBeGreaterThan(8_192);
    expect(hash.length).toBeLessThanOrEqual(MAX_HASH_CHARS);
    const d = decodeShareHash(hash);
    expect(d.ok ? 'opened' : d.error.message).toBe('opened');
    const tooLong = `${hash.slice(0, 5)}${'A'.repeat(MAX_HASH_CHARS)}`;
    const refused = decodeShareHash(tooLong);
    expect(refused.ok ? 'opened' : refused.error.code).toBe('too-large');
  });
});

import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesToBase64Url } from '../../src/scenario/base64url.ts';
import { LEGACY_BASES } from '../../src/scenario/legacyBases.ts';
import { BASELINE_ID, BUILT_IN_SCENARIOS, copyOfBuiltIn } from '../../src/scenario/library.ts';
import { decodeShareHash, encodeAgainst, encodeShareHash } from '../../src/scenario/shareUrl.ts';

/** A link whose payload is `text`, deflated, on the baseline. */
function linkWithPayload(text: string): string {
  return `#s=1.${BASELINE_ID}.${bytesToBase64Url(deflateSync(new TextEncoder().encode(text)))}`;
}

describe('share URLs', () => {
  it('gives a baseline with a few edited fields in under 300 characters', () => {
    const s = copyOfBuiltIn(BASELINE_ID)!;
    s.simulation.seed = 4242;
    s.compute.hosts[3].ramGb = 128;
    s.network.egress.peakMbps = 700;
    s.sms.gatewayMessagesPerSecond = 50;
    s.compute.systems[5].vms[0].count = 6;
    const hash = encodeShareHash(s, BASELINE_ID);
    expect(hash.length).toBeLessThan(300);
    const decoded = decodeShareHash(hash);
    expect(decoded).toEqual({
      ok: true,
      scenario: s,
      baseId: BASELINE_ID,
      view: {},
      checked: true,
      warnings: [],
    });
  });

  it('round-trips every built-in scenario against every other as base', () => {
    for (const [id, scenario] of BUILT_IN_SCENARIOS) {
      for (const baseId of BUILT_IN_SCENARIOS.keys()) {
        const decoded = decodeShareHash(encodeShareHash(scenario, baseId));
        expect(decoded.ok && decoded.scenario).toEqual(scenario);
        expect(decoded.ok && decoded.baseId).toBe(baseId);
      }
      expect(encodeShareHash(scenario, id).length).toBeLessThan(90);
    }
  });

  it('opens a link made against the version-0 baseline, migrated forward', () => {
    const v0 = JSON.parse(JSON.stringify(LEGACY_BASES[0][BASELINE_ID]));
    v0.contract.quotas.vcpu = 520;
    v0.name = 'Old link';
    const hash = encodeAgainst(v0, BASELINE_ID, LEGACY_BASES[0][BASELINE_ID], 0);
    const decoded = decodeShareHash(hash);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.scenario.version).toBe(1);
    expect(decoded.scenario.name).toBe('Old link');
    expect(decoded.scenario.contract.quotas.vcpu).toBe(520);
  });

  it('warns when the base has changed since the link was made', () => {
    const base = JSON.parse(JSON.stringify(BUILT_IN_SCENARIOS.get(BASELINE_ID)));
    base.simulation.replications = 10; // the base as it "was"
    const hash = encodeAgainst(base, BASELINE_ID, base, 1);
    const decoded = decodeShareHash(hash);
    expect(decoded.ok && decoded.warnings.length).toBe(1);
  });

  it.each([
    ['not-a-share-link', ''],
    ['not-a-share-link', '#view=results'],
    ['corrupt', '#s='],
    ['unknown-version', '#s=3.luohe-2023-baseline.AAAA.AAAAAA'],
    ['truncated', '#s=2.luohe-2023-baseline.AAAA'],
    ['checksum', '#s=2.luohe-2023-baseline.AAAA.AAAAAA'],
    ['unknown-base', '#s=1.no-such-scenario.AAAA'],
    ['corrupt', '#s=1.luohe-2023-baseline.!!!!'],
    ['corrupt', '#s=1.luohe-2023-baseline.AAAA'],
    ['too-large', `#s=1.luohe-2023-baseline.${'A'.repeat(70_000)}`],
  ])('decodes malformed link %# to the error %s', (code: string, hash: string) => {
    const decoded = decodeShareHash(hash);
    expect(decoded.ok ? 'ok' : decoded.error.code).toBe(code);
  });

  it('caps the inflated size before parsing', () => {
    const hash = linkWithPayload(' '.repeat(300_000));
    expect(hash.length).toBeLessThan(8192);
    const decoded = decodeShareHash(hash);
    expect(decoded.ok ? 'ok' : decoded.error.code).toBe('too-large');
  });

  it('reports a truncated link as damaged or cut short, never opening it', () => {
    const hash = encodeShareHash(copyOfBuiltIn('stress-sms-peak')!, BASELINE_ID);
    expect(decodeShareHash(hash.slice(0, hash.length - 10)).ok).toBe(false);
    const withoutChecksum = hash.slice(0, hash.lastIndexOf('.'));
    const decoded = decodeShareHash(withoutChecksum);
    expect(decoded.ok ? 'ok' : decoded.error.code).toBe('truncated');
    const v1 = encodeAgainst(
      copyOfBuiltIn('stress-sms-peak'),
      BASELINE_ID,
      copyOfBuiltIn(BASELINE_ID),
      1,
      {},
      1,
    );
    const cut = decodeShareHash(v1.slice(0, v1.length - 10));
    expect(cut.ok ? 'ok' : cut.error.code).toBe('corrupt');
  });

  it('refuses patches that reach for prototype keys, and pollutes nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const decoded = decodeShareHash(
        linkWithPayload(JSON.stringify({ v: 1, p: [[0, [key, 'polluted'], 1]] })),
      );
      expect(decoded.ok ? 'ok' : decoded.error.code).toBe('corrupt');
    }
    const viaValue = decodeShareHash(
      linkWithPayload(
        '{"v":1,"p":[[0,["term"],{"__proto__":{"polluted":1},"startDate":"2023-01-01","months":36}]]}',
      ),
    );
    expect(viaValue.ok ? 'ok' : viaValue.error.message).toBe(
      "the link's scenario is not valid: term: unknown field '__proto__'",
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a link whose scenario would make the simulation run away', () => {
    const s = copyOfBuiltIn(BASELINE_ID)!;
    s.simulation.replications = 10_000_000;
    const decoded = decodeShareHash(encodeShareHash(s, BASELINE_ID));
    expect(decoded.ok ? 'ok' : decoded.error.code).toBe('invalid');
    expect(decoded.ok ? [] : decoded.error.issues?.map((i) => i.path)).toEqual(['simulation.replications']);
  });
});

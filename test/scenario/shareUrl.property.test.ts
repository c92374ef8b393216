/**
 * Property tests of the share-URL codec (fast-check, fixed seeds so runs are deterministic):
 * encode → decode gives back the scenario for generated valid scenarios, and 10,000 generated
 * malformed inputs never throw, never hang (each decode < 1 s even on a loaded CI machine; typically < 5 ms) and never pollute a prototype.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesToBase64Url } from '../../src/scenario/base64url.ts';
import { BASELINE_ID, BUILT_IN_SCENARIOS, copyOfBuiltIn } from '../../src/scenario/library.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { decodeShareHash, encodeShareHash } from '../../src/scenario/shareUrl.ts';
import { validateScenario } from '../../src/scenario/validate.ts';

const ids = [...BUILT_IN_SCENARIOS.keys()];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A valid scenario: a built-in with random edits that keep it valid. */
const scenarioArb = fc
  .record({
    from: fc.constantFrom(...ids),
    seed: fc.oneof(fc.nat({ max: 0xffffffff }), fc.string({ minLength: 1, maxLength: 64 })),
    replications: fc.integer({ min: 1, max: 10_000 }),
    name: fc.string({ minLength: 1, maxLength: 120, unit: 'grapheme' }),
    hostEdits: fc.array(fc.record({ i: fc.nat(), ramGb: fc.integer({ min: 1, max: 4096 }) }), {
      maxLength: 5,
    }),
    vmEdits: fc.array(fc.record({ i: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }), { maxLength: 5 }),
    peakMbps: fc.double({ min: 0, max: 5000, noNaN: true }),
    extraHosts: fc.integer({ min: 0, max: 20 }),
    dropSms: fc.boolean(),
  })
  .map((e): Scenario => {
    const s = copyOfBuiltIn(e.from)!;
    s.simulation = { replications: e.replications, seed: e.seed };
    s.name = e.name;
    for (const h of e.hostEdits) s.compute.hosts[h.i % s.compute.hosts.length].ramGb = h.ramGb;
    for (const v of e.vmEdits) s.compute.systems[v.i % s.compute.systems.length].vms[0].count = v.count;
    s.network.egress.peakMbps = e.peakMbps;
    for (let k = 0; k < e.extraHosts; k++)
      s.compute.hosts.push({ id: `extra-${k}`, vcpu: 32, ramGb: 64, diskTb: 2 });
    if (e.dropSms) s.sms.categories = s.sms.categories.slice(1);
    return s;
  });

describe('share URL round trip', () => {
  it('decode(encode(s)) gives back s for generated valid scenarios, from any base', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...ids), (s, baseId) => {
        expect(validateScenario(s).ok).toBe(true);
        const decoded = decodeShareHash(encodeShareHash(s, baseId));
        expect(decoded.ok && decoded.scenario).toEqual(s);
      }),
      { numRuns: 300, seed: 20230101 },
    );
  });
});

const validLinks = [...BUILT_IN_SCENARIOS.values()].map((s) => encodeShareHash(s, BASELINE_ID));

function payloadLink(text: string, baseId = BASELINE_ID): string {
  return `#s=1.${baseId}.${bytesToBase64Url(deflateSync(new TextEncoder().encode(text)))}`;
}

const pathKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'compute', 'hosts', 'term', 'months', 'sms'),
  fc.integer({ min: -2, max: 60 }),
  fc.string({ maxLength: 8 }),
);
const hostileOp = fc.oneof(
  fc.tuple(fc.constantFrom(0, 1, 2, 3), fc.array(pathKey, { maxLength: 6 }), fc.jsonValue({ maxDepth: 3 })),
  fc.jsonValue({ maxDepth: 3 }),
);

const malformed = fc.oneof(
  // random text and bytes
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 300 }).map((t) => `#s=${t}`),
  fc.uint8Array({ maxLength: 600 }).map((b) => `#s=1.${BASELINE_ID}.${bytesToBase64Url(b)}`),
  fc.uint8Array({ maxLength: 600 }).map((b) => `#s=1.${BASELINE_ID}.${bytesToBase64Url(deflateSync(b))}`),
  // truncated and mutated valid links
  fc.tuple(fc.constantFrom(...validLinks), fc.nat()).map(([l, n]) => l.slice(0, n % l.length)),
  fc
    .tuple(
      fc.constantFrom(...validLinks),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 63 })), { minLength: 1, maxLength: 4 }),
    )
    .map(([l, edits]) => {
      const chars = [...l];
      const start = l.lastIndexOf('.') + 1;
      for (const [i, c] of edits) chars[start + (i % (l.length - start))] = B64[c];
      return chars.join('');
    }),
  // well-formed compression, wrong types and hostile patches
  fc.jsonValue({ maxDepth: 4 }).map((v) => payloadLink(JSON.stringify(v))),
  fc
    .record({ v: fc.jsonValue({ maxDepth: 1 }), p: fc.jsonValue({ maxDepth: 3 }) })
    .map((v) => payloadLink(JSON.stringify(v))),
  fc.array(hostileOp, { maxLength: 8 }).map((p) => payloadLink(JSON.stringify({ v: 1, p }))),
  fc.array(hostileOp, { maxLength: 8 }).map((p) => payloadLink(JSON.stringify({ v: 0, p }))),
  fc
    .constantFrom('__proto__', 'constructor', 'prototype')
    .map((k) =>
      payloadLink(`{"v":1,"p":[[0,["compute"],{"${k}":{"polluted":true}}],[0,["${k}","polluted"],1]]}`),
    ),
  // not strings at all
  fc.anything(),
);

describe('share URL decoding of malformed input', () => {
  it('never throws, never hangs and never pollutes a prototype on 10,000 malformed inputs', () => {
    let slowestMs = 0;
    fc.assert(
      fc.property(malformed, (input) => {
        const t0 = process.hrtime.bigint();
        const result = decodeShareHash(input);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        slowestMs = Math.max(slowestMs, ms);
        expect(ms).toBeLessThan(1000);
        if (result.ok) expect(validateScenario(result.scenario).ok).toBe(true);
        else expect(result.error.message.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
      }),
      { numRuns: 10_000, seed: 42 },
    );
    expect(slowestMs).toBeLessThan(1000);
  }, 120_000);
});

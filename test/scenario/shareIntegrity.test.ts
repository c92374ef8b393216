/**
 * The share link's integrity (issue 20): a damaged link is refused, never opened as a different
 * scenario; old links without a checksum still open, marked unchecked; bytes after the compressed
 * data, invalid UTF-8 and deep nesting are refused with a message, never a RangeError.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesToBase64Url } from '../../src/scenario/base64url.ts';
import { BASELINE_ID, builtInScenario, copyOfBuiltIn } from '../../src/scenario/library.ts';
import { checksumOf, crc32OfText } from '../../src/scenario/shareChecksum.ts';
import { decodeShareHash, encodeAgainst, encodeShareHash } from '../../src/scenario/shareUrl.ts';

const BASE = builtInScenario(BASELINE_ID)!;

/** A format-2 link (with a correct checksum) whose compressed data is `bytes`. */
function v2Link(bytes: Uint8Array, baseId = BASELINE_ID): string {
  const body = `2.${baseId}.${bytesToBase64Url(bytes)}`;
  return `#s=${body}.${checksumOf(body)}`;
}
const v1Link = (bytes: Uint8Array) => `#s=1.${BASELINE_ID}.${bytesToBase64Url(bytes)}`;
const deflated = (text: string) => deflateSync(new TextEncoder().encode(text), { level: 9 });

function edited(): ReturnType<typeof copyOfBuiltIn> & object {
  const s = copyOfBuiltIn(BASELINE_ID)!;
  s.contract.totalInclVatCny = '6000000.00';
  s.term.months = 48;
  s.contract.installmentDueDates = [...s.contract.installmentDueDates, '2026-06-30', '2026-12-31'];
  s.simulation.seed = 77;
  return s;
}

describe('checksum', () => {
  it('is the standard CRC-32 (check value of "123456789")', () => {
    expect(crc32OfText('123456789')).toBe(0xcbf43926);
    expect(checksumOf('123456789')).toMatch(/^[A-Za-z0-9_-]{6}$/);
  });

  it('no single-bit flip of three real links opens a different scenario or view', () => {
    const links = [
      encodeShareHash(edited(), BASELINE_ID, { risk: 'cautious', view: 'results' }),
      encodeShareHash(copyOfBuiltIn('renewal-2026-right-size')!, 'renewal-2026-right-size', {
        view: 'compare',
        compare: ['renewal-2026-as-is', 'renewal-2026-right-size', 'renewal-2026-expand'],
      }),
      encodeShareHash(copyOfBuiltIn('stress-sms-peak')!, BASELINE_ID),
    ];
    let flips = 0;
    let opened = 0;
    for (const link of links) {
      const original = decodeShareHash(link);
      expect(original.ok).toBe(true);
      if (!original.ok) continue;
      for (let i = 1; i < link.length; i++) {
        for (let bit = 0; bit < 7; bit++) {
          const flipped =
            link.slice(0, i) + String.fromCharCode(link.charCodeAt(i) ^ (1 << bit)) + link.slice(i + 1);
          flips++;
          const d = decodeShareHash(flipped);
          if (!d.ok) continue;
          opened++;
          // Only harmless flips may open (none are expected), and then exactly the same thing.
          expect(d.scenario).toEqual(original.scenario);
          expect(d.view).toEqual(original.view);
        }
      }
    }
    expect(flips).toBeGreaterThan(2000);
    expect(opened).toBe(0);
  });

  it('a one-character change that an old link accepts as another contract is refused in a new link', () => {
    const s = edited();
    const old = encodeAgainst(s, BASELINE_ID, BASE, 1, undefined, 1);
    const now = encodeShareHash(s, BASELINE_ID);
    // Find a character change in the old link that still opens, but as a different scenario.
    let changed: { at: number; to: string } | null = null;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const dataStart = old.lastIndexOf('.') + 1;
    search: for (let i = dataStart; i < old.length; i++) {
      for (const ch of alphabet) {
        if (ch === old[i]) continue;
        const d = decodeShareHash(old.slice(0, i) + ch + old.slice(i + 1));
        if (d.ok && JSON.stringify(d.scenario) !== JSON.stringify(s)) {
          expect(d.checked).toBe(false); // an old link opens, but is marked unchecked
          changed = { at: i - dataStart, to: ch };
          break search;
        }
      }
    }
    expect(changed).not.toBeNull();
    // The same kind of change anywhere in the new link's data is refused by its checksum.
    const newStart = now.indexOf('.', now.indexOf('.', 4) + 1) + 1;
    const newEnd = now.lastIndexOf('.');
    for (let i = newStart; i < newEnd; i++) {
      const ch = now[i] === 'A' ? 'B' : 'A';
      const d = decodeShareHash(now.slice(0, i) + ch + now.slice(i + 1));
      expect(d.ok ? 'opened' : d.error.code).not.toBe('opened');
    }
  });

  it('old links without a checksum still open, marked unchecked', () => {
    const s = edited();
    const d = decodeShareHash(encodeAgainst(s, BASELINE_ID, BASE, 1, undefined, 1));
    expect(d.ok && d.checked).toBe(false);
    expect(d.ok && d.scenario).toEqual(s);
    const now = decodeShareHash(encodeShareHash(s, BASELINE_ID));
    expect(now.ok && now.checked).toBe(true);
  });
});

describe('the view travels in the link', () => {
  it('risk reading, view, compare set and replications round-trip', () => {
    const view = {
      risk: 'cautious' as const,
      view: 'compare',
      compare: ['renewal-2026-as-is', '__current__', 'renewal-2026-expand'],
      compareReplications: 300,
    };
    const d = decodeShareHash(encodeShareHash(edited(), BASELINE_ID, view));
    expect(d.ok && d.view).toEqual(view);
  });

  it('drops what it cannot use, with a warning, and still opens the scenario', () => {
    const payload = { v: 1, p: [], w: { r: 'x', v: 'Results!', c: ['nope', 'renewal-2026-expand'], n: -4 } };
    const d = decodeShareHash(v2Link(deflated(JSON.stringify(payload))));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.view).toEqual({ compare: ['renewal-2026-expand'] });
    expect(d.warnings.length).toBe(4);
  });
});

describe('compare options only the sharer has travel whole', () => {
  function recommended() {
    const s = edited();
    s.name = 'Recommended quotas';
    s.contract.quotas.vcpu = 456;
    s.contract.quotas.ramGb = 1536;
    return s;
  }

  it('an adopted option in the compare set round-trips, validated, and stays under a checksum', () => {
    const view = {
      view: 'compare',
      compare: ['__current__', 'adopted-1'],
      extras: { 'adopted-1': recommended() },
    };
    const hash = encodeShareHash(edited(), BASELINE_ID, view);
    expect(hash.length).toBeLessThan(700);
    const d = decodeShareHash(hash);
    expect(d.ok && d.view).toEqual(view);
    expect(d.ok && d.warnings).toEqual([]);
    // A changed character in the carried option is refused like any other damage.
    const i = hash.indexOf('.', hash.indexOf('.', 4) + 1) + 40;
    const flipped = hash.slice(0, i) + (hash[i] === 'A' ? 'B' : 'A') + hash.slice(i + 1);
    const f = decodeShareHash(flipped);
    expect(f.ok ? 'opened' : f.error.code).toBe('checksum');
  });

  it('drops, with a warning naming it, an option that is not a valid scenario or a built-in id', () => {
    const bad = { 'adopted-1': [[0, ['contract', 'quotas', 'vcpu'], -5]], 'renewal-2026-expand': [] };
    const payload = { v: 1, p: [], w: { c: ['__current__', 'adopted-1', 'renewal-2026-expand'], x: bad } };
    const d = decodeShareHash(v2Link(deflated(JSON.stringify(payload))));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.view).toEqual({ compare: ['__current__', 'renewal-2026-expand'] });
    expect(d.warnings).toContain(
      "the compared scenario 'adopted-1' in the link is not valid; it was left out",
    );
    expect(d.warnings.length).toBe(3);
  });

  it('carries no option the compare set does not name', () => {
    const payload = {
      v: 1,
      p: [],
      w: { c: ['__current__', 'renewal-2026-expand'], x: { 'adopted-2': [] } },
    };
    const d = decodeShareHash(v2Link(deflated(JSON.stringify(payload))));
    expect(d.ok && d.view).toEqual({ compare: ['__current__', 'renewal-2026-expand'] });
  });
});

describe('hostile data inside a well-formed link', () => {
  const good = deflated(JSON.stringify({ v: 1, p: [] }));

  it.each([
    ['v1', v1Link],
    ['v2', (b: Uint8Array) => v2Link(b)],
  ])('refuses bytes after the compressed data (%s)', (_name, make) => {
    expect(decodeShareHash(make(good)).ok).toBe(true);
    for (const extra of [[0], [1, 2, 3], Array.from({ length: 40 }, (_, i) => i)]) {
      const bytes = new Uint8Array([...good, ...extra]);
      const d = decodeShareHash(make(bytes));
      expect(d.ok ? 'opened' : d.error.message).toBe(
        'the link is damaged: there are extra bytes after its compressed data',
      );
    }
  });

  it('refuses invalid UTF-8 with a message rather than replacing it', () => {
    for (const bad of [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      const text = new TextEncoder().encode('{"v":1,"p":[[0,["name"],"');
      const bytes = deflateSync(new Uint8Array([...text, ...bad, ...new TextEncoder().encode('"]]}')]));
      const d = decodeShareHash(v2Link(bytes));
      expect(d.ok ? 'opened' : d.error.message).toBe('the link is damaged: its data is not valid UTF-8 text');
    }
  });

  it('refuses deep nesting with a message, never a stack overflow', () => {
    for (const depth of [65, 5_000, 100_000]) {
      for (const [open, close] of [
        ['[', ']'],
        ['{"a":', '}'],
      ]) {
        const value = open.repeat(depth) + '1' + close.repeat(depth);
        const d = decodeShareHash(v2Link(deflated(`{"v":1,"p":[[0,["name"],${value}]]}`)));
        expect(d.ok).toBe(false);
        if (d.ok) continue;
        expect(d.error.message).not.toMatch(/RangeError|call stack/);
        expect(d.error.message).toMatch(/nests deeper than 64 levels|does not unpack|more than/);
      }
    }
    // Brackets inside strings are text, not nesting.
    const inString = decodeShareHash(v2Link(deflated(`{"v":1,"p":[[0,["name"],"${'['.repeat(100)}"]]}`)));
    expect(inString.ok).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { applyPatch, diffJson } from '../../src/scenario/diff.ts';

describe('diffJson / applyPatch', () => {
  const base = {
    a: 1,
    b: { c: [1, 2, 3], d: 'x' },
    e: [
      { id: 'p', n: 1 },
      { id: 'q', n: 2 },
    ],
  };

  it('emits one operation per changed leaf', () => {
    const target = { ...base, b: { ...base.b, d: 'y' } };
    expect(diffJson(base, target)).toEqual([[0, ['b', 'd'], 'y']]);
    expect(diffJson(base, base)).toEqual([]);
  });

  it('handles added and removed keys, appended and truncated arrays', () => {
    const target = {
      a: 1,
      b: { c: [1, 2], d: 'x', f: true },
      e: [
        { id: 'p', n: 1 },
        { id: 'q', n: 2 },
        { id: 'r', n: 3 },
      ],
    };
    const patch = diffJson(base, target);
    expect(patch).toEqual([
      [2, ['b', 'c'], 2],
      [0, ['b', 'f'], true],
      [0, ['e', 2], { id: 'r', n: 3 }],
    ]);
    expect(applyPatch(base, patch)).toEqual({ ok: true, value: target });
    expect(applyPatch(target, diffJson(target, { a: 2 }))).toEqual({ ok: true, value: { a: 2 } });
  });

  it('never mutates the base', () => {
    const before = JSON.stringify(base);
    applyPatch(base, [[0, ['b', 'c', 0], 99]]);
    expect(JSON.stringify(base)).toBe(before);
  });

  it.each([
    [[[0, ['__proto__', 'x'], 1]], 'op 0: path is not a list of safe keys'],
    [[[0, ['b', 'constructor'], 1]], 'op 0: path is not a list of safe keys'],
    [[[0, ['e', 5], 1]], 'op 0: cannot set e.5'],
    [[[0, ['zz', 'y'], 1]], 'op 0: path zz.y does not exist'],
    [[[1, ['e', 0]]], 'op 0: cannot delete e.0'],
    [[[2, ['a'], 0]], 'op 0: cannot truncate a'],
    [[[7, []]], 'op 0: unknown kind'],
    ['nope', 'patch is not a list of operations'],
  ])('refuses patch %# with a message', (patch, message) => {
    expect(applyPatch(base, patch)).toEqual({ ok: false, message });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

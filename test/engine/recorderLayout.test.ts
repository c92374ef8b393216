import { describe, expect, it } from 'vitest';
import { MonthlyRecorder } from '../../src/engine/recorder.ts';

describe('recorder layout', () => {
  it('records a known layout into one buffer and hands it out as views of it', () => {
    const r = new MonthlyRecorder(3, ['a', 'b']);
    r.set('b', 1, 5);
    r.add('a', 2, 2);
    const out = r.toPackedObject();
    expect(Array.from(out.a)).toEqual([0, 0, 2]);
    expect(Array.from(out.b)).toEqual([0, 5, 0]);
    expect(out.a.buffer).toBe(out.b.buffer);
    expect(out.a.buffer.byteLength).toBe(2 * 3 * 8);
  });

  it('packs series created outside the layout into one buffer too, values kept', () => {
    const r = new MonthlyRecorder(2, ['a']);
    r.set('a', 0, 1);
    r.set('extra', 1, 7);
    const out = r.toPackedObject();
    expect(Object.keys(out)).toEqual(['a', 'extra']);
    expect(Array.from(out.a)).toEqual([1, 0]);
    expect(Array.from(out.extra)).toEqual([0, 7]);
    expect(out.a.buffer).toBe(out.extra.buffer);
  });

  it('packs a recorder without a layout', () => {
    const r = new MonthlyRecorder(2);
    r.set('x', 0, 3);
    r.set('y', 1, 4);
    const out = r.toPackedObject();
    expect(out.x.buffer).toBe(out.y.buffer);
    expect(Array.from(out.y)).toEqual([0, 4]);
  });
});

import { describe, expect, it } from 'vitest';
import { MonthlyRecorder } from '../../src/engine/recorder.ts';

describe('MonthlyRecorder', () => {
  it('sets, adds and keeps maxima per month in preallocated series', () => {
    const r = new MonthlyRecorder(3);
    r.set('level', 0, 5);
    r.set('level', 0, 7);
    r.add('flow', 1, 2);
    r.add('flow', 1, 3);
    r.max('peak', 2, 4);
    r.max('peak', 2, 1);
    expect([...r.series('level')]).toEqual([7, 0, 0]);
    expect([...r.series('flow')]).toEqual([0, 5, 0]);
    expect([...r.series('peak')]).toEqual([0, 0, 4]);
    expect(r.names()).toEqual(['level', 'flow', 'peak']);
    expect(r.toObject().flow).toBe(r.series('flow'));
  });

  it('throws on a month index outside the term', () => {
    const r = new MonthlyRecorder(3);
    expect(() => r.set('x', 3, 1)).toThrow(/month index 3/);
    expect(() => r.add('x', -1, 1)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/engine/random.ts';
import { assertRecommendable, NotRecommendableError } from '../../src/planner/recommendable.ts';
import {
  accepts,
  decideQuota,
  evidenceAt,
  PeakSample,
  RULE_ERROR,
  stoppingRule,
} from '../../src/planner/stoppingRule.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

const likely = (firstLook = 200, maxReplications = 1600) =>
  stoppingRule({ firstLook, maxReplications, adjustableQuotas: 8, reading: 'likely' });

describe('the stopping rule', () => {
  it('doubles the replications from look to look and spends 5 % over the looks (Bonferroni)', () => {
    const rule = likely();
    expect(rule.looks).toEqual([200, 400, 800, 1600]);
    expect(rule.boundConfidence).toBeCloseTo(1 - RULE_ERROR / 4, 12);
    expect(likely(200, 1000).looks).toEqual([200, 400, 800, 1000]);
    expect(likely(300, 300).looks).toEqual([300]);
  });

  it('spends it over the quotas too with the cautious reading', () => {
    const rule = stoppingRule({
      firstLook: 200,
      maxReplications: 1600,
      adjustableQuotas: 8,
      reading: 'cautious',
    });
    expect(rule.family).toBe(8);
    expect(rule.boundConfidence).toBeCloseTo(1 - 0.05 / 32, 12);
  });

  it('refuses a maximum below the first look', () => {
    expect(() => likely(400, 200)).toThrow(/first look/);
  });
});

describe('deciding a quota level', () => {
  it('counts the peaks above a level', () => {
    const s = new PeakSample([5, 1, 3, 3, Number.NaN, 9]);
    expect(s.n).toBe(6);
    expect(s.breachesAt(3)).toBe(2);
    expect(s.breachesAt(0)).toBe(5);
    expect(s.breachesAt(9)).toBe(0);
    expect(s.max).toBe(9);
  });

  it('buys the peak rounded up to the step when every replication has the same peak', () => {
    const s = new PeakSample(new Array(200).fill(437.25));
    const d = decideQuota(s, 8, 0.05, likely());
    expect(d.level).toBe(440);
    expect(d.clear).toBe(true);
    expect(d.below?.breach.estimate).toBe(1);
    // A peak exactly on a step is no breach: the quota is the step itself.
    expect(decideQuota(new PeakSample(new Array(200).fill(448)), 8, 0.05, likely()).level).toBe(448);
  });

  it('accepts nothing while too few replications could show any level under the tolerance', () => {
    // 0 of 40: the Wilson upper bound alone is 3.84 / 43.84 = 8.8 % > 5 %.
    const d = decideQuota(new PeakSample(new Array(40).fill(1)), 1, 0.05, likely(40, 40));
    expect(d.level).toBeNull();
    expect(d.clear).toBe(false);
  });

  it('takes the lowest level whose bounds are within the tolerance, and calls it clear only when the one below is shown to exceed it', () => {
    // Peaks 1 … 1000: P(peak > L) = (1000 − L) / 1000 on this sample.
    const peaks = Array.from({ length: 1000 }, (_, i) => i + 1);
    const rule = likely(1000, 1000);
    const d = decideQuota(new PeakSample(peaks), 10, 0.05, rule);
    expect(d.level).not.toBeNull();
    const level = d.level as number;
    expect(accepts(evidenceAt(new PeakSample(peaks), level, rule), 0.05)).toBe(true);
    expect(accepts(evidenceAt(new PeakSample(peaks), level - 10, rule), 0.05)).toBe(false);
    // 30 of 1000 above 970 (3 %): its 98.75 % upper bound ≈ 4.6 %; 40 above 960 is 5.4 %.
    expect(level).toBe(970);
    expect(d.below?.breach.estimate).toBeCloseTo(0.04, 12);
    expect(d.clear).toBe(false);
  });
});

describe('the sequential rule', () => {
  // Peaks ~ Exponential(1): P(peak > L) = e^(−L) exactly, so the true breach of every level is known.
  const trial = (stream: RandomStream, step: number, rule: ReturnType<typeof likely>) => {
    const peaks: number[] = [];
    for (const look of rule.looks) {
      while (peaks.length < look) peaks.push(-Math.log(1 - stream.next()));
      const d = decideQuota(new PeakSample(peaks), step, 0.05, rule);
      if (d.level !== null && d.clear) return { level: d.level, n: look, clear: true };
      if (look === rule.looks.at(-1)) return { level: d.level, n: look, clear: false };
    }
    throw new Error('no look');
  };

  it('is sound: a level that truly breaches more often than α is accepted in under 5 % of trials', () => {
    // Step 0.25: level 2.75 breaches 6.4 % of the time, 3.0 4.98 % — right at the tolerance.
    const stream = new RandomStream(20260101, 'stopping-rule-soundness');
    const rule = likely(100, 1600);
    let wrong = 0;
    const trials = 300;
    for (let t = 0; t < trials; t++) {
      const { level } = trial(stream, 0.25, rule);
      if (level === null || Math.exp(-level) > 0.05) wrong++;
    }
    expect(wrong / trials).toBeLessThan(0.05);
  });

  it('stops early once the level below is shown to breach more often than α', () => {
    // Step 1.2: level 3.6 breaches 2.7 % of the time, 2.4 (one step lower) 9.1 %.
    const stream = new RandomStream(20260101, 'stopping-rule-early');
    const rule = likely(100, 1600);
    const results = Array.from({ length: 100 }, () => trial(stream, 1.2, rule));
    const early = results.filter((r) => r.clear && r.n < 1600);
    expect(early.length).toBeGreaterThan(80);
    expect(results.every((r) => r.level === 3.6 || r.level === 4.8)).toBe(true);
  });
});

describe('what the recommender can size', () => {
  it('refuses a timeline that changes quotas or hosts, naming the event', () => {
    const timeline = [
      { kind: 'price-change', date: '2024-01-01', factor: '0.9' },
      { kind: 'quota-change', date: '2024-06-01', quotas: { vcpu: 600 } },
    ] as unknown as Scenario['timeline'];
    expect(() => assertRecommendable({ timeline })).toThrow(NotRecommendableError);
    expect(() => assertRecommendable({ timeline })).toThrow(/timeline\[1\] \(quota-change\)/);
    expect(() => assertRecommendable({ timeline: timeline.slice(0, 1) })).not.toThrow();
  });
});

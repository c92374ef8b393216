import { describe, expect, it } from 'vitest';
import { breachByEnd } from '../../src/app/components/quotaRisk.ts';
import { translator } from '../../src/app/i18n/translate.ts';
import {
  ceilToStep,
  placementRisk,
  QUOTA_STEP,
  quotaRiskLine,
  quotaRiskLines,
  spendReading,
} from '../../src/app/views/results/riskReadings.ts';
import { addText, riskSentence } from '../../src/app/views/results/riskText.ts';
import { ReplicationAggregator } from '../../src/results/aggregate.ts';
import type { RunSummary } from '../../src/results/types.ts';
import { BASELINE_ID, copyOfBuiltIn } from '../../src/scenario/library.ts';

const MONTHS = 12;
const labels = Array.from({ length: MONTHS }, (_, m) => `2024-${String(m + 1).padStart(2, '0')}`);

/** A seeded uniform in [0, 1) (mulberry32), so the runs' peaks are spread and reproducible. */
function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `replications` runs of a storage series growing to a random level, summarised against `limit`, or
 * against `limit` until month 6 and `limit + raised` from then (a quota amendment).
 */
function storageRun(replications: number, limit: number, seed = 7, raised = 0): RunSummary {
  const agg = new ReplicationAggregator({
    scenarioId: 't',
    inputsHash: 'h',
    seed,
    replications,
    monthLabels: labels,
    quotaLimits: { storageTb: limit },
    quotaLimitsByMonth: raised
      ? { storageTb: Array.from({ length: MONTHS }, (_, m) => (m < 6 ? limit : limit + raised)) }
      : undefined,
  });
  const draw = uniform(seed);
  for (let r = 0; r < replications; r++) {
    const end = 40 + 30 * draw();
    const series = Float64Array.from({ length: MONTHS }, (_, m) => 35 + ((end - 35) * (m + 1)) / MONTHS);
    agg.add({ replication: r, seed, series: { storageUsedTb: series }, eventsProcessed: 0 });
  }
  return agg.summarize();
}

describe('how much to add to stay under 5 %', () => {
  for (const n of [20, 200, 1000]) {
    it(`with the addition, at most 5 % of ${n} runs breach; one step less, more do`, () => {
      const before = storageRun(n, 54);
      const line = quotaRiskLine(before.quotas[0]);
      expect(line.breachProbability).toBeGreaterThan(0.05);
      expect(line.addForTolerance).toBeGreaterThan(0);
      const after = storageRun(n, line.limitForTolerance);
      expect(breachByEnd(after.quotas[0])).toBeLessThanOrEqual(0.05);
      const short = storageRun(n, Number((line.limitForTolerance - QUOTA_STEP.storageTb).toFixed(1)));
      expect(breachByEnd(short.quotas[0])).toBeGreaterThan(0.05);
    });
  }

  it('holds when the limit changes over the term (an amendment): every month’s limit plus the addition', () => {
    const before = storageRun(200, 50, 11, 6);
    const line = quotaRiskLine(before.quotas[0]);
    // The header names both limits in force, in order.
    expect(line.limits).toEqual([50, 56]);
    expect(quotaRiskLine(storageRun(20, 54).quotas[0]).limits).toEqual([54]);
    expect(line.breachProbability).toBeGreaterThan(0.05);
    const after = storageRun(200, 50 + line.addForTolerance, 11, 6);
    expect(breachByEnd(after.quotas[0])).toBeLessThanOrEqual(0.05);
    const short = storageRun(200, Number((50 + line.addForTolerance - 0.1).toFixed(1)), 11, 6);
    expect(breachByEnd(short.quotas[0])).toBeGreaterThan(0.05);
  });

  it('adds nothing when the quota already holds, and rounds up to the step without float dust', () => {
    const line = quotaRiskLine(storageRun(200, 200).quotas[0]);
    expect(line.addForTolerance).toBe(0);
    expect(line.limitForTolerance).toBe(200);
    expect(ceilToStep(60.9, 0.1)).toBe(60.9);
    expect(ceilToStep(60.91, 0.1)).toBe(61);
    expect(ceilToStep(437.2, 1)).toBe(438);
  });

  it('reads time to exhaustion at both readings: P50 never earlier than P95', () => {
    const line = quotaRiskLine(storageRun(200, 54).quotas[0]);
    expect(line.exhaustionLikely).not.toBeNull();
    expect(line.exhaustionCautious).not.toBeNull();
    expect(line.exhaustionCautious!).toBeLessThanOrEqual(line.exhaustionLikely!);
  });

  it('orders quotas riskiest first', () => {
    const s = storageRun(200, 54);
    const both: RunSummary = {
      ...s,
      quotas: [
        { ...s.quotas[0], quota: 'vcpu', breachProbabilityByMonth: new Array(MONTHS).fill(0) },
        s.quotas[0],
      ],
    };
    expect(quotaRiskLines(both).map((l) => l.quota)).toEqual(['storageTb', 'vcpu']);
  });
});

describe('placement refusals as a risk', () => {
  it('counts runs with a refusal and reads the first month like a breach', () => {
    const histogram = [0, 10, 50, 40, 0, 0, 0, 0, 0, 0, 0, 0, 100];
    const p = placementRisk(
      {
        replications: 200,
        runsWithRefusal: 100,
        firstMonthHistogram: histogram,
        mostLikelyMonth: 2,
        mostLikelyMonthShare: 0.25,
        reasons: [],
        fragmentedShare: 0,
        typical: null,
        examples: [],
      },
      MONTHS,
    )!;
    expect(p.share).toBe(0.5);
    expect(p.byMonth[3]).toBe(0.5);
    expect(p.firstLikely).toBe(3); // 50 % of runs have had their first refusal by month 3
    expect(p.firstCautious).toBe(1); // 5 % by month 1
    expect(placementRisk(undefined, MONTHS)).toBeNull();
  });
});

describe('the plain-language sentence', () => {
  const scenario = copyOfBuiltIn(BASELINE_ID)!;
  const summary: RunSummary = {
    ...storageRun(200, 54),
    cost: {
      monthlyGrossBeforeDiscount: { p5: [], p50: [], p95: [], mean: [] },
      monthlyFaultDiscount: { p5: [], p50: [], p95: [], mean: [] },
      monthlyGrossAfterDiscount: { p5: [], p50: [], p95: [], mean: [] },
      cumulative: { p5: [], p50: [], p95: [], mean: [] },
      installments: {
        gross: { p5: [], p50: [], p95: [], mean: [] },
        vat: { p5: [], p50: [], p95: [], mean: [] },
        discount: { p5: [], p50: [], p95: [], mean: [] },
      },
      total: { p5: '5000000.00', p50: '5059251.99', p95: '5118557.41', mean: '5059000.00' },
      exceedProbability: 0,
    },
  };

  it('names the riskiest quota, when it runs out, what to add, and the spend, in both languages', () => {
    const line = quotaRiskLine(summary.quotas[0]);
    const zh = riskSentence(summary, scenario, 'likely', 'zh-CN', translator('zh-CN'));
    const en = riskSentence(summary, scenario, 'likely', 'en', translator('en'));
    expect(zh).toContain('存储（主+备份+日志）（54 TB）最可能在2024年');
    expect(zh).toContain(addText(line, scenario, 'zh-CN', translator('zh-CN'), true));
    expect(zh).toContain('¥5,059,251.99');
    expect(en).toMatch(/^Storage \(primary \+ backup \+ logs\) \(54 TB\) runs out most likely in \w{3} 2024/);
    expect(en).toContain(
      `Add ${addText(line, scenario, 'en', translator('en'), true)} to bring that to 5 % or less.`,
    );
    expect(en).toContain('Spend over the term is ¥5,059,251.99 (likely, P50), 87.7% of the contract total');
  });

  it('says so when nothing is at risk', () => {
    const safe = { ...summary, ...storageRun(200, 200), cost: summary.cost };
    expect(riskSentence(safe, scenario, 'cautious', 'en', translator('en'))).toMatch(
      /^No quota is above 5 % breach risk, and every VM fits\. Spend over the term is ¥5,118,557.41 \(cautious, P95\)/,
    );
  });

  it('reads spend at the chosen level', () => {
    expect(spendReading(summary.cost, '5767200.00', 'likely')?.amount).toBe('5059251.99');
    expect(spendReading(summary.cost, '5767200.00', 'cautious')?.amount).toBe('5118557.41');
  });
});

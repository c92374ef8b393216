/**
 * DEV-ONLY SAMPLE DATA, for seeing the charts before the runner exists (`?sample=1`). It fakes
 * replications with simple seeded growth curves — not the simulation — and the UI labels every
 * result it produces with a "sample data" banner. Never used unless asked for in the URL.
 */
import type { Band, QuotaKey, QuotaRisk, RunSummary } from '../../results/types.ts';
import type { RunExtras } from '../store/types.ts';

const MONTHS = 36;
const REPLICATIONS = 200;

/** mulberry32: a small seeded generator, so the sample is the same on every load. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function monthLabels(): string[] {
  return Array.from(
    { length: MONTHS },
    (_, m) => `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
  );
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i];
}

/** runs[r][m] → band over r per month. */
function bandOf(runs: number[][]): Band {
  const band: Band = { p5: [], p50: [], p95: [], mean: [] };
  for (let m = 0; m < MONTHS; m++) {
    const col = runs.map((r) => r[m]).sort((a, b) => a - b);
    band.p5.push(percentile(col, 0.05));
    band.p50.push(percentile(col, 0.5));
    band.p95.push(percentile(col, 0.95));
    band.mean.push(col.reduce((s, v) => s + v, 0) / col.length);
  }
  return band;
}

interface Growth {
  start: number;
  monthlyGrowth: number;
  noise: number;
  /** A step added at a random onboarding month in [stepFrom, stepTo). */
  step: number;
  stepFrom: number;
  stepTo: number;
}

function simulate(rand: () => number, g: Growth): number[][] {
  return Array.from({ length: REPLICATIONS }, () => {
    const rate = g.monthlyGrowth * (0.6 + 0.8 * rand());
    const stepMonth = g.stepFrom + Math.floor(rand() * (g.stepTo - g.stepFrom));
    return Array.from({ length: MONTHS }, (_, m) => {
      const trend = g.start * (1 + rate) ** m + (m >= stepMonth ? g.step : 0);
      return Math.max(0, trend * (1 + g.noise * (rand() - 0.5)));
    });
  });
}

function quotaRisk(
  quota: QuotaKey,
  metric: string,
  unit: string,
  limit: number,
  runs: number[][],
): QuotaRisk {
  const firstBreach = runs.map((r) => r.findIndex((v) => v > limit));
  const histogram = Array<number>(MONTHS + 1).fill(0);
  for (const f of firstBreach) histogram[f < 0 ? MONTHS : f]++;
  const breachProbabilityByMonth: number[] = [];
  let cumulative = 0;
  for (const c of histogram.slice(0, MONTHS)) {
    cumulative += c;
    breachProbabilityByMonth.push(cumulative / REPLICATIONS);
  }
  const inTerm = histogram.slice(0, MONTHS);
  const most = Math.max(...inTerm);
  const peaks = runs.map((r) => Math.max(...r)).sort((a, b) => a - b);
  const excess = peaks.map((p) => Math.max(0, p - limit));
  return {
    quota,
    metric,
    limit,
    unit,
    peakP50: percentile(peaks, 0.5),
    peakP95: percentile(peaks, 0.95),
    breachProbabilityByMonth,
    firstBreachHistogram: histogram,
    mostLikelyFirstBreachMonth: most > 0 ? inTerm.indexOf(most) : null,
    excessP50: percentile(excess, 0.5),
    excessP95: percentile(excess, 0.95),
  };
}

const SPECS: { quota: QuotaKey; metric: string; unit: string; limit: number; growth: Growth }[] = [
  {
    quota: 'vcpu',
    metric: 'vcpuDemand',
    unit: 'vCPU',
    limit: 494,
    growth: { start: 300, monthlyGrowth: 0.012, noise: 0.06, step: 48, stepFrom: 12, stepTo: 18 },
  },
  {
    quota: 'ramGb',
    metric: 'ramGbDemand',
    unit: 'GB',
    limit: 1048,
    growth: { start: 700, monthlyGrowth: 0.011, noise: 0.05, step: 96, stepFrom: 12, stepTo: 18 },
  },
  {
    quota: 'vmCount',
    metric: 'vmCountDemand',
    unit: 'VMs',
    limit: 200,
    growth: { start: 110, monthlyGrowth: 0.01, noise: 0.04, step: 20, stepFrom: 12, stepTo: 18 },
  },
  {
    quota: 'diskTb',
    metric: 'diskTbDemand',
    unit: 'TB',
    limit: 64,
    growth: { start: 30, monthlyGrowth: 0.012, noise: 0.03, step: 4, stepFrom: 12, stepTo: 18 },
  },
  {
    quota: 'storageTb',
    metric: 'storageUsedTb',
    unit: 'TB',
    limit: 54,
    growth: { start: 28, monthlyGrowth: 0.018, noise: 0.03, step: 3, stepFrom: 20, stepTo: 26 },
  },
  {
    quota: 'egressMbps',
    metric: 'egressPeakMbps',
    unit: 'Mbit/s',
    limit: 1000,
    growth: { start: 420, monthlyGrowth: 0.008, noise: 0.35, step: 0, stepFrom: 0, stepTo: 1 },
  },
  {
    quota: 'serverToServerMbps',
    metric: 'serverToServerPeakMbps',
    unit: 'Mbit/s',
    limit: 200,
    growth: { start: 90, monthlyGrowth: 0.01, noise: 0.3, step: 40, stepFrom: 12, stepTo: 15 },
  },
  {
    quota: 'dbNodes',
    metric: 'dbPeakLoadOfOneNode',
    unit: '× one node',
    limit: 1,
    growth: { start: 0.45, monthlyGrowth: 0.012, noise: 0.12, step: 0, stepFrom: 0, stepTo: 1 },
  },
];

/** SMS per month with a Spring-Festival restart peak, and its running annual sum. */
function smsRuns(rand: () => number): { monthly: number[][]; yearToDate: number[][] } {
  const monthly = Array.from({ length: REPLICATIONS }, () =>
    Array.from({ length: MONTHS }, (_, m) => {
      const season = m % 12 === 1 || m % 12 === 2 ? 1.5 : m % 12 === 11 ? 1.25 : 1;
      return 96000 * season * (1 + 0.01 * m) * (0.85 + 0.3 * rand());
    }),
  );
  const yearToDate = monthly.map((r) => {
    let sum = 0;
    return r.map((v, m) => (sum = (m % 12 === 0 ? 0 : sum) + v));
  });
  return { monthly, yearToDate };
}

function fenToMoney(fen: number): string {
  const f = Math.round(fen);
  return `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;
}

/** Fake monthly settlement by resource group, in integer fen, and cumulative bands. */
function sampleMoney(rand: () => number): Pick<RunExtras, 'monthlyCostByResource' | 'cumulativeCost'> {
  const groups: [string, number][] = [
    ['compute', 7_400_000],
    ['storage', 2_900_000],
    ['network', 2_300_000],
    ['database', 1_800_000],
    ['security', 1_200_000],
    ['sms', 350_000],
  ];
  const runs = Array.from({ length: 100 }, () =>
    groups.map(([, fen]) =>
      Array.from({ length: MONTHS }, (_, m) => fen * (1 + 0.006 * m) * (0.95 + 0.1 * rand())),
    ),
  );
  const monthlyCostByResource = groups.map(([resource], g) => ({
    resource,
    values: Array.from({ length: MONTHS }, (_, m) =>
      fenToMoney(
        percentile(
          runs.map((r) => r[g][m]).sort((a, b) => a - b),
          0.5,
        ),
      ),
    ),
  }));
  const cumulativeRuns = runs.map((r) => {
    let sum = 0;
    return Array.from({ length: MONTHS }, (_, m) => (sum += Math.round(r.reduce((s, g) => s + g[m], 0))));
  });
  const band = bandOf(cumulativeRuns);
  return {
    monthlyCostByResource,
    cumulativeCost: {
      p5: band.p5.map(fenToMoney),
      p50: band.p50.map(fenToMoney),
      p95: band.p95.map(fenToMoney),
    },
  };
}

function sampleHosts(rand: () => number, vcpu: Band): RunExtras['hostsByMonth'] {
  const hosts = Array.from({ length: 12 }, (_, h) => ({
    id: `host-${String(h + 1).padStart(2, '0')}`,
    bias: 0.55 + 0.5 * rand(),
  }));
  return vcpu.p50.map((v) =>
    hosts.map((h) => ({
      hostId: h.id,
      vcpu: Math.min(1, (v / 494) * h.bias),
      ram: Math.min(1, (v / 494) * h.bias * (0.85 + 0.2 * rand())),
    })),
  );
}

export function createSampleRun(): { summary: RunSummary; extras: RunExtras } {
  const rand = seeded(20230101);
  const metrics: RunSummary['metrics'] = {};
  const quotas: QuotaRisk[] = [];
  for (const spec of SPECS) {
    const runs = simulate(rand, spec.growth);
    metrics[spec.metric] = { unit: spec.unit, band: bandOf(runs) };
    quotas.push(quotaRisk(spec.quota, spec.metric, spec.unit, spec.limit, runs));
  }
  const sms = smsRuns(rand);
  metrics.smsMonthly = { unit: 'messages', band: bandOf(sms.monthly) };
  metrics.smsYearToDate = { unit: 'messages', band: bandOf(sms.yearToDate) };
  quotas.splice(7, 0, quotaRisk('smsPerYear', 'smsYearToDate', 'messages', 1_500_000, sms.yearToDate));

  const summary: RunSummary = {
    scenarioId: 'sample',
    inputsHash: 'sample',
    seed: 'sample',
    replications: REPLICATIONS,
    months: MONTHS,
    monthLabels: monthLabels(),
    metrics,
    quotas,
  };
  const extras: RunExtras = {
    ...sampleMoney(rand),
    contractTotal: '5767200.00',
    hostsByMonth: sampleHosts(rand, metrics.vcpuDemand.band),
  };
  return { summary, extras };
}

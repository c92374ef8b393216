/**
 * The synthetic sample actuals for the baseline (scenarios/luohe-2023-actuals.csv): 24 months,
 * 2023-01 to 2024-12, drawn from the stated model below with a fixed seed. NOT measured data: no
 * real monitoring export or invoice of the Luohe contract is public. It exists so that tests, the
 * docs and a first-time user have a realistic file to calibrate from. `npm run actuals:sample`
 * writes it; test/actuals/sampleActuals.test.ts checks the file in the repository is exactly this.
 *
 * The model, per column (t = months since 2023-01; noise independent from month to month):
 * - linear trends: value = start + slope·t + Normal(0, sd), rounded as the column is;
 * - compound trends: value = start·(1 + growth)^(t/12) · exp(Normal(0, logSd)) · seasonal[month];
 * - failures: Poisson with the baseline's MTBF (219,000 h) for its 11 hosts and 2 DB nodes;
 * - paid: the contract's six equal installments (¥5,767,200.00 ÷ 6 = ¥961,200.00) due by 2024-12,
 *   the 2024-06 one less a 2 % fault discount (¥941,976.00); blank in months without a payment.
 * Growth differs on purpose from the baseline's estimates (e.g. vCPU +2.6 a month against about
 * +1.3, storage +24 %/yr against 20 %), as real actuals would, so calibration has something to say.
 * Two cells are left blank (a missed monitoring export) to show gaps are allowed.
 */
import { RandomStream } from '../engine/random.ts';
import { ACTUALS_COLUMNS, type ActualsColumnKey } from './columns.ts';
import { monthIndex, monthLabel } from './parseRows.ts';

const SEED = 20230101;
const FIRST = '2023-01';
const MONTHS = 24;
/** The baseline's portal profile (network.egress.annual) and its SMS categories' volume-weighted seasonality. */
const PORTAL_ANNUAL = [0.85, 0.75, 1, 0.95, 0.92, 0.95, 0.8, 0.8, 0.9, 0.85, 0.92, 1];
const SMS_SEASONAL = [0.933, 0.755, 1.133, 1.073, 1.044, 1.137, 0.903, 0.894, 0.997, 0.965, 1.03, 1.135];

type Trend =
  | { kind: 'linear'; start: number; slope: number; sd: number; decimals: number }
  | { kind: 'compound'; start: number; growth: number; logSd: number; decimals: number; seasonal?: number[] };

export const SAMPLE_TRENDS: Partial<Record<ActualsColumnKey, Trend>> = {
  vcpu_allocated: { kind: 'linear', start: 380, slope: 2.6, sd: 5, decimals: 0 },
  ram_gb_allocated: { kind: 'linear', start: 830, slope: 5.5, sd: 10, decimals: 0 },
  disk_tb_allocated: { kind: 'linear', start: 37.1, slope: 0.18, sd: 0.25, decimals: 2 },
  vm_count: { kind: 'linear', start: 150, slope: 0.9, sd: 1.5, decimals: 0 },
  storage_primary_tb: { kind: 'compound', start: 9, growth: 0.24, logSd: 0.015, decimals: 2 },
  storage_backup_tb: { kind: 'compound', start: 25.2, growth: 0.22, logSd: 0.02, decimals: 2 },
  egress_p95_mbps: {
    kind: 'compound',
    start: 540,
    growth: 0.09,
    logSd: 0.05,
    decimals: 1,
    seasonal: PORTAL_ANNUAL,
  },
  egress_peak_mbps: {
    kind: 'compound',
    start: 960,
    growth: 0.09,
    logSd: 0.08,
    decimals: 1,
    seasonal: PORTAL_ANNUAL,
  },
  s2s_p95_mbps: {
    kind: 'compound',
    start: 80,
    growth: 0.06,
    logSd: 0.05,
    decimals: 1,
    seasonal: PORTAL_ANNUAL,
  },
  s2s_peak_mbps: {
    kind: 'compound',
    start: 165,
    growth: 0.06,
    logSd: 0.08,
    decimals: 1,
    seasonal: PORTAL_ANNUAL,
  },
  sms_sent: {
    kind: 'compound',
    start: 118_000,
    growth: 0.12,
    logSd: 0.04,
    decimals: 0,
    seasonal: SMS_SEASONAL,
  },
  db_peak_cores: { kind: 'compound', start: 14, growth: 0.24, logSd: 0.03, decimals: 1 },
};

/** Failures a month: units × 730.5 h ÷ MTBF 219,000 h. */
const FAILURE_MEANS: Partial<Record<ActualsColumnKey, number>> = {
  host_failures: (11 * 730.5) / 219_000,
  db_failures: (2 * 730.5) / 219_000,
};

const BLANK_CELLS: readonly [ActualsColumnKey, string][] = [
  ['egress_p95_mbps', '2023-08'],
  ['sms_sent', '2024-02'],
];

function drawTrend(trend: Trend, stream: RandomStream): string[] {
  return Array.from({ length: MONTHS }, (_, t) => {
    let value: number;
    if (trend.kind === 'linear') value = trend.start + trend.slope * t + stream.normal(0, trend.sd);
    else {
      const mean = trend.seasonal ? trend.seasonal.reduce((s, v) => s + v, 0) / 12 : 1;
      const factor = trend.seasonal ? trend.seasonal[t % 12] / mean : 1;
      value = trend.start * (1 + trend.growth) ** (t / 12) * Math.exp(stream.normal(0, trend.logSd)) * factor;
    }
    return Math.max(0, value).toFixed(trend.decimals);
  });
}

function paidColumn(): string[] {
  return Array.from({ length: MONTHS }, (_, t) => {
    const label = monthLabel(monthIndex(FIRST) + t);
    if (label === '2024-06') return '941976.00';
    return label.endsWith('-06') || label.endsWith('-12') ? '961200.00' : '';
  });
}

/** The sample file's text: comment lines saying what it is, a header with units, 24 rows. */
export function sampleActualsCsv(): string {
  const keys = ACTUALS_COLUMNS.map((c) => c.key);
  const columns = new Map<ActualsColumnKey, string[]>();
  for (const key of keys) {
    const trend = SAMPLE_TRENDS[key];
    const stream = new RandomStream(SEED, 'sample-actuals', key);
    if (trend) columns.set(key, drawTrend(trend, stream));
    else if (FAILURE_MEANS[key] !== undefined) {
      columns.set(
        key,
        Array.from({ length: MONTHS }, () => String(stream.poisson(FAILURE_MEANS[key]!))),
      );
    } else if (key === 'paid_cny') columns.set(key, paidColumn());
  }
  for (const [key, month] of BLANK_CELLS) columns.get(key)![monthIndex(month) - monthIndex(FIRST)] = '';
  const lines = [
    '# SYNTHETIC SAMPLE, NOT MEASURED DATA · 合成示例数据，并非实测',
    '# Drawn from the model stated in src/actuals/sampleActuals.ts (seed 20230101) by `npm run actuals:sample`.',
    '# 由 src/actuals/sampleActuals.ts 中说明的模型（种子 20230101）生成；列说明见 scenarios/README.md。',
    ['month', ...keys].join(','),
    ...Array.from({ length: MONTHS }, (_, t) =>
      [monthLabel(monthIndex(FIRST) + t), ...keys.map((k) => columns.get(k)![t])].join(','),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

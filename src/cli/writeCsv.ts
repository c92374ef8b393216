import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunSummary } from '../results/types.ts';
import { roundMetric, roundProbability } from './reportRounding.ts';

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(rows: (string | number | null)[][]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/** Writes every table and series of a run as CSV files into `dir`; returns the files written. */
export function writeRunCsv(dir: string, summary: RunSummary): string[] {
  mkdirSync(join(dir, 'series'), { recursive: true });
  const files: string[] = [];
  const put = (name: string, rows: (string | number | null)[][]) => {
    writeFileSync(join(dir, name), csv(rows));
    files.push(name);
  };
  for (const [name, { unit, band }] of Object.entries(summary.metrics)) {
    put(join('series', `${name}.csv`), [
      ['month', `p5 (${unit})`, 'p50', 'p95', 'mean'],
      ...summary.monthLabels.map((m, i) => [
        m,
        roundMetric(name, band.p5[i]),
        roundMetric(name, band.p50[i]),
        roundMetric(name, band.p95[i]),
        roundMetric(name, band.mean[i]),
      ]),
    ]);
  }
  put('quotas.csv', [
    [
      'quota',
      'unit',
      'limit',
      'peak_p50',
      'peak_p95',
      'breach_probability',
      'most_likely_first_breach',
      'excess_p95',
    ],
    ...summary.quotas.map((q) => [
      q.quota,
      q.unit,
      q.limit,
      roundMetric(q.metric, q.peakP50),
      roundMetric(q.metric, q.peakP95),
      roundProbability(q.breachProbabilityByMonth.at(-1) ?? 0),
      q.mostLikelyFirstBreachMonth === null ? null : summary.monthLabels[q.mostLikelyFirstBreachMonth],
      roundMetric(q.metric, q.excessP95),
    ]),
  ]);
  const cost = summary.cost;
  if (cost) {
    put('cost-monthly.csv', [
      [
        'month',
        'gross_before_fault_discount_p50_cny',
        'gross_before_fault_discount_mean_cny',
        'fault_discount_mean_cny',
        'gross_after_fault_discount_p5_cny',
        'gross_after_fault_discount_p50_cny',
        'gross_after_fault_discount_p95_cny',
        'gross_after_fault_discount_mean_cny',
        'cumulative_p50_cny',
        'cumulative_p95_cny',
      ],
      ...summary.monthLabels.map((m, i) => [
        m,
        cost.monthlyGrossBeforeDiscount.p50[i],
        cost.monthlyGrossBeforeDiscount.mean[i],
        cost.monthlyFaultDiscount.mean[i],
        cost.monthlyGrossAfterDiscount.p5[i],
        cost.monthlyGrossAfterDiscount.p50[i],
        cost.monthlyGrossAfterDiscount.p95[i],
        cost.monthlyGrossAfterDiscount.mean[i],
        cost.cumulative.p50[i],
        cost.cumulative.p95[i],
      ]),
    ]);
    put('installments.csv', [
      ['installment', 'gross_p50_cny', 'gross_p95_cny', 'vat_p50_cny', 'discount_p50_cny'],
      ...cost.installments.gross.p50.map((g, i) => [
        i + 1,
        g,
        cost.installments.gross.p95[i],
        cost.installments.vat.p50[i],
        cost.installments.discount.p50[i],
      ]),
    ]);
  }
  const migrations = summary.migrations ?? [];
  if (migrations.length > 0) {
    // One row per copy: its window and the answer, units in the headers (decimal TB, Mbit/s, hours).
    put('migrations.csv', [
      [
        'timeline_index',
        'kind',
        'copy_starts',
        'deadline',
        'deadline_is',
        'data_tb',
        'link_mbps',
        'policy',
        'window_hours',
        'idle_line_hours',
        'duration_p50_hours',
        'duration_p95_hours',
        'finish_probability',
        'hours_short_p50',
        'hours_short_p95',
        'remaining_tb_at_deadline_p50',
        'remaining_tb_at_deadline_p95',
        'required_mbps',
        'mean_rate_p50_mbps',
        'line_full_p50_hours',
        'live_unserved_p50_gb',
        'live_unserved_p95_gb',
      ],
      ...migrations.map((x) => [
        x.timelineIndex,
        x.kind,
        x.date,
        x.deadlineDate,
        x.deadlineKind,
        x.dataTb,
        x.linkMbps,
        x.policy,
        x.windowHours,
        x.idleLineHours,
        finite(x.durationHours.p50),
        finite(x.durationHours.p95),
        x.finishProbability,
        finite(x.hoursShort.p50),
        finite(x.hoursShort.p95),
        x.remainingTbAtDeadline.p50,
        x.remainingTbAtDeadline.p95,
        finite(x.requiredMbps),
        x.meanRateMbps.p50,
        x.lineFullHours.p50,
        x.liveUnservedGb.p50,
        x.liveUnservedGb.p95,
      ]),
    ]);
  }
  return files;
}

/** An infinite figure (a copy that moved nothing, a window of no time) is an empty cell. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

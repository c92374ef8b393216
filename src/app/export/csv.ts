/**
 * CSV export of every table and series of a run: the quota table, each metric's band per month, the
 * money bands and installments. One zip of CSV files (UTF-8 with BOM so spreadsheet programs read
 * Chinese), money kept as exact strings.
 */
import { strToU8, zipSync } from 'fflate';
import type { RunSummary } from '../../results/types.ts';

function cell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function runCsvFiles(summary: RunSummary): Record<string, string> {
  const files: Record<string, string> = {};
  files['quotas.csv'] = toCsv(
    [
      'quota',
      'metric',
      'unit',
      'limit',
      'peakP50',
      'peakP95',
      'breachProbabilityByEnd',
      'mostLikelyFirstBreachMonth',
    ],
    summary.quotas.map((q) => [
      q.quota,
      q.metric,
      q.unit,
      q.limit,
      q.peakP50,
      q.peakP95,
      q.breachProbabilityByMonth[q.breachProbabilityByMonth.length - 1] ?? 0,
      q.mostLikelyFirstBreachMonth === null
        ? null
        : (summary.monthLabels[q.mostLikelyFirstBreachMonth] ?? null),
    ]),
  );
  for (const [name, { unit, band }] of Object.entries(summary.metrics)) {
    files[`series/${name}.csv`] = toCsv(
      ['month', 'unit', 'p5', 'p50', 'p95', 'mean'],
      summary.monthLabels.map((m, i) => [m, unit, band.p5[i], band.p50[i], band.p95[i], band.mean[i]]),
    );
  }
  const cost = summary.cost;
  if (cost) {
    // Before and after the fault discount in separate files, so that nobody sums the wrong one:
    // the months after discount add up to the total (their means to the fen).
    for (const [name, band] of [
      ['monthly-gross-before-fault-discount', cost.monthlyGrossBeforeDiscount],
      ['monthly-fault-discount', cost.monthlyFaultDiscount],
      ['monthly-gross-after-fault-discount', cost.monthlyGrossAfterDiscount],
      ['cumulative', cost.cumulative],
    ] as const) {
      files[`money/${name}.csv`] = toCsv(
        ['month', 'p5CnyInclVat', 'p50CnyInclVat', 'p95CnyInclVat', 'meanCnyInclVat'],
        summary.monthLabels.map((m, i) => [m, band.p5[i], band.p50[i], band.p95[i], band.mean[i]]),
      );
    }
    const { gross, vat, discount } = cost.installments;
    files['money/installments.csv'] = toCsv(
      ['installment', 'grossP5', 'grossP50', 'grossP95', 'vatP50', 'discountP50'],
      gross.p50.map((g, i) => [i + 1, gross.p5[i], g, gross.p95[i], vat.p50[i], discount.p50[i]]),
    );
    files['money/total.csv'] = toCsv(
      ['p5', 'p50', 'p95', 'mean', 'exceedProbability'],
      [[cost.total.p5, cost.total.p50, cost.total.p95, cost.total.mean, cost.exceedProbability]],
    );
  }
  return files;
}

export function runCsvZip(summary: RunSummary): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(runCsvFiles(summary))) entries[name] = strToU8(text);
  return zipSync(entries);
}

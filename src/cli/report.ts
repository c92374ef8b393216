import type { RunSummary } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * The `--json` output of `npm run sim -- run` (documented in README.md). Deterministic: it holds no
 * timings and no worker count, so the same scenario and seed give byte-identical output whatever
 * the machine or the number of workers.
 */
export interface RunReport {
  format: 'luohe-planner-run/1';
  scenario: { id: string; name: string; nameZh: string; inputsHash: string; seed: number | string };
  replications: number;
  months: string[];
  /** Per metric: unit and per-month p5/p50/p95/mean. */
  series: RunSummary['metrics'];
  /** Per quota: limit, peaks, breach probability by month, first-breach histogram, excess. */
  quotas: RunSummary['quotas'];
  /** Money bands (strings, yuan to the fen): monthly, cumulative, installments, total. */
  cost: RunSummary['cost'] | null;
  installments: { number: number; dueDate: string; grossP50Cny: string; grossP95Cny: string }[];
}

export function buildRunReport(scenario: Scenario, summary: RunSummary): RunReport {
  const cost = summary.cost ?? null;
  return {
    format: 'luohe-planner-run/1',
    scenario: {
      id: scenario.id,
      name: scenario.name,
      nameZh: scenario.nameZh,
      inputsHash: summary.inputsHash,
      seed: summary.seed,
    },
    replications: summary.replications,
    months: summary.monthLabels,
    series: summary.metrics,
    quotas: summary.quotas,
    cost,
    installments: scenario.contract.installmentDueDates.map((dueDate, i) => ({
      number: i + 1,
      dueDate,
      grossP50Cny: cost?.installments.gross.p50[i] ?? '0.00',
      grossP95Cny: cost?.installments.gross.p95[i] ?? '0.00',
    })),
  };
}

/** JSON with typed arrays as plain arrays and numbers as JavaScript prints them. */
export function reportJson(report: unknown): string {
  return JSON.stringify(
    report,
    (_key, value) => (ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value),
    2,
  );
}

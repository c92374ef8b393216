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
  /**
   * Every installment of every contract term, in order: due date, term, whether it is the final
   * settlement on an exit (clause 2.2.1), gross P50/P95 to the fen.
   */
  installments: {
    number: number;
    dueDate: string;
    term: number;
    finalSettlement: boolean;
    grossP50Cny: string;
    grossP95Cny: string;
  }[];
  /** The contract terms (one, or the signed term and its renewals), the exit and the months in force. */
  lifecycle: RunSummary['lifecycle'] | null;
  /** Each migration's copy against its window: hours (P50/P95), P(finished in time), shortfall, the line. */
  migrations: RunSummary['migrations'] | null;
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
    installments: installmentsOf(scenario, summary).map((i, k) => ({
      ...i,
      grossP50Cny: cost?.installments.gross.p50[k] ?? '0.00',
      grossP95Cny: cost?.installments.gross.p95[k] ?? '0.00',
    })),
    lifecycle: summary.lifecycle ?? null,
    migrations: summary.migrations ?? null,
  };
}

function installmentsOf(
  scenario: Scenario,
  summary: RunSummary,
): { number: number; dueDate: string; term: number; finalSettlement: boolean }[] {
  const fromLifecycle = summary.lifecycle?.installments;
  if (fromLifecycle) {
    return fromLifecycle.map((i) => ({
      number: i.number,
      dueDate: i.dueDate,
      term: i.term,
      finalSettlement: i.finalSettlement,
    }));
  }
  return scenario.contract.installmentDueDates.map((dueDate, i) => ({
    number: i + 1,
    dueDate,
    term: 0,
    finalSettlement: false,
  }));
}

/** JSON with typed arrays as plain arrays and numbers as JavaScript prints them. */
export function reportJson(report: unknown): string {
  return JSON.stringify(
    report,
    (_key, value) => (ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value),
    2,
  );
}

import { headroomAt, headroomShapeOf } from '../app/explain/headroom.ts';
import { Money, moneyString } from '../contract/money.ts';
import type { RunSummary } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import {
  decimalsFor,
  LIFECYCLE_DECIMALS,
  MIGRATION_DECIMALS,
  roundArray,
  roundFields,
  roundMetric,
  roundProbability,
  roundTo,
} from './reportRounding.ts';

/**
 * The `--json` output of `npm run sim -- run` (documented in README.md). Deterministic: it holds no
 * timings and no worker count, so the same scenario and seed give byte-identical output whatever
 * the machine or the number of workers. Numbers are rounded to their meaning (reportRounding.ts);
 * money is decimal strings to the fen.
 */
export interface RunReport {
  format: 'luohe-planner-run/1';
  scenario: { id: string; name: string; nameZh: string; inputsHash: string; seed: number | string };
  replications: number;
  months: string[];
  /** What the run is judged against: the contract total and what it comes to per month. */
  contract: ContractFigures;
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
  /** Why VMs were refused a host: runs, the first refusal's month, and the causes with their counts. */
  refusals: RefusalFigures;
  /** "How much more fits", per month, at both readings (likely = P50, cautious = the bad tail). */
  headroom: HeadroomFigures;
}

export interface ContractFigures {
  totalInclVatCny: string;
  vatRate: string;
  months: number;
  /** The total spread evenly over the term, to the fen (half up). */
  pricePerMonthInclVatCny: string;
  startDate: string;
}

export interface RefusalFigures {
  /** Replications with at least one refused placement, and their share of all. */
  runsWithRefusal: number;
  shareOfRuns: number;
  /** The month the first refusal falls in most often ('YYYY-MM'), its share of all runs, and the earliest. */
  firstRefusalMostLikelyMonth: string | null;
  firstRefusalMostLikelyMonthShare: number;
  firstRefusalEarliestMonth: string | null;
  /** Per month, replications whose first refusal fell then; the last slot counts runs with none. */
  firstRefusalHistogram: number[];
  /** Share of first refusals the pool had room for in total (fragmentation, not a full pool). */
  fragmentedShare: number;
  /**
   * Per cause (vcpu, ram, disk, vm-count, anti-affinity, ha-reserve): runs whose first refusal it
   * caused (and on every up host), and the first month any run (or the median run) refused for it.
   */
  byCause: {
    cause: string;
    runs: number;
    onEveryHostRuns: number;
    firstMonthAnyRun: string | null;
    firstMonthMedianRun: string | null;
  }[];
}

export interface HeadroomReadingSeries {
  /** Whole VMs of the headroom shape that still fit, keeping the N+k reserve and the VM limit. */
  vmsThatFit: (number | null)[];
  storageLeftTb: (number | null)[];
  egressHeadroomMbps: (number | null)[];
  /** SMS left in the contract year, and left if the rest of the year goes at the pace so far. */
  smsLeftThisYear: (number | null)[];
  smsProjectedLeftThisYear: (number | null)[];
}

export interface HeadroomFigures {
  shape: { vcpu: number; ramGb: number; diskGb: number };
  reserveHosts: number;
  likely: HeadroomReadingSeries;
  cautious: HeadroomReadingSeries;
}

const CAUSE_SERIES: Record<string, string> = {
  vcpu: 'refusalsVcpu',
  ram: 'refusalsRam',
  disk: 'refusalsDisk',
  'vm-count': 'refusalsVmCount',
  'anti-affinity': 'refusalsAntiAffinity',
  'ha-reserve': 'refusalsHaReserve',
};

function contractFigures(scenario: Scenario): ContractFigures {
  const { contract, term } = scenario;
  return {
    totalInclVatCny: contract.totalInclVatCny,
    vatRate: contract.vatRate,
    months: term.months,
    pricePerMonthInclVatCny: moneyString(new Money(contract.totalInclVatCny).dividedBy(term.months)),
    startDate: term.startDate,
  };
}

function refusalFigures(summary: RunSummary): RefusalFigures {
  const labels = summary.monthLabels;
  const r = summary.refusals;
  const firstMonth = (name: string, pick: 'mean' | 'p50') => {
    const band = summary.metrics[name]?.band;
    const m = band ? band[pick].findIndex((v) => v > 0) : -1;
    return m < 0 ? null : labels[m];
  };
  const causes = Object.keys(CAUSE_SERIES).map((cause) => {
    const counted = r?.reasons.find((x) => x.reason === cause);
    return {
      cause,
      runs: counted?.runs ?? 0,
      onEveryHostRuns: counted?.onEveryHostRuns ?? 0,
      firstMonthAnyRun: firstMonth(CAUSE_SERIES[cause], 'mean'),
      firstMonthMedianRun: firstMonth(CAUSE_SERIES[cause], 'p50'),
    };
  });
  const histogram = r?.firstMonthHistogram ?? [...new Array(summary.months).fill(0), summary.replications];
  const earliest = histogram.slice(0, summary.months).findIndex((n) => n > 0);
  return {
    runsWithRefusal: r?.runsWithRefusal ?? 0,
    shareOfRuns: roundProbability(r && r.replications > 0 ? r.runsWithRefusal / r.replications : 0),
    firstRefusalMostLikelyMonth: r?.mostLikelyMonth == null ? null : labels[r.mostLikelyMonth],
    firstRefusalMostLikelyMonthShare: roundProbability(r?.mostLikelyMonthShare ?? 0),
    firstRefusalEarliestMonth: earliest < 0 ? null : labels[earliest],
    firstRefusalHistogram: histogram,
    fragmentedShare: roundProbability(r?.fragmentedShare ?? 0),
    byCause: causes.sort((a, b) => b.runs - a.runs || a.cause.localeCompare(b.cause)),
  };
}

function headroomSeries(summary: RunSummary, scenario: Scenario, risk: 'likely' | 'cautious') {
  const out: HeadroomReadingSeries = {
    vmsThatFit: [],
    storageLeftTb: [],
    egressHeadroomMbps: [],
    smsLeftThisYear: [],
    smsProjectedLeftThisYear: [],
  };
  for (let m = 0; m < summary.months; m++) {
    const h = headroomAt(summary, scenario, m, risk);
    out.vmsThatFit.push(h.vms);
    out.storageLeftTb.push(h.storage ? roundTo(h.storage.leftTb, 3) : null);
    out.egressHeadroomMbps.push(h.egress ? roundTo(h.egress.headroomMbps, 1) : null);
    out.smsLeftThisYear.push(h.sms ? Math.round(h.sms.left) : null);
    out.smsProjectedLeftThisYear.push(h.sms ? Math.round(h.sms.projectedLeft) : null);
  }
  return out;
}

function roundedSeries(metrics: RunSummary['metrics']): RunSummary['metrics'] {
  const out: RunSummary['metrics'] = {};
  for (const [name, { unit, band }] of Object.entries(metrics)) {
    const d = decimalsFor(name);
    out[name] = {
      unit,
      band: {
        p5: roundArray(band.p5, d),
        p50: roundArray(band.p50, d),
        p95: roundArray(band.p95, d),
        mean: roundArray(band.mean, d),
      },
    };
  }
  return out;
}

/**
 * Quota risks rounded field by field: probabilities to 10⁻⁴, peaks, excesses and limits by the
 * quota's metric; counts and months as they are. Fields added later follow their names.
 */
function roundedQuotas(quotas: RunSummary['quotas']): RunSummary['quotas'] {
  return quotas.map((q) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(q)) {
      const round = /Probability/.test(key)
        ? roundProbability
        : /^(peak|excess|limit)/.test(key)
          ? (v: number) => roundMetric(q.metric, v)
          : null;
      if (round && typeof value === 'number') out[key] = round(value);
      else if (round && Array.isArray(value))
        out[key] = value.map((v) => (typeof v === 'number' ? round(v) : v));
      else out[key] = value;
    }
    return out as unknown as RunSummary['quotas'][number];
  });
}

export function buildRunReport(scenario: Scenario, summary: RunSummary): RunReport {
  const cost = summary.cost
    ? { ...summary.cost, exceedProbability: roundProbability(summary.cost.exceedProbability) }
    : null;
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
    contract: contractFigures(scenario),
    series: roundedSeries(summary.metrics),
    quotas: roundedQuotas(summary.quotas),
    cost,
    installments: installmentsOf(scenario, summary).map((i, k) => ({
      ...i,
      grossP50Cny: cost?.installments.gross.p50[k] ?? '0.00',
      grossP95Cny: cost?.installments.gross.p95[k] ?? '0.00',
    })),
    lifecycle: summary.lifecycle ? roundFields(summary.lifecycle, LIFECYCLE_DECIMALS) : null,
    migrations: summary.migrations ? roundFields(summary.migrations, MIGRATION_DECIMALS) : null,
    refusals: refusalFigures(summary),
    headroom: {
      shape: headroomShapeOf(scenario),
      reserveHosts: scenario.compute.haReserveHosts,
      likely: headroomSeries(summary, scenario, 'likely'),
      cautious: headroomSeries(summary, scenario, 'cautious'),
    },
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

/** JSON with typed arrays as plain arrays, two-space indented. */
export function reportJson(report: unknown): string {
  return JSON.stringify(
    report,
    (_key, value) => (ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value),
    2,
  );
}

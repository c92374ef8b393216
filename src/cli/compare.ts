/**
 * `npm run sim -- compare A B [C D]`: runs 2–4 scenarios with the same seed and replication count
 * (common random numbers) and prints the comparison sheet — verdict first, one column per option,
 * then the paired differences against the first option. `--json` prints the sheet as one object
 * (format luohe-planner-compare/2, documented in README.md).
 */
import { comparisonVerdict } from '../results/comparisonVerdict.ts';
import { type ComparisonSheet, compareOptions, type OptionRun } from '../results/optionComparison.ts';
import type { PairedProportionDifference, ProportionEstimate } from '../results/proportions.ts';
import type { Scenario } from '../scenario/schema.ts';
import { defineCommand } from './command.ts';
import type { CliIo } from './io.ts';
import { loadSource } from './loadSource.ts';
import { type CommonOptions, parseOptions } from './options.ts';
import { buildRunReport, reportJson } from './report.ts';
import { defaultWorkers, runScenarioOnWorkers, withSeed } from './runScenario.ts';

export interface CompareOptions {
  replications?: number;
  seed?: number | string;
  workers: number;
  json: boolean;
}

export const COMPARE_FORMAT = 'luohe-planner-compare/2';

export async function runComparison(
  scenarios: readonly Scenario[],
  options: CompareOptions,
  io?: Pick<CliIo, 'err' | 'progress'>,
): Promise<{ sheet: ComparisonSheet; runs: OptionRun[]; scenarios: Scenario[] }> {
  const seed = options.seed ?? scenarios[0].simulation.seed;
  const replications = options.replications ?? scenarios[0].simulation.replications;
  const seeded = scenarios.map((s) => withSeed(s, seed));
  const runs: OptionRun[] = [];
  for (const scenario of seeded) {
    const { summary, perReplication } = await runScenarioOnWorkers(
      scenario,
      replications,
      options.workers,
      io,
    );
    runs.push({
      id: scenario.id,
      name: scenario.name,
      nameZh: scenario.nameZh,
      contractPriceCny: scenario.contract.totalInclVatCny,
      summary,
      perReplication,
    });
  }
  return { sheet: compareOptions(runs), runs, scenarios: seeded };
}

const percent = (p: number) => `${(p * 100).toFixed(1)}%`;
const interval = (e: ProportionEstimate) => `${percent(e.estimate)} (${percent(e.low)}–${percent(e.high)})`;
const points = (d: PairedProportionDifference) => {
  const pp = (x: number) => `${x < 0 ? '−' : '+'}${Math.abs(x * 100).toFixed(1)}`;
  return `${pp(d.difference)} pp (${pp(d.low)} … ${pp(d.high)})`;
};

export function cny(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole, fen] = (negative ? amount.slice(1) : amount).split('.');
  return `${negative ? '−' : ''}¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fen}`;
}
const signedCny = (amount: string) => (amount.startsWith('-') ? cny(amount) : `+${cny(amount)}`);

/** The sheet as text: verdict, a table with one column per option, then the paired differences. */
export function printComparison(sheet: ComparisonSheet, write: (line: string) => void): void {
  const verdict = comparisonVerdict(sheet);
  const tolerance = percent(verdict.tolerance);
  if (verdict.reason === 'cheapest-that-holds') {
    write(`Verdict: ${verdict.choice} is the cheapest option whose every quota's breach probability`);
    write(`  has an upper 95% bound ≤ ${tolerance}, with placement refusals ≤ ${tolerance} as well.`);
  } else {
    write(`Verdict: no option keeps every quota's breach probability ≤ ${tolerance} (upper 95% bound).`);
    write(`  Fewest quotas at risk, then cheapest: ${verdict.choice}. At risk:`);
  }
  for (const r of verdict.risks) {
    const list = [...r.atRisk, ...(r.refusalAtRisk ? ['placement refusals'] : [])];
    write(`  ${r.id}: ${list.length ? list.join(', ') : 'none'}`);
  }
  write('');
  write(`${sheet.replications} replications per option, seed ${sheet.seed}, common random numbers`);
  const width = 30;
  const col = (text: string) => text.padEnd(width);
  const row = (label: string, cells: string[]) => write(`${label.padEnd(30)}${cells.map(col).join('')}`);
  row(
    '',
    sheet.options.map((o) => o.id),
  );
  row(
    'contract price',
    sheet.options.map((o) => cny(o.contractPriceCny)),
  );
  row(
    'projected spend P50',
    sheet.options.map((o) => cny(o.spend.p50)),
  );
  row(
    '  P5 – P95',
    sheet.options.map((o) => `${cny(o.spend.p5)} – ${cny(o.spend.p95).slice(1)}`),
  );
  row(
    'spend ÷ price P50',
    sheet.options.map((o) => (o.spendToPrice ? percent(o.spendToPrice.p50) : '—')),
  );
  const quotas = sheet.options[0].quotas.map((q) => q.quota);
  for (const q of quotas) {
    const cells = sheet.options.map((o) => o.quotas.find((x) => x.quota === q));
    row(
      `P(breach) ${q}`,
      cells.map((c) => (c ? interval(c.breach) : '—')),
    );
    if (cells.some((c) => c?.mostLikelyFirstBreachLabel))
      row(
        '  first breach, most likely',
        cells.map((c) => c?.mostLikelyFirstBreachLabel ?? '—'),
      );
  }
  row(
    'P(placement refused)',
    sheet.options.map((o) => interval(o.placementRefusal)),
  );
  row(
    'DB availability (mean)',
    sheet.options.map((o) => (o.dbAvailability ? `${(o.dbAvailability.mean * 100).toFixed(4)}%` : '—')),
  );
  row(
    'expected fault discount',
    sheet.options.map((o) => (o.expectedFaultDiscountCny ? cny(o.expectedFaultDiscountCny) : '—')),
  );
  write('');
  write(`Paired differences against ${sheet.options[0].id}: mean of (option − reference) over the`);
  write('same replications, with its 95% interval (t for amounts, Newcombe for probabilities)');
  for (const d of sheet.differences) {
    write(`${d.option}:`);
    write(`  contract price ${signedCny(d.contractPriceCny)} (exact)`);
    if (d.spend)
      write(
        `  projected spend ${signedCny(d.spend.meanCny)} (${signedCny(d.spend.lowCny)} … ${signedCny(d.spend.highCny)}); higher in ${percent(d.spend.shareOptionHigher)} of runs`,
      );
    for (const [q, diff] of Object.entries(d.quotas)) if (diff) write(`  P(breach) ${q} ${points(diff)}`);
    write(`  P(placement refused) ${points(d.placementRefusal)}`);
    if (d.faultDiscount)
      write(
        `  fault discount ${signedCny(d.faultDiscount.meanCny)} (${signedCny(d.faultDiscount.lowCny)} … ${signedCny(d.faultDiscount.highCny)})`,
      );
  }
}

/** The `--json` object: the sheet, its verdict and each option's full run report. */
export function comparisonJson(
  sheet: ComparisonSheet,
  scenarios: readonly Scenario[],
  runs: readonly OptionRun[],
): string {
  return reportJson({
    format: COMPARE_FORMAT,
    seed: sheet.seed,
    replications: sheet.replications,
    reference: sheet.options[0].id,
    differenceMethod: sheet.differenceMethod,
    verdict: comparisonVerdict(sheet),
    options: sheet.options,
    differences: sheet.differences,
    runs: runs.map((r, i) => buildRunReport(scenarios[i], r.summary)),
  });
}

export const compareCommand = defineCommand<CommonOptions>({
  name: 'compare',
  usage: `  compare <a> <b> [c] [d]              compare 2–4 options run with common random numbers: verdict,
                                       per-option price, spend, breach probabilities (Wilson 95%),
                                       paired differences against the first (95% intervals)
      --replications N  --seed S  --workers W  --json`,
  parse(args) {
    const parsed = parseOptions(args, ['replications', 'seed', 'workers', 'json']);
    if (!parsed.ok) return parsed;
    const n = parsed.options.positional.length;
    if (n < 2 || n > 4) return { ok: false, message: 'compare expects two to four scenarios' };
    return parsed;
  },
  async execute(options, io) {
    const scenarios: Scenario[] = [];
    for (const source of options.positional) {
      const loaded = await loadSource(source, io);
      if (!loaded.ok) {
        io.err(loaded.message);
        return 1;
      }
      scenarios.push(loaded.scenario);
    }
    let result: Awaited<ReturnType<typeof runComparison>>;
    try {
      result = await runComparison(
        scenarios,
        {
          replications: options.replications,
          seed: options.seed,
          workers: options.workers ?? defaultWorkers(),
          json: options.json,
        },
        io,
      );
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error));
      return 1;
    }
    if (options.json) io.out(comparisonJson(result.sheet, result.scenarios, result.runs));
    else printComparison(result.sheet, io.out);
    return 0;
  },
});

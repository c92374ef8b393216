import { availableParallelism } from 'node:os';
import type { ReplicationAggregator } from '../results/aggregate.ts';
import { pairedMoneyDelta, pairedRateDelta } from '../results/compare.ts';
import { nodeWorkerFactory } from '../runner/nodeWorkers.ts';
import { WorkerPool } from '../runner/pool.ts';
import { startScenarioRun } from '../runner/scenarioRun.ts';
import { BASELINE_ID, BUILT_IN_SCENARIOS } from '../scenario/library.ts';
import type { Scenario } from '../scenario/schema.ts';
import { encodeShareHash } from '../scenario/shareUrl.ts';
import { type CliCommand, parseArgs, USAGE } from './args.ts';
import { loadSource } from './loadSource.ts';
import { printRunTable } from './printTable.ts';
import { buildRunReport, reportJson } from './report.ts';
import { writeRunCsv } from './writeCsv.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

function withOverrides(scenario: Scenario, seed: number | string | undefined): Scenario {
  return seed === undefined ? scenario : { ...scenario, simulation: { ...scenario.simulation, seed } };
}

async function runOne(scenario: Scenario, replications: number | undefined, workers: number) {
  const pool = new WorkerPool(nodeWorkerFactory, workers);
  const total = replications ?? scenario.simulation.replications;
  const started = process.hrtime.bigint();
  try {
    const run = startScenarioRun(pool, scenario, {
      replications: total,
      onProgress: (done) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total} replications`);
      },
      onWorkerCrash: (e) => err(`a worker crashed and was replaced: ${e.message}`),
      summaryEveryBatches: Number.POSITIVE_INFINITY,
    });
    const { outcome, summary, aggregator } = await run.outcome;
    if (process.stderr.isTTY) process.stderr.write('\n');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    err(`${summary.replications} replications on ${workers} worker(s) in ${ms.toFixed(0)} ms`);
    if (outcome.status !== 'done') throw new Error(outcome.status === 'failed' ? outcome.error : 'cancelled');
    return { summary, perReplication: aggregator.perReplication() };
  } finally {
    pool.terminate();
  }
}

async function execute(command: CliCommand): Promise<number> {
  const workersFor = (w: number | undefined) => w ?? Math.max(1, availableParallelism());
  switch (command.command) {
    case 'help':
      out(USAGE);
      return 0;
    case 'validate': {
      const loaded = loadSource(command.source);
      if (!loaded.ok) {
        err(loaded.message);
        return 1;
      }
      out(`${command.source}: valid scenario "${loaded.scenario.id}" (version ${loaded.scenario.version})`);
      return 0;
    }
    case 'share': {
      const loaded = loadSource(command.source);
      if (!loaded.ok) {
        err(loaded.message);
        return 1;
      }
      const base = BUILT_IN_SCENARIOS.has(loaded.scenario.id) ? loaded.scenario.id : BASELINE_ID;
      out(encodeShareHash(loaded.scenario, base));
      return 0;
    }
    case 'run': {
      const loaded = loadSource(command.source);
      if (!loaded.ok) {
        err(loaded.message);
        return 1;
      }
      const scenario = withOverrides(loaded.scenario, command.seed);
      const { summary } = await runOne(scenario, command.replications, workersFor(command.workers));
      if (command.output.kind === 'json') out(reportJson(buildRunReport(scenario, summary)));
      else if (command.output.kind === 'csv') {
        const files = writeRunCsv(command.output.dir, summary);
        out(`wrote ${files.length} CSV files into ${command.output.dir}`);
      } else printRunTable(scenario, summary, out);
      return 0;
    }
    case 'compare': {
      const loaded = command.sources.map(loadSource);
      const bad = loaded.find((l) => !l.ok);
      if (bad && !bad.ok) {
        err(bad.message);
        return 1;
      }
      const scenarios = loaded.map((l) => (l as { ok: true; scenario: Scenario }).scenario);
      const seed = command.seed ?? scenarios[0].simulation.seed;
      const replications = command.replications ?? scenarios[0].simulation.replications;
      const workers = workersFor(command.workers);
      const pairs = [];
      const perRun: ReturnType<ReplicationAggregator['perReplication']>[] = [];
      const summaries = [];
      for (const s of scenarios) {
        const scenario = withOverrides(s, seed);
        const { summary, perReplication } = await runOne(scenario, replications, workers);
        summaries.push(summary);
        perRun.push(perReplication);
      }
      for (let i = 1; i < scenarios.length; i++) {
        const a = perRun[0];
        const b = perRun[i];
        const quotas: Record<string, ReturnType<typeof pairedRateDelta>> = {};
        for (const q of Object.keys(a.breached)) {
          if (b.breached[q]) quotas[q] = pairedRateDelta(a.breached[q], b.breached[q]);
        }
        pairs.push({
          a: scenarios[0].id,
          b: scenarios[i].id,
          totalCost: pairedMoneyDelta(a.totals as string[], b.totals as string[]),
          breachProbability: quotas,
        });
      }
      if (command.json) {
        out(
          reportJson({
            format: 'luohe-planner-compare/1',
            seed,
            replications,
            pairs,
            runs: summaries.map((s, i) => buildRunReport(scenarios[i], s)),
          }),
        );
      } else {
        for (const p of pairs) {
          const t = p.totalCost;
          out(
            `${p.b} − ${p.a}: total cost ${t.meanCny} (95% CI ${t.lowCny} … ${t.highCny}); B higher in ${(t.shareBHigher * 100).toFixed(0)}% of paired runs`,
          );
          for (const [q, d] of Object.entries(p.breachProbability)) {
            out(
              `  ${q}: P(breach) ${(d.rateA * 100).toFixed(1)}% → ${(d.rateB * 100).toFixed(1)}% (Δ ${(d.delta * 100).toFixed(1)} pp, 95% CI ${(d.low * 100).toFixed(1)} … ${(d.high * 100).toFixed(1)})`,
            );
          }
        }
      }
      return 0;
    }
  }
}

// Exit codes go through process.exitCode, never process.exit(): stdout to a pipe is written
// asynchronously, and exiting at once would cut a long --json report short.
const parsed = parseArgs(process.argv.slice(2));
if (!parsed.ok) {
  err(parsed.message);
  err(USAGE);
  process.exitCode = 2;
} else {
  execute(parsed.command).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      err(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}

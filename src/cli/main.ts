import { availableParallelism } from 'node:os';
import { BASELINE_ID, BUILT_IN_SCENARIOS } from '../scenario/library.ts';
import type { Scenario } from '../scenario/schema.ts';
import { encodeShareHash } from '../scenario/shareUrl.ts';
import { type CliCommand, parseArgs, USAGE } from './args.ts';
import { runCalibrate } from './calibrate.ts';
import { comparisonJson, printComparison, runComparison } from './compare.ts';
import { loadSource } from './loadSource.ts';
import { printRunTable } from './printTable.ts';
import { printRecommendation, recommendationJson, runRecommender } from './recommend.ts';
import { buildRunReport, reportJson } from './report.ts';
import { runScenarioOnWorkers, withSeed } from './runScenario.ts';
import { writeRunCsv } from './writeCsv.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

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
      const scenario = withSeed(loaded.scenario, command.seed);
      const { summary } = await runScenarioOnWorkers(
        scenario,
        command.replications,
        workersFor(command.workers),
      );
      if (command.output.kind === 'json') out(reportJson(buildRunReport(scenario, summary)));
      else if (command.output.kind === 'csv') {
        const files = writeRunCsv(command.output.dir, summary);
        out(`wrote ${files.length} CSV files into ${command.output.dir}`);
      } else printRunTable(scenario, summary, out);
      return 0;
    }
    case 'calibrate':
      return runCalibrate(command, out, err);
    case 'compare': {
      const loaded = command.sources.map(loadSource);
      const bad = loaded.find((l) => !l.ok);
      if (bad && !bad.ok) {
        err(bad.message);
        return 1;
      }
      const scenarios = loaded.map((l) => (l as { ok: true; scenario: Scenario }).scenario);
      const {
        sheet,
        runs,
        scenarios: seeded,
      } = await runComparison(scenarios, {
        replications: command.replications,
        seed: command.seed,
        workers: workersFor(command.workers),
        json: command.json,
      });
      if (command.json) out(comparisonJson(sheet, seeded, runs));
      else printComparison(sheet, out);
      return 0;
    }
    case 'recommend': {
      const loaded = loadSource(command.source);
      if (!loaded.ok) {
        err(loaded.message);
        return 1;
      }
      const result = await runRecommender(
        withSeed(loaded.scenario, command.seed),
        workersFor(command.workers),
        {
          tolerance: command.maxBreach,
          reading: command.reading,
          firstLook: command.firstLook ?? Math.min(200, command.maxReplications ?? 200),
          maxReplications: command.maxReplications,
          hostShape: command.host,
        },
      );
      if (command.json) out(recommendationJson(result));
      else printRecommendation(result, out);
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

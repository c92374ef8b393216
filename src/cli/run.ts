/** `run <scenario | link | ->`: runs the Monte Carlo simulation and prints a table, JSON or CSV files. */
import { defineCommand } from './command.ts';
import { loadSource } from './loadSource.ts';
import { type CommonOptions, parseOptions } from './options.ts';
import { printRunTable } from './printTable.ts';
import { buildRunReport, reportJson } from './report.ts';
import { runScenarioOnWorkers, withSeed } from './runScenario.ts';
import { writeRunCsv } from './writeCsv.ts';

export const runCommand = defineCommand<CommonOptions & { source: string }>({
  name: 'run',
  usage: `  run <scenario | share-URL | ->       run the Monte Carlo simulation and print the summary
      --replications N                replications (default: the scenario's)
      --seed S                        seed (default: the scenario's)
      --workers W                     worker threads (default: one per core)
      --json                          print one JSON object (shape in README.md)
      --csv DIR                       write every table and series as CSV files into DIR`,
  parse(args) {
    const parsed = parseOptions(args, ['replications', 'seed', 'workers', 'json', 'csv']);
    if (!parsed.ok) return parsed;
    if (parsed.options.positional.length !== 1)
      return { ok: false, message: 'run expects one scenario file, share URL or - (standard input)' };
    return { ok: true, options: { ...parsed.options, source: parsed.options.positional[0] } };
  },
  async execute(options, io) {
    const loaded = await loadSource(options.source, io);
    if (!loaded.ok) {
      io.err(loaded.message);
      return 1;
    }
    const scenario = withSeed(loaded.scenario, options.seed);
    let summary: Awaited<ReturnType<typeof runScenarioOnWorkers>>['summary'];
    try {
      ({ summary } = await runScenarioOnWorkers(scenario, options.replications, options.workers, io));
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error));
      return 1;
    }
    if (options.json) io.out(reportJson(buildRunReport(scenario, summary)));
    else if (options.csvDir !== undefined) {
      const files = writeRunCsv(options.csvDir, summary);
      io.out(`wrote ${files.length} CSV files into ${options.csvDir}`);
    } else printRunTable(scenario, summary, io.out);
    return 0;
  },
});

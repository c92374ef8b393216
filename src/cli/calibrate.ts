/**
 * `npm run sim -- calibrate FILE ACTUALS [--as-of YYYY-MM] [--holdout K] --out CALIBRATED.json`:
 * reads a scenario and an actuals table (CSV or .xlsx), fits and backtests every series, writes the
 * calibrated scenario and prints the fit beside the backtest. Nothing is written when the table has
 * a bad cell (every one is listed, by row and column) or the calibration is refused.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { calibrateScenario, DEFAULT_HOLDOUT } from '../actuals/calibrate.ts';
import { readActualsFile } from '../actuals/readActualsFile.ts';
import { describeProblem, MAX_ACTUALS_FILE_BYTES } from '../actuals/table.ts';
import { defineCommand } from './command.ts';
import type { CliIo } from './io.ts';
import { loadSource } from './loadSource.ts';
import { printCalibration } from './printCalibration.ts';
import { readInputFile } from './readInput.ts';

export interface CalibrateCommand {
  command: 'calibrate';
  source: string;
  actuals: string;
  asOf?: string;
  holdout: number;
  out: string;
}

export const CALIBRATE_USAGE = `  calibrate <scenario> <actuals.csv|.xlsx> --out <calibrated.json>
      --as-of YYYY-MM               last month to use (default: the table's last month with a value)
      --holdout K                   months held out for the backtest (default ${DEFAULT_HOLDOUT})`;

export function parseCalibrateArgs(
  argv: readonly string[],
): { ok: true; command: CalibrateCommand } | { ok: false; message: string } {
  const positional: string[] = [];
  let asOf: string | undefined;
  let holdout = DEFAULT_HOLDOUT;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--as-of') {
      asOf = argv[++i];
      if (!asOf || !/^\d{4}-(0[1-9]|1[0-2])$/.test(asOf)) {
        return { ok: false, message: `--as-of expects a month like 2024-12, got "${asOf ?? ''}"` };
      }
    } else if (arg === '--holdout') {
      const raw = argv[++i];
      if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 60) {
        return {
          ok: false,
          message: `--holdout expects a whole number of months from 1 to 60, got "${raw ?? ''}"`,
        };
      }
      holdout = Number(raw);
    } else if (arg === '--out') {
      out = argv[++i];
      if (!out) return { ok: false, message: '--out needs a file name' };
    } else if (arg.startsWith('--')) return { ok: false, message: `unknown option ${arg}` };
    else positional.push(arg);
  }
  if (positional.length !== 2)
    return { ok: false, message: 'calibrate expects a scenario and an actuals file' };
  if (!out) return { ok: false, message: 'calibrate needs --out <calibrated.json>' };
  return {
    ok: true,
    command: { command: 'calibrate', source: positional[0], actuals: positional[1], asOf, holdout, out },
  };
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

const CALIBRATE_PROBLEM_TEXT = {
  'as-of-outside-data': (p: { asOf: string; first?: string; last?: string }) =>
    `--as-of ${p.asOf} is outside the actuals (${p.first} … ${p.last})`,
  'as-of-not-before-term-end': (p: { asOf: string; lastTermMonth?: string }) =>
    `as of ${p.asOf} leaves nothing to forecast: the term ends ${p.lastTermMonth}`,
  'bad-as-of': (p: { asOf: string }) => `expected a month like 2024-12, got "${p.asOf}"`,
};

export async function runCalibrate(
  command: CalibrateCommand,
  out: (line: string) => void,
  err: (line: string) => void,
  io: Pick<CliIo, 'readStdin'> = { readStdin: () => Promise.resolve(new Uint8Array()) },
): Promise<number> {
  const loaded = await loadSource(command.source, { out, err, progress: () => {}, ...io });
  if (!loaded.ok) {
    err(loaded.message);
    return 1;
  }
  if (sameFile(command.out, command.source) || sameFile(command.out, command.actuals)) {
    err(`--out ${command.out} would overwrite an input; choose another file`);
    return 1;
  }
  // Type and size checked before reading, as for scenarios (no FIFO, device or 1 GB file is read).
  const file = readInputFile(command.actuals, command.actuals, MAX_ACTUALS_FILE_BYTES);
  if (!file.ok) {
    err(file.message);
    return 1;
  }
  const bytes = file.bytes;
  const read = await readActualsFile(bytes);
  if (!read.ok) {
    err(
      `${command.actuals}: not imported (${read.problems.length} problem${read.problems.length === 1 ? '' : 's'}; nothing was written)`,
    );
    for (const p of read.problems) err(`  ${describeProblem(p)}`);
    return 1;
  }
  const result = calibrateScenario(loaded.scenario, read.table, {
    source: basename(command.actuals),
    asOf: command.asOf,
    holdout: command.holdout,
  });
  if (!result.ok) {
    const p = result.problem;
    err(`${command.actuals}: ${CALIBRATE_PROBLEM_TEXT[p.code](p as never)} (nothing was written)`);
    return 1;
  }
  printCalibration(result.report, out);
  try {
    writeFileSync(command.out, `${JSON.stringify(result.scenario, null, 2)}\n`);
  } catch (error) {
    err(`${command.out}: cannot write (${(error as NodeJS.ErrnoException).code ?? error})`);
    return 1;
  }
  out('');
  out(`wrote ${command.out}: scenario "${result.scenario.id}" (${result.scenario.name})`);
  return 0;
}

export const calibrateCommand = defineCommand<CalibrateCommand>({
  name: 'calibrate',
  usage: CALIBRATE_USAGE,
  parse(args) {
    const parsed = parseCalibrateArgs(args);
    return parsed.ok ? { ok: true, options: parsed.command } : parsed;
  },
  execute: (options, io) => runCalibrate(options, io.out, io.err, io),
});

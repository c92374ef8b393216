import { MAX_REPLICATIONS } from '../scenario/sections/simulation.ts';
import { CALIBRATE_USAGE, type CalibrateCommand, parseCalibrateArgs } from './calibrate.ts';

/**
 * Command-line arguments of `npm run sim -- <command> …`, parsed into a typed command or a message
 * that says what is wrong. Never throws.
 */
export type CliCommand =
  | {
      command: 'run';
      source: string;
      replications?: number;
      seed?: number | string;
      workers?: number;
      output: { kind: 'table' } | { kind: 'json' } | { kind: 'csv'; dir: string };
    }
  | { command: 'validate'; source: string }
  | { command: 'share'; source: string }
  | {
      command: 'compare';
      sources: string[];
      replications?: number;
      seed?: number | string;
      workers?: number;
      json: boolean;
    }
  | {
      command: 'recommend';
      source: string;
      /** Tolerated breach probability per quota over the term (default 0.05). */
      maxBreach: number;
      reading: 'likely' | 'cautious';
      /** Replications at the first look and at most. */
      firstLook?: number;
      maxReplications?: number;
      host?: { vcpu: number; ramGb: number; diskTb: number };
      seed?: number | string;
      workers?: number;
      json: boolean;
    }
  | CalibrateCommand
  | { command: 'help' };

export const USAGE = `Usage: npm run sim -- <command> [options]

  run <scenario.json | share-URL>   run the Monte Carlo simulation and print the summary
      --replications N              replications (default: the scenario's)
      --seed S                      seed (default: the scenario's)
      --workers W                   worker threads (default: cores − 0, at least 1)
      --json                        print one JSON object (shape in README.md)
      --csv DIR                     write every table and series as CSV files into DIR
  validate <file | share-URL>       check a scenario; name every field that is wrong
  share <scenario.json>             print the share-URL hash of a scenario
  compare <a.json> <b.json> [c] [d] compare 2–4 options run with common random numbers: verdict,
                                    per-option price, spend, breach probabilities (Wilson 95%),
                                    paired differences against the first (95% intervals)
      --replications N  --seed S  --workers W  --json
  recommend <scenario.json>         the cheapest quotas in purchase steps whose every breach
                                    probability has an upper 95% bound ≤ the tolerance, the N+1
                                    hosts that carry them, and the cost–risk frontier
      --max-breach A                tolerance per quota over the term (default 0.05)
      --reading likely|cautious     cautious: all quotas' bounds hold together at 95% (default likely)
      --replications N              replications at the first look (default 200)
      --max-replications N          at most (default 1600)
      --host VCPU/RAM_GB/DISK_TB    size of the hosts to buy (default: the scenario's most common)
      --seed S  --workers W  --json
${CALIBRATE_USAGE}
`;

export type ParseResult = { ok: true; command: CliCommand } | { ok: false; message: string };

function positiveInt(name: string, raw: string | undefined, max: number): number | string {
  if (raw === undefined) return `${name} needs a value`;
  if (!/^\d+$/.test(raw)) return `${name} expects a whole number, got "${raw}"`;
  const n = Number(raw);
  if (n < 1 || n > max) return `${name} expects a number from 1 to ${max}, got ${n}`;
  return n;
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    return { ok: true, command: { command: 'help' } };
  }
  if (command === 'calibrate') return parseCalibrateArgs(rest);
  const positional: string[] = [];
  const options: { replications?: number; seed?: number | string; workers?: number } = {};
  const planner: {
    maxBreach?: number;
    reading?: 'likely' | 'cautious';
    maxReplications?: number;
    host?: { vcpu: number; ramGb: number; diskTb: number };
  } = {};
  let json = false;
  let csvDir: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') json = true;
    else if (arg === '--csv') {
      csvDir = rest[++i];
      if (!csvDir) return { ok: false, message: '--csv needs a directory' };
    } else if (arg === '--replications' || arg === '--workers') {
      const v = positiveInt(arg, rest[++i], arg === '--workers' ? 64 : MAX_REPLICATIONS);
      if (typeof v === 'string') return { ok: false, message: v };
      if (arg === '--workers') options.workers = v;
      else options.replications = v;
    } else if (arg === '--max-replications') {
      const v = positiveInt(arg, rest[++i], 10_000);
      if (typeof v === 'string') return { ok: false, message: v };
      planner.maxReplications = v;
    } else if (arg === '--max-breach') {
      const raw = rest[++i];
      const v = Number(raw);
      if (raw === undefined || !/^(0(\.\d+)?|\.\d+)$/.test(raw) || !(v > 0 && v < 1))
        return {
          ok: false,
          message: `--max-breach expects a probability between 0 and 1 (e.g. 0.05), got "${raw ?? ''}"`,
        };
      planner.maxBreach = v;
    } else if (arg === '--reading') {
      const raw = rest[++i];
      if (raw !== 'likely' && raw !== 'cautious')
        return { ok: false, message: `--reading expects likely or cautious, got "${raw ?? ''}"` };
      planner.reading = raw;
    } else if (arg === '--host') {
      const raw = rest[++i] ?? '';
      const m = /^(\d+)\/(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(raw);
      const host = m ? { vcpu: Number(m[1]), ramGb: Number(m[2]), diskTb: Number(m[3]) } : null;
      if (
        !host ||
        host.vcpu < 1 ||
        host.vcpu > 1024 ||
        host.ramGb < 1 ||
        host.ramGb > 65_536 ||
        host.diskTb > 10_000
      )
        return { ok: false, message: `--host expects VCPU/RAM_GB/DISK_TB such as 48/96/6, got "${raw}"` };
      planner.host = host;
    } else if (arg === '--seed') {
      const raw = rest[++i];
      if (raw === undefined || raw === '') return { ok: false, message: '--seed needs a value' };
      options.seed = /^\d+$/.test(raw) && Number(raw) <= 0xffffffff ? Number(raw) : raw;
    } else if (arg.startsWith('--')) return { ok: false, message: `unknown option ${arg}` };
    else positional.push(arg);
  }
  switch (command) {
    case 'run':
      if (positional.length !== 1)
        return { ok: false, message: 'run expects one scenario file or share URL' };
      if (json && csvDir) return { ok: false, message: 'choose one of --json and --csv' };
      return {
        ok: true,
        command: {
          command: 'run',
          source: positional[0],
          ...options,
          output: json ? { kind: 'json' } : csvDir ? { kind: 'csv', dir: csvDir } : { kind: 'table' },
        },
      };
    case 'validate':
    case 'share':
      if (positional.length !== 1)
        return { ok: false, message: `${command} expects one scenario file or URL` };
      return { ok: true, command: { command, source: positional[0] } };
    case 'compare':
      if (positional.length < 2 || positional.length > 4)
        return { ok: false, message: 'compare expects two to four scenarios' };
      return { ok: true, command: { command: 'compare', sources: positional, ...options, json } };
    case 'recommend':
      if (positional.length !== 1)
        return { ok: false, message: 'recommend expects one scenario file or share URL' };
      if (
        options.replications !== undefined &&
        planner.maxReplications !== undefined &&
        planner.maxReplications < options.replications
      )
        return { ok: false, message: '--max-replications must be at least --replications' };
      return {
        ok: true,
        command: {
          command: 'recommend',
          source: positional[0],
          maxBreach: planner.maxBreach ?? 0.05,
          reading: planner.reading ?? 'likely',
          firstLook: options.replications,
          maxReplications: planner.maxReplications,
          host: planner.host,
          seed: options.seed,
          workers: options.workers,
          json,
        },
      };
    default:
      return { ok: false, message: `unknown command "${command}"` };
  }
}

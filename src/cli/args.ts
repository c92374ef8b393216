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
  const positional: string[] = [];
  const options: { replications?: number; seed?: number | string; workers?: number } = {};
  let json = false;
  let csvDir: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') json = true;
    else if (arg === '--csv') {
      csvDir = rest[++i];
      if (!csvDir) return { ok: false, message: '--csv needs a directory' };
    } else if (arg === '--replications' || arg === '--workers') {
      const v = positiveInt(arg, rest[++i], arg === '--workers' ? 64 : 10_000);
      if (typeof v === 'string') return { ok: false, message: v };
      if (arg === '--workers') options.workers = v;
      else options.replications = v;
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
    default:
      return { ok: false, message: `unknown command "${command}"` };
  }
}

/**
 * The options several commands share (--replications, --seed, --workers, --json, --csv), parsed from
 * the arguments after the command name. Each command says which it takes; anything else starting with
 * `--` is an unknown option, and everything else is a positional argument (a file or a link).
 */
import { MAX_REPLICATIONS } from '../scenario/sections/simulation.ts';
import type { ParsedOptions } from './command.ts';

export const MAX_WORKERS = 64;

export interface CommonOptions {
  positional: string[];
  replications?: number;
  seed?: number | string;
  workers?: number;
  json: boolean;
  csvDir?: string;
}

export type OptionName = 'replications' | 'seed' | 'workers' | 'json' | 'csv';

function wholeNumber(name: string, raw: string | undefined, max: number): number | string {
  if (raw === undefined) return `${name} needs a value`;
  if (!/^\d+$/.test(raw)) return `${name} expects a whole number, got "${raw.slice(0, 40)}"`;
  const n = Number(raw);
  if (n < 1 || n > max)
    return `${name} expects a number from 1 to ${max.toLocaleString('en-US')}, got ${raw.slice(0, 40)}`;
  return n;
}

export function parseOptions(
  args: readonly string[],
  allowed: readonly OptionName[],
): ParsedOptions<CommonOptions> {
  const options: CommonOptions = { positional: [], json: false };
  const takes = (name: OptionName) => allowed.includes(name);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json' && takes('json')) options.json = true;
    else if (arg === '--csv' && takes('csv')) {
      const dir = args[++i];
      if (!dir) return { ok: false, message: '--csv needs a directory' };
      options.csvDir = dir;
    } else if (
      (arg === '--replications' && takes('replications')) ||
      (arg === '--workers' && takes('workers'))
    ) {
      const v = wholeNumber(arg, args[++i], arg === '--workers' ? MAX_WORKERS : MAX_REPLICATIONS);
      if (typeof v === 'string') return { ok: false, message: v };
      if (arg === '--workers') options.workers = v;
      else options.replications = v;
    } else if (arg === '--seed' && takes('seed')) {
      const raw = args[++i];
      if (raw === undefined || raw === '') return { ok: false, message: '--seed needs a value' };
      if (raw.length > 64) return { ok: false, message: '--seed expects at most 64 characters' };
      options.seed = /^\d+$/.test(raw) && Number(raw) <= 0xffffffff ? Number(raw) : raw;
    } else if (arg.startsWith('--')) return { ok: false, message: `unknown option ${arg.slice(0, 60)}` };
    else options.positional.push(arg);
  }
  if (options.json && options.csvDir) return { ok: false, message: 'choose one of --json and --csv' };
  return { ok: true, options };
}

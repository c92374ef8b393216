/**
 * `npm run bench` — runs every benchmark section in this process and prints a table, or with
 * `-- --json` exactly one JSON object on stdout (npm itself echoes the script name first unless run
 * as `npm run -s bench -- --json`).
 *
 * Sections are discovered: every module in test/bench/ that exports `benchSection` (a function
 * returning, or resolving to, named groups of fields such as `kernel.*`, `floor.*`, `compute.*`)
 * contributes its groups; kernel.ts runs first, the others in file-name order. A section must write
 * any progress to stderr, never stdout. Not a test: nothing fails on a slow machine. A section that
 * throws (e.g. kernel and floor disagreeing on the trajectory) is reported as `<file>.error` and the
 * others still run; the exit status is then 1. `-- --only monteCarlo,browser` imports and runs only
 * the sections of those files (a section that cannot run here, like browser without Chromium, says
 * why in its own fields). What a section starts (a preview server) is stopped on every path.
 */
import { readdirSync } from 'node:fs';
import { stopAll } from './benchProcesses.ts';
import { sectionFiles } from './sections.ts';
import type { BenchSection } from './timing.ts';

type SectionFn = () => BenchSection | Promise<BenchSection>;

function printTable(result: BenchSection): void {
  const rows: [string, string][] = [];
  for (const [group, fields] of Object.entries(result)) {
    for (const [field, value] of Object.entries(fields)) {
      const text = typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
      rows.push([`${group}.${field}`, text]);
    }
  }
  const width = Math.max(0, ...rows.map(([name]) => name.length));
  console.log(`benchmark (node ${process.version}, ${process.platform}/${process.arch})`);
  for (const [name, text] of rows) console.log(`  ${name.padEnd(width)}  ${text}`);
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean)) : null;
  const dir = new URL('.', import.meta.url);
  const files = sectionFiles(readdirSync(dir), only);
  if (only) {
    const unknown = [...only].filter((name) => !files.includes(`${name}.ts`));
    if (unknown.length > 0) process.stderr.write(`bench: no section file ${unknown.join(', ')}; skipped\n`);
  }
  const result: BenchSection = {};
  let failed = false;
  for (const file of files) {
    const name = file.replace(/\.ts$/, '');
    try {
      const module: { benchSection?: SectionFn } = await import(new URL(file, dir).href);
      if (typeof module.benchSection !== 'function') continue;
      const groups = await module.benchSection();
      for (const group of Object.keys(groups)) {
        if (group in result) throw new Error(`group '${group}' is already reported by another section`);
      }
      Object.assign(result, groups);
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`bench: ${file} failed: ${message}\n`);
      result[name] = { ...(result[name] ?? {}), error: message.split('\n')[0] };
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else printTable(result);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    stopAll();
    process.exitCode = code;
  },
  (error: unknown) => {
    stopAll();
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

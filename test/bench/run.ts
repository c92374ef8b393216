/**
 * `npm run bench` — runs every benchmark section in this process and prints a table, or with
 * `-- --json` exactly one JSON object on stdout (npm itself echoes the script name first unless run
 * as `npm run -s bench -- --json`).
 *
 * Sections are discovered: every module in test/bench/ that exports `benchSection` (a function
 * returning, or resolving to, named groups of fields such as `kernel.*`, `floor.*`, `compute.*`)
 * contributes its groups; kernel.ts runs first, the others in file-name order. A section must write
 * any progress to stderr, never stdout. Not a test: nothing fails on a slow machine, except a section
 * that throws (e.g. kernel and floor disagreeing on the trajectory). `-- --only monteCarlo,browser`
 * runs only the sections of those files.
 */
import { readdirSync } from 'node:fs';
import type { BenchSection } from './timing.ts';

type SectionFn = () => BenchSection | Promise<BenchSection>;

async function discoverSections(): Promise<{ file: string; run: SectionFn }[]> {
  const files = readdirSync(new URL('.', import.meta.url))
    .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.endsWith('.test.ts'))
    .sort((a, b) => (a === 'kernel.ts' ? -1 : b === 'kernel.ts' ? 1 : a.localeCompare(b)));
  const sections: { file: string; run: SectionFn }[] = [];
  for (const file of files) {
    const module: { benchSection?: SectionFn } = await import(new URL(file, import.meta.url).href);
    if (typeof module.benchSection === 'function') sections.push({ file, run: module.benchSection });
  }
  return sections;
}

function printTable(result: BenchSection): void {
  const rows: [string, string][] = [];
  for (const [group, fields] of Object.entries(result)) {
    for (const [field, value] of Object.entries(fields)) {
      const text = typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
      rows.push([`${group}.${field}`, text]);
    }
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`benchmark (node ${process.version}, ${process.platform}/${process.arch})`);
  for (const [name, text] of rows) console.log(`  ${name.padEnd(width)}  ${text}`);
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  // `--only a,b` runs the sections of those files (e.g. `--only monteCarlo,traffic`).
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1]?.split(',')) : null;
  const result: BenchSection = {};
  for (const section of await discoverSections()) {
    if (only && !only.has(section.file.replace(/\.ts$/, ''))) continue;
    const groups = await section.run();
    for (const group of Object.keys(groups)) {
      if (group in result)
        throw new Error(`${section.file}: group '${group}' is already reported by another section`);
    }
    Object.assign(result, groups);
  }
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else printTable(result);
}

await main();

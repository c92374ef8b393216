/**
 * `npm run bench` — runs every benchmark section in this process and prints a table, or with
 * `-- --json` exactly one JSON object on stdout. Sections are functions returning named groups of
 * fields (`kernel.*`, `floor.*`, …); later issues add theirs to SECTIONS. Not a test: nothing here
 * fails on a slow machine, except a section that throws (e.g. kernel and floor disagreeing).
 */
import { benchKernel } from './kernel.ts';
import type { BenchSection } from './timing.ts';

const SECTIONS: readonly (() => BenchSection)[] = [benchKernel];

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

function main(): void {
  const json = process.argv.includes('--json');
  const result: BenchSection = {};
  for (const section of SECTIONS) Object.assign(result, section());
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else printTable(result);
}

main();

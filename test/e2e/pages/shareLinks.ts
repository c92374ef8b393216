/**
 * Share links for e2e journeys, made by the command line (`share -`), the same encoder the page uses:
 * Playwright's loader cannot import the scenario library (JSON modules), so specs read scenario files
 * with fs and encode through the CLI.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Scenario } from '../../../src/scenario/schema.ts';

export function scenarioFile(id: string): Scenario {
  return JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')) as Scenario;
}

/** The share hash ('#s=…') of a scenario document. */
export function shareHash(doc: Scenario): string {
  return execFileSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'share', '-'], {
    input: JSON.stringify(doc),
    encoding: 'utf8',
  }).trim();
}

import { describe, expect, it } from 'vitest';
import { ReplicationStoppedError } from '../../src/model/runReplication.ts';
import { createReplicator } from '../../src/runner/replicate.ts';
import { BUILT_IN_SCENARIOS } from '../../src/scenario/library.ts';
import { loadScenario } from '../../src/scenario/validate.ts';
import { rawControls, STACK_TRACE } from '../cli/outputChecks.ts';
import { boundVariants, largestEstate, pathExists } from './extremeScenarios.ts';

/**
 * Every built-in scenario pushed to each bound of the schema (one field at a time, generated from
 * the schema) is either refused with messages that name real fields, or runs a replication that
 * finishes or is stopped by its budget with a message — within 30 s. Validation runs for every
 * variant; replications run for a fixed eighth of them in CI (each field on one scenario, a different
 * one per field), for all of them with HOSTILE_FULL=1.
 */
const FULL = process.env.HOSTILE_FULL === '1';
const LIMIT_MS = 30_000;

function runOne(doc: unknown): { outcome: 'finished' | 'stopped'; ms: number; message?: string } {
  const checked = loadScenario(doc);
  if (!checked.ok) throw new Error('not valid');
  const started = performance.now();
  try {
    createReplicator(checked.scenario)(0);
    return { outcome: 'finished', ms: performance.now() - started };
  } catch (error) {
    if (!(error instanceof ReplicationStoppedError)) throw error;
    return { outcome: 'stopped', ms: performance.now() - started, message: error.message };
  }
}

describe('every built-in scenario pushed to each schema bound', () => {
  [...BUILT_IN_SCENARIOS].forEach(([id, scenario], s) => {
    it(`${id}: refused with named fields, or finished / stopped with a message within 30 s`, () => {
      const variants = boundVariants(scenario as never);
      expect(variants.length).toBeGreaterThan(150);
      let ran = 0;
      variants.forEach((v, k) => {
        const checked = loadScenario(v.doc);
        if (!checked.ok) {
          for (const issue of checked.issues) {
            if (issue.path === '' && issue.message.startsWith('…and ')) continue; // "…and 12 more problems"
            expect(issue.message, v.label).toMatch(/^[A-Za-z$][\w$.[\]"]*: \S/);
            expect(pathExists(v.doc, issue.path), `${v.label}: ${issue.path}`).toBe(true);
            expect(rawControls(issue.message)).toEqual([]);
            expect(issue.message).not.toMatch(STACK_TRACE);
          }
          return;
        }
        if (!FULL && k % BUILT_IN_SCENARIOS.size !== s) return;
        ran++;
        const r = runOne(v.doc);
        expect(r.ms, v.label).toBeLessThan(LIMIT_MS);
        if (r.outcome === 'stopped') expect(r.message, v.label).toMatch(/^Replication 0 was stopped/);
      });
      expect(ran).toBeGreaterThan(0);
    }, 600_000);
  });

  it('the largest estate the schema accepts finishes a replication or is stopped with a message within 30 s', () => {
    const r = runOne(largestEstate());
    expect(r.ms).toBeLessThan(LIMIT_MS);
    if (r.outcome === 'stopped')
      expect(r.message).toMatch(/most of it in the (compute|database|storage|bandwidth|SMS) model/);
  }, 60_000);
});

/**
 * Validation of anything that claims to be a scenario: a file, an imported document, a decoded link,
 * an edited field. Never throws; returns every problem with its path. Migrates older versions first.
 */
import { formatIssue, type ValidationIssue } from './formatIssue.ts';
import { migrateScenario } from './migrations.ts';
import { type Scenario, scenarioSchema } from './schema.ts';

export type { ValidationIssue };

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; issues: ValidationIssue[] };

/** At most this many issues are returned (the rest are summarised in one line). */
const MAX_ISSUES = 50;

/** Validates a document already at the current version. */
export function validateScenario(input: unknown): ValidationResult {
  try {
    const result = scenarioSchema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, scenario: result.data };
    const issues = result.error.issues.slice(0, MAX_ISSUES).map(formatIssue);
    const more = result.error.issues.length - issues.length;
    if (more > 0) issues.push({ path: '', message: `…and ${more} more problems` });
    return { ok: false, issues };
  } catch (error) {
    // A schema must not throw, but a hostile object (getters, proxies) might make it; never let it out.
    return { ok: false, issues: [{ path: '', message: `not a scenario: ${String(error).slice(0, 200)}` }] };
  }
}

/** Migrates a document of any known version to the current one, then validates it. */
export function loadScenario(input: unknown): ValidationResult {
  const migrated = migrateScenario(input);
  if (!migrated.ok)
    return { ok: false, issues: [{ path: 'version', message: `version: ${migrated.message}` }] };
  return validateScenario(migrated.doc);
}

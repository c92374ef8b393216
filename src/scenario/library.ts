/**
 * The built-in scenarios, by id. Imported statically so Vite and Node (vitest, tsx) both bundle them;
 * each is validated when this module loads, and one that fails is left out and listed in
 * LIBRARY_ISSUES (a test asserts that list is empty). Share links name their base by these ids.
 */

import twoTerms from '../../scenarios/luohe-2023-2028-renewal.json';
import baseline from '../../scenarios/luohe-2023-baseline.json';
import expansion from '../../scenarios/luohe-2024-expansion.json';
import partialMove from '../../scenarios/luohe-2024-partial-move.json';
import migrateOut from '../../scenarios/luohe-2025-migrate-out.json';
import renewalAsIs from '../../scenarios/renewal-2026-as-is.json';
import renewalExpand from '../../scenarios/renewal-2026-expand.json';
import renewalRightSize from '../../scenarios/renewal-2026-right-size.json';
import stressDbFailure from '../../scenarios/stress-db-failure.json';
import stressSmsPeak from '../../scenarios/stress-sms-peak.json';
import type { Scenario } from './schema.ts';
import { type ValidationIssue, validateScenario } from './validate.ts';

export const BASELINE_ID = 'luohe-2023-baseline';

/** File order = library order: the signed contract first, then what planners and procurement compare. */
const FILES: readonly unknown[] = [
  baseline,
  expansion,
  migrateOut,
  partialMove,
  twoTerms,
  renewalAsIs,
  renewalRightSize,
  renewalExpand,
  stressSmsPeak,
  stressDbFailure,
];

export const LIBRARY_ISSUES: { index: number; issues: ValidationIssue[] }[] = [];

function load(): ReadonlyMap<string, Scenario> {
  const byId = new Map<string, Scenario>();
  FILES.forEach((file, index) => {
    const result = validateScenario(file);
    if (result.ok) byId.set(result.scenario.id, deepFreeze(result.scenario));
    else LIBRARY_ISSUES.push({ index, issues: result.issues });
  });
  return byId;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Every valid built-in scenario, frozen, in library order. */
export const BUILT_IN_SCENARIOS: ReadonlyMap<string, Scenario> = load();

export function builtInScenario(id: string): Scenario | undefined {
  return BUILT_IN_SCENARIOS.get(id);
}

/** A mutable deep copy of a built-in scenario (for editing). */
export function copyOfBuiltIn(id: string): Scenario | undefined {
  const s = builtInScenario(id);
  return s === undefined ? undefined : (JSON.parse(JSON.stringify(s)) as Scenario);
}

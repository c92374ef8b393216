/**
 * The built-in scenarios, by id. Imported statically so Vite and Node (vitest, tsx) both bundle them;
 * each is validated the first time it is asked for (all of them when the library is listed), and
 * one that fails is left out and listed by libraryIssues() (a test asserts that list is empty).
 * Validating all ten as the page's script loaded took ~50 ms of a 2-core machine's start, before
 * the first run could be asked for; a page opens on one of them. Share links name their base by
 * these ids.
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

/**
 * A map of the built-in scenarios that validates each one when it is first read: `get` and `has`
 * validate the one asked for; iterating (keys, values, entries) validates each as it is reached, so
 * taking the first validates one; size and forEach validate them all. The valid ones come in file
 * order.
 */
export class BuiltInLibrary extends Map<string, Scenario> {
  /** Per file: undefined until validated, then the frozen scenario or null when it failed. */
  readonly #checked: (Scenario | null | undefined)[];
  readonly #ids: (string | undefined)[];
  #all = false;
  readonly issues: { index: number; issues: ValidationIssue[] }[] = [];

  constructor(private readonly files: readonly unknown[]) {
    super();
    this.#checked = files.map(() => undefined);
    this.#ids = files.map((f) => {
      const id = (f as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? id : undefined;
    });
  }

  #check(index: number): Scenario | null {
    let checked = this.#checked[index];
    if (checked === undefined) {
      const result = validateScenario(this.files[index]);
      checked = result.ok ? deepFreeze(result.scenario) : null;
      if (!result.ok) this.issues.push({ index, issues: result.issues });
      this.#checked[index] = checked;
    }
    return checked;
  }

  /** Validates every file and fills the map in file order (once). */
  #checkAll(): void {
    if (this.#all) return;
    this.#all = true;
    super.clear();
    this.files.forEach((_, index) => {
      const scenario = this.#check(index);
      if (scenario) super.set(scenario.id, scenario);
    });
  }

  override get(id: string): Scenario | undefined {
    if (this.#all) return super.get(id);
    const index = this.#ids.indexOf(id);
    const scenario = index < 0 ? null : this.#check(index);
    return scenario?.id === id ? scenario : undefined;
  }

  override has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  override get size(): number {
    this.#checkAll();
    return super.size;
  }

  /** The valid scenarios in file order, each validated as the iteration reaches it. */
  *#inOrder(): Generator<[string, Scenario], undefined, unknown> {
    for (let index = 0; index < this.files.length; index++) {
      const scenario = this.#check(index);
      if (scenario) yield [scenario.id, scenario];
    }
    return undefined;
  }

  override *keys(): MapIterator<string> {
    for (const [id] of this.#inOrder()) yield id;
    return undefined;
  }

  override *values(): MapIterator<Scenario> {
    for (const [, scenario] of this.#inOrder()) yield scenario;
    return undefined;
  }

  override entries(): MapIterator<[string, Scenario]> {
    return this.#inOrder();
  }

  override [Symbol.iterator](): MapIterator<[string, Scenario]> {
    return this.#inOrder();
  }

  override forEach(
    callback: (value: Scenario, key: string, map: Map<string, Scenario>) => void,
    thisArg?: unknown,
  ) {
    this.#checkAll();
    super.forEach(callback, thisArg);
  }

  override set(): this {
    throw new TypeError('the built-in library is read-only');
  }

  override delete(): boolean {
    throw new TypeError('the built-in library is read-only');
  }

  override clear(): void {
    throw new TypeError('the built-in library is read-only');
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const library = new BuiltInLibrary(FILES);

/** Every valid built-in scenario, frozen, in library order (each validated when first read). */
export const BUILT_IN_SCENARIOS: ReadonlyMap<string, Scenario> = library;

/** The built-in files that failed validation (a test asserts there are none): validates them all. */
export function libraryIssues(): readonly { index: number; issues: ValidationIssue[] }[] {
  void library.size;
  return library.issues;
}

export function builtInScenario(id: string): Scenario | undefined {
  return BUILT_IN_SCENARIOS.get(id);
}

/** A mutable deep copy of a built-in scenario (for editing). */
export function copyOfBuiltIn(id: string): Scenario | undefined {
  const s = builtInScenario(id);
  return s === undefined ? undefined : (JSON.parse(JSON.stringify(s)) as Scenario);
}

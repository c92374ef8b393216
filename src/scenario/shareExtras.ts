/**
 * Compare options a share link carries whole, because the one who opens it has no other copy of
 * them: scenarios in the compare set that are neither a built-in one nor the link's own scenario
 * (an adopted recommendation, say). Each travels as a patch against the link's own scenario (they
 * differ in a few quotas, where the scenario itself may carry years of actuals), in the payload's
 * `w.x = { <id>: <patch> }`, under the link's checksum.
 *
 * Reading them never fails the link: an option that does not patch onto the base or is not a valid
 * scenario is dropped with a warning naming it, and the compare set goes on without it.
 */
import { applyPatch, diffJson } from './diff.ts';
import { builtInScenario } from './library.ts';
import type { Scenario } from './schema.ts';
import { loadScenario } from './validate.ts';

/** Stands for "the scenario in this link" in a compare set. */
export const SHARE_COMPARE_CURRENT = '__current__';
export const SHARE_COMPARE_MAX = 4;
/** A compare set holds the link's scenario or a built-in one, so at most this many others. */
export const SHARE_EXTRAS_MAX = SHARE_COMPARE_MAX - 1;

const EXTRA_ID = /^[a-z][a-z0-9-]{0,31}$/;

/** Whether `id` can name a carried option (not a built-in id, not the current scenario's). */
export function isExtraId(id: string): boolean {
  return EXTRA_ID.test(id) && builtInScenario(id) === undefined;
}

/** The payload's `w.x` for `extras` against the link's scenario `doc` (undefined when there are none). */
export function extrasToWire(
  doc: unknown,
  extras: Readonly<Record<string, Scenario>> | undefined,
): Record<string, unknown> | undefined {
  if (!extras) return undefined;
  const ids = Object.keys(extras).filter(isExtraId).slice(0, SHARE_EXTRAS_MAX);
  if (ids.length === 0) return undefined;
  return Object.fromEntries(ids.map((id) => [id, diffJson(doc, extras[id])]));
}

/**
 * Reads `w.x` against `doc`, the link's scenario as it was encoded (before any migration, which each
 * option then goes through like the scenario): the options that are whole, valid scenarios; the
 * rest is warned of.
 */
export function extrasFromWire(doc: unknown, wire: unknown, warnings: string[]): Record<string, Scenario> {
  if (wire === undefined) return {};
  if (typeof wire !== 'object' || wire === null || Array.isArray(wire)) {
    warnings.push('the link’s compared scenarios are not readable; they were left out');
    return {};
  }
  const extras: Record<string, Scenario> = {};
  const entries = Object.entries(wire);
  if (entries.length > SHARE_EXTRAS_MAX)
    warnings.push(
      `the link carries more than ${SHARE_EXTRAS_MAX} compared scenarios; the rest were left out`,
    );
  for (const [id, patch] of entries.slice(0, SHARE_EXTRAS_MAX)) {
    if (!isExtraId(id)) {
      warnings.push('the link names a compared scenario in a form this planner does not read');
      continue;
    }
    const patched = applyPatch(doc, patch);
    const loaded = patched.ok ? loadScenario(patched.value) : null;
    if (!loaded?.ok) {
      warnings.push(`the compared scenario '${id}' in the link is not valid; it was left out`);
      continue;
    }
    extras[id] = loaded.scenario;
  }
  return extras;
}

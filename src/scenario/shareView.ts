/**
 * The view state a share link carries besides the scenario — everything else that changes a figure
 * on screen: the risk reading, the view, and Compare's set of scenarios and replications. The
 * scenario's own seed and replications travel in the scenario.
 *
 * In the link's payload it is `w: { r, v, c, n }` (short keys: links go into chat messages). Reading
 * it never fails a link: an unknown value is dropped with a warning, and the app falls back to its
 * default for that part.
 */
import { builtInScenario } from './library.ts';
import type { Scenario } from './schema.ts';
import { SHARE_COMPARE_CURRENT, SHARE_COMPARE_MAX } from './shareExtras.ts';

export { SHARE_COMPARE_CURRENT, SHARE_COMPARE_MAX } from './shareExtras.ts';

export type ShareRisk = 'likely' | 'cautious';

export const SHARE_COMPARE_REPLICATIONS_MAX = 10_000;

export interface ShareView {
  risk?: ShareRisk;
  /** The view's id ('results', 'compare', …); the app ignores an id it has no view for. */
  view?: string;
  /** Compare's scenarios in column order: built-in ids, SHARE_COMPARE_CURRENT or ids of `extras`. */
  compare?: string[];
  compareReplications?: number;
  /** Compare options carried whole (shareExtras.ts): neither built-in nor the link's scenario. */
  extras?: Record<string, Scenario>;
}

interface WireView {
  r?: unknown;
  v?: unknown;
  c?: unknown;
  n?: unknown;
}

/** The payload's `w` for `view` (undefined when there is nothing to carry). */
export function viewToWire(view: ShareView | undefined): Record<string, unknown> | undefined {
  if (!view) return undefined;
  const w: Record<string, unknown> = {};
  if (view.risk) w.r = view.risk === 'cautious' ? 'c' : 'l';
  if (view.view) w.v = view.view;
  if (view.compare) w.c = view.compare;
  if (view.compareReplications !== undefined) w.n = view.compareReplications;
  return Object.keys(w).length > 0 ? w : undefined;
}

const VIEW_ID = /^[a-z][a-z-]{0,31}$/;

/**
 * Reads the payload's `w` (all but its carried options, `x`, read by shareExtras.ts into
 * `extraIds`); what cannot be used is dropped and said in `warnings`.
 */
export function viewFromWire(
  wire: unknown,
  warnings: string[],
  extraIds: ReadonlySet<string> = new Set(),
): ShareView {
  if (wire === undefined) return {};
  if (typeof wire !== 'object' || wire === null || Array.isArray(wire)) {
    warnings.push('the link’s view settings are not readable; the default view is shown');
    return {};
  }
  const { r, v, c, n } = wire as WireView;
  const view: ShareView = {};
  if (r === 'l' || r === 'c') view.risk = r === 'c' ? 'cautious' : 'likely';
  else if (r !== undefined) warnings.push('the link names an unknown risk reading; Likely (P50) is shown');
  if (typeof v === 'string' && VIEW_ID.test(v)) view.view = v;
  else if (v !== undefined) warnings.push('the link names an unknown view');
  if (Array.isArray(c)) {
    const ids = c.filter(
      (id): id is string =>
        typeof id === 'string' &&
        (id === SHARE_COMPARE_CURRENT || builtInScenario(id) !== undefined || extraIds.has(id)),
    );
    if (ids.length !== c.length)
      warnings.push('the link’s compare set names scenarios this planner does not have');
    view.compare = [...new Set(ids)].slice(0, SHARE_COMPARE_MAX);
  } else if (c !== undefined) warnings.push('the link’s compare set is not readable');
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= SHARE_COMPARE_REPLICATIONS_MAX)
    view.compareReplications = n;
  else if (n !== undefined) warnings.push('the link’s compare replications are out of range');
  return view;
}

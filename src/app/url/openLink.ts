/**
 * What opening a share link does to the store, in one place for the page's first load
 * (store/createAppStore.ts) and for a link pasted into the address bar of an open page
 * (url/addressBar.ts, through the unsaved-work question): the scenario on its base, the view state
 * it carries, and what to tell the user (repaired, unchecked, parts dropped) — or why it cannot open.
 */
import type { Scenario } from '../../scenario/schema.ts';
import { openShareText } from '../../scenario/shareText.ts';
import type { AppState } from '../store/appState.ts';
import { type LinkNotice, type LinkProblem, VIEWS } from '../store/types.ts';

export interface LinkOpening {
  baseScenarioId: string;
  scenario: Scenario;
  /** The view state the link carries, as store fields. */
  view: Partial<
    Pick<
      AppState,
      'view' | 'riskLevel' | 'compareSet' | 'compareReplications' | 'compareRunOnOpen' | 'compareExtras'
    >
  >;
  notice: LinkNotice | null;
}

export type LinkRead =
  | { kind: 'none' }
  | { kind: 'problem'; problem: LinkProblem }
  | { kind: 'open'; opening: LinkOpening };

/** Reads the share link in `text` (an address, a hash, a pasted message). Never throws. */
export function readLink(text: string, builtIns: ReadonlyMap<string, Scenario>): LinkRead {
  const found = openShareText(text);
  if (!found.found) return { kind: 'none' };
  const { decoded } = found;
  if (!decoded.ok) return { kind: 'problem', problem: decoded.error };
  if (!builtIns.has(decoded.baseId))
    return {
      kind: 'problem',
      problem: {
        code: 'unknown-base',
        message: `the link starts from an unknown scenario '${decoded.baseId}'`,
      },
    };
  const { view } = decoded;
  const viewId = VIEWS.find((v) => v === view.view);
  const notice =
    found.repairs.length > 0 || !decoded.checked || decoded.warnings.length > 0
      ? { repairs: found.repairs, checked: decoded.checked, warnings: decoded.warnings }
      : null;
  return {
    kind: 'open',
    opening: {
      baseScenarioId: decoded.baseId,
      scenario: decoded.scenario,
      view: {
        ...(viewId ? { view: viewId } : {}),
        ...(view.risk ? { riskLevel: view.risk } : {}),
        ...(view.compare ? { compareSet: view.compare } : {}),
        ...(view.compareReplications ? { compareReplications: view.compareReplications } : {}),
        ...(view.extras ? { compareExtras: view.extras } : {}),
        compareRunOnOpen: viewId === 'compare',
      },
      notice,
    },
  };
}

/**
 * Adopting a recommendation: the recommended scenario becomes an option of the sheet, compared
 * against the scenario being edited (the reference). It is kept in the store's compare options
 * (so it survives leaving the view, and the share link carries it whole) and saved in My scenarios
 * under its name, as the message says, so it can be opened and edited later.
 */
import { useState } from 'react';
import type { Recommendation } from '../../../planner/recommendationTypes.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { scenarioName } from '../../builtInScenarios.ts';
import type { Language } from '../../i18n/language.ts';
import { appStore, useApp } from '../../store/index.ts';
import { COMPARE_CURRENT, type CompareSelection } from './useCompareSelection.ts';

/** The first free `adopted-N` id among the compare options. */
export function nextAdoptedId(taken: Readonly<Record<string, unknown>>): string {
  let n = 1;
  while (Object.hasOwn(taken, `adopted-${n}`)) n++;
  return `adopted-${n}`;
}

export function useAdoptRecommendation(selection: CompareSelection, lang: Language) {
  const extras = useApp((s) => s.compareExtras);
  const [adoptedName, setAdoptedName] = useState<string | null>(null);
  const adopted: ReadonlyMap<string, Scenario> = new Map(Object.entries(extras));
  const adopt = (r: Recommendation): readonly string[] => {
    const state = appStore.getState();
    const id = nextAdoptedId(state.compareExtras);
    const name = scenarioName(r.scenario, lang);
    state.setCompareExtra(id, r.scenario);
    state.addEntries([
      {
        name,
        baseScenarioId: state.baseScenarioId,
        scenario: r.scenario,
        lastValidScenario: r.scenario,
        drafts: {},
      },
    ]);
    setAdoptedName(name);
    const set = [COMPARE_CURRENT, id];
    selection.setCompareSet(set);
    return set;
  };
  return { adopted, adopt, adoptedName };
}

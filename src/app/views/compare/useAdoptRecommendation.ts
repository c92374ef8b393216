/**
 * Adopting a recommendation: the recommended scenario becomes an option of the sheet, compared
 * against the scenario being edited (the reference). Until My scenarios (issue 13's workspace)
 * lands, the adopted scenarios live in the view.
 */
import { useState } from 'react';
import type { Recommendation } from '../../../planner/recommendationTypes.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { scenarioName } from '../../builtInScenarios.ts';
import type { Language } from '../../i18n/language.ts';
import { COMPARE_CURRENT, type CompareSelection } from './useCompareSelection.ts';

export function useAdoptRecommendation(selection: CompareSelection, lang: Language) {
  const [adopted, setAdopted] = useState<ReadonlyMap<string, Scenario>>(new Map());
  const [adoptedName, setAdoptedName] = useState<string | null>(null);
  const adopt = (r: Recommendation): readonly string[] => {
    const id = `adopted-${adopted.size + 1}`;
    setAdopted(new Map([...adopted, [id, r.scenario]]));
    setAdoptedName(scenarioName(r.scenario, lang));
    const set = [COMPARE_CURRENT, id];
    selection.setCompareSet(set);
    return set;
  };
  return { adopted, adopt, adoptedName };
}

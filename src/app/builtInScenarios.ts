/**
 * The built-in scenarios (validated, frozen, in library order with the signed-contract baseline
 * first) as the app sees them: re-exported from src/scenario/library.ts.
 */
export { BASELINE_ID, BUILT_IN_SCENARIOS, builtInScenario } from '../scenario/library.ts';

import type { Scenario } from '../scenario/schema.ts';
import type { Language } from './i18n/language.ts';

/** The scenario's name in the UI language. */
export function scenarioName(s: Pick<Scenario, 'name' | 'nameZh'>, lang: Language): string {
  return lang === 'zh-CN' ? s.nameZh : s.name;
}

/** The first sentence of the scenario's description in the UI language (the library's one-liner). */
export function scenarioOneLiner(s: Pick<Scenario, 'description' | 'descriptionZh'>, lang: Language): string {
  const text = (lang === 'zh-CN' ? s.descriptionZh : s.description).trim();
  const end = lang === 'zh-CN' ? text.search(/[。！？]/) : text.search(/\.(\s+[A-Z]|$)/);
  return end >= 0 ? text.slice(0, end + 1) : text;
}

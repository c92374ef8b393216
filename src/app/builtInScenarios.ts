/**
 * The built-in scenarios: every JSON file in scenarios/ that has a string `id` (the JSON schema file
 * and anything else without one is skipped). Listed by the library view; the signed-contract
 * baseline comes first.
 */
import type { ScenarioDoc } from './store/types.ts';

const files = import.meta.glob<ScenarioDoc>('../../scenarios/*.json', { eager: true, import: 'default' });

const BASELINE_ID = 'luohe-2023-baseline';

function collect(): Map<string, ScenarioDoc> {
  const docs = Object.values(files).filter((doc) => typeof doc.id === 'string');
  docs.sort((a, b) =>
    a.id === BASELINE_ID ? -1 : b.id === BASELINE_ID ? 1 : String(a.id).localeCompare(String(b.id)),
  );
  return new Map(docs.map((doc) => [String(doc.id), doc]));
}

export const BUILT_IN_SCENARIOS: ReadonlyMap<string, ScenarioDoc> = collect();

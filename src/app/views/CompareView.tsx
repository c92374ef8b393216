/**
 * The decision sheet: compare 2–4 options (e.g. renewal options) run with common random numbers,
 * verdict first, one column per option with every difference paired against the first; overlaid
 * bands with each option's quota; CSV and print; then the recommender, whose answer can join the
 * comparison against the scenario being edited.
 */
import { useEffect, useMemo } from 'react';
import { comparisonVerdict, DEFAULT_TOLERANCE } from '../../results/comparisonVerdict.ts';
import { compareOptions } from '../../results/optionComparison.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { loadScenario } from '../../scenario/validate.ts';
import { BUILT_IN_SCENARIOS, scenarioName } from '../builtInScenarios.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { appStore, useApp } from '../store/index.ts';
import { ComparePicker } from './compare/ComparePicker.tsx';
import { ComparisonTable } from './compare/ComparisonTable.tsx';
import { OverlayBands } from './compare/OverlayBands.tsx';
import { RecommenderPanel } from './compare/RecommenderPanel.tsx';
import { SheetActions } from './compare/SheetActions.tsx';
import { useAdoptRecommendation } from './compare/useAdoptRecommendation.ts';
import { useCompareRuns } from './compare/useCompareRuns.ts';
import { COMPARE_CURRENT, useCompareSelection } from './compare/useCompareSelection.ts';
import { Verdict } from './compare/Verdict.tsx';
import './compare/compare.css';

export function CompareView() {
  const t = useT();
  const lang = useLanguage();
  const scenario = useApp((s) => s.scenario);
  const selection = useCompareSelection();
  const compare = useCompareRuns();
  const { adopted, adopt, adoptedName } = useAdoptRecommendation(selection, lang);
  const valid = useMemo(() => loadScenario(scenario).ok, [scenario]);

  const resolve = (id: string): Scenario | undefined =>
    id === COMPARE_CURRENT
      ? appStore.getState().lastValidScenario
      : (BUILT_IN_SCENARIOS.get(id) ?? adopted.get(id));
  const start = (ids: readonly string[] = selection.compareSet, extra?: ReadonlyMap<string, Scenario>) => {
    const items = ids.flatMap((id) => {
      const s = extra?.get(id) ?? resolve(id);
      return s ? [{ key: id, scenario: s }] : [];
    });
    if (items.length >= 2) void compare.run(items, selection.replications);
  };
  // A link to this view runs its comparison at once, so everyone who opens it sees the same figures.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the view opens from a link
  useEffect(() => {
    if (!selection.runOnOpen) return;
    selection.clearRunOnOpen();
    start();
  }, [selection.runOnOpen]);

  const names = compare.entries.map((e) => scenarioName(e.scenario, lang));
  const complete =
    compare.entries.length >= 2 &&
    compare.entries.every((e) => e.summary !== null && e.perReplication !== null);
  const sheet = useMemo(
    () =>
      complete
        ? compareOptions(
            compare.entries.map((e) => ({
              id: e.key,
              name: e.scenario.name,
              nameZh: e.scenario.nameZh,
              contractPriceCny: e.scenario.contract.totalInclVatCny,
              summary: e.summary!,
              perReplication: e.perReplication!,
            })),
          )
        : null,
    [complete, compare.entries],
  );
  const verdict = useMemo(() => (sheet ? comparisonVerdict(sheet, DEFAULT_TOLERANCE) : null), [sheet]);

  return (
    <section aria-labelledby="compare-title" className="compare-view">
      <h2 id="compare-title">{t('sheet.title')}</h2>
      <p className="intro">{t('sheet.intro')}</p>
      <ComparePicker
        selection={selection}
        extraOptions={[...adopted].map(([id, s]) => [id, scenarioName(s, lang)] as const)}
        progress={compare.progress}
        cancelled={compare.cancelled}
        collapsed={sheet !== null}
        onRun={() => start()}
        onCancel={compare.cancel}
      />
      {compare.entries.some((e) => e.error) && (
        <ul className="error" role="alert">
          {compare.entries
            .filter((e) => e.error)
            .map((e) => (
              <li key={e.key}>{`${scenarioName(e.scenario, lang)}: ${e.error}`}</li>
            ))}
        </ul>
      )}
      {sheet && verdict && (
        <div className="compare-sheet-block" data-testid="compare-sheet">
          <Verdict sheet={sheet} verdict={verdict} names={names} />
          <ComparisonTable sheet={sheet} names={names} tolerance={verdict.tolerance} />
          <SheetActions sheet={sheet} names={names} />
          <OverlayBands entries={compare.entries} />
        </div>
      )}
      <RecommenderPanel
        scenario={scenario}
        valid={valid}
        adoptedName={adoptedName}
        onAdopt={(result) => {
          const ids = adopt(result);
          start(ids, new Map([[ids[1], result.scenario]]));
        }}
      />
    </section>
  );
}

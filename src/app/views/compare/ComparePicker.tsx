/**
 * Which options to compare (2–4; the order picked is the column order, the first the reference),
 * how many replications each, and the run: a button that turns into Cancel with a progress line.
 */
import { BUILT_IN_SCENARIOS, scenarioName } from '../../builtInScenarios.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import type { CompareProgress } from './useCompareRuns.ts';
import { COMPARE_CURRENT, COMPARE_REPLICATIONS_RANGE, type CompareSelection } from './useCompareSelection.ts';

export function ComparePicker({
  selection,
  extraOptions,
  progress,
  cancelled,
  collapsed,
  onRun,
  onCancel,
}: {
  selection: CompareSelection;
  /** Scenarios of My scenarios that can be compared too: [id, name]. */
  extraOptions: readonly (readonly [string, string])[];
  progress: CompareProgress | null;
  cancelled: number | null;
  /** Folds the list of options away (a sheet is showing: the verdict should come first). */
  collapsed: boolean;
  onRun: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const lang = useLanguage();
  const { compareSet, replications, typedReplications: typed } = selection;
  const options = [
    [COMPARE_CURRENT, t('sheet.current')] as const,
    ...[...BUILT_IN_SCENARIOS].map(([id, s]) => [id, scenarioName(s, lang)] as const),
    ...extraOptions,
  ];
  return (
    <fieldset className="field-group no-print">
      <legend>{t('sheet.pick')}</legend>
      <details className="compare-options" open={!collapsed} key={collapsed ? 'folded' : 'open'}>
        <summary data-testid="compare-picked">
          {compareSet.map((id, i) => `${i + 1}. ${options.find(([o]) => o === id)?.[1] ?? id}`).join(' · ')}
        </summary>
        <div className="field-grid">
          {options.map(([id, name]) => {
            const position = compareSet.indexOf(id);
            return (
              <label key={id} className="field checkbox">
                <input
                  type="checkbox"
                  checked={position >= 0}
                  disabled={progress !== null}
                  onChange={() => selection.toggle(id)}
                  data-testid={`compare-pick-${id}`}
                />
                {position >= 0 && <span className="pick-order">{position + 1}</span>}
                {name}
              </label>
            );
          })}
        </div>
      </details>
      <div className="run-line">
        <label className="field inline">
          {t('sheet.replications')}
          <input
            type="number"
            min={COMPARE_REPLICATIONS_RANGE.min}
            max={COMPARE_REPLICATIONS_RANGE.max}
            value={typed}
            disabled={progress !== null}
            onChange={(e) => selection.setReplications(Number(e.target.value))}
            data-testid="compare-replications"
          />
        </label>
        {progress ? (
          <button type="button" onClick={onCancel} data-testid="compare-cancel">
            {t('sheet.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={compareSet.length < 2}
            onClick={onRun}
            data-testid="compare-run"
          >
            {t('sheet.run')}
          </button>
        )}
        {compareSet.length < 2 && <span className="muted">{t('sheet.needTwo')}</span>}
        {replications !== typed && <span className="muted">{`→ ${replications}`}</span>}
      </div>
      {progress && (
        <p className="progress-line" role="status" data-testid="compare-progress">
          {t('sheet.progress', {
            n: progress.option + 1,
            of: progress.options,
            done: progress.done,
            total: progress.total,
          })}
          <progress
            value={progress.option * progress.total + progress.done}
            max={progress.options * progress.total}
          />
        </p>
      )}
      {cancelled !== null && <p role="status">{t('sheet.cancelled', { n: cancelled + 1 })}</p>}
    </fieldset>
  );
}

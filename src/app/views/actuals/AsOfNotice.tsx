/**
 * One line above the risk header of a run "as of" a month: which months are measured history and
 * that breach probabilities count only the months after (src/actuals/, the months-that-count mask).
 */
import type { RunSummary } from '../../../results/types.ts';
import { formatMonth } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';
import { asOfIndexOf, scenarioOfRun } from './actualPoints.ts';

export function AsOfNotice({ summary }: { summary: RunSummary }) {
  const t = useT();
  const lang = useLanguage();
  const scenario = scenarioOfRun(
    useApp((s) => s.scenario),
    summary,
  );
  const asOf = asOfIndexOf(scenario);
  if (!scenario?.actuals || asOf === null || asOf + 1 >= summary.monthLabels.length) return null;
  return (
    <p className="notice" data-testid="as-of-notice">
      {t('actuals.notice', {
        asOf: formatMonth(scenario.actuals.asOf, lang),
        next: formatMonth(summary.monthLabels[Math.max(0, asOf + 1)], lang),
        source: scenario.actuals.source,
      })}
    </p>
  );
}

/**
 * Placement at a chosen month (host heatmap) beside the first-breach distribution of the riskiest
 * quota. The month is chosen with a labelled range input (keyboard: arrows, Home/End).
 */
import { useId, useState } from 'react';
import type { RunSummary } from '../../../results/types.ts';
import { Heatmap } from '../../charts/Heatmap.tsx';
import { Histogram } from '../../charts/Histogram.tsx';
import { breachByEnd } from '../../components/quotaRisk.ts';
import { formatMonth } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { QUOTA_NAME } from '../../quotaLabels.ts';
import type { RunExtras } from '../../store/types.ts';

export function PlacementSection({ summary, extras }: { summary: RunSummary; extras: RunExtras | null }) {
  const t = useT();
  const lang = useLanguage();
  const sliderId = useId();
  const months = summary.monthLabels.length;
  const [month, setMonth] = useState(months - 1);
  const riskiest = [...summary.quotas].sort((a, b) => breachByEnd(b) - breachByEnd(a))[0];
  const monthName = formatMonth(summary.monthLabels[month] ?? '', lang);
  return (
    <section aria-labelledby="placement-title">
      <h2 id="placement-title">
        {t('results.placement')} · {t('results.breachTiming')}
      </h2>
      <div className="chart-grid">
        {extras && (
          <div>
            <div className="field inline">
              <label htmlFor={sliderId}>{t('placement.month')}</label>
              <input
                id={sliderId}
                type="range"
                min={0}
                max={months - 1}
                value={month}
                aria-valuetext={monthName}
                onChange={(e) => setMonth(Number(e.target.value))}
              />
              <output htmlFor={sliderId}>{monthName}</output>
            </div>
            <Heatmap
              testId="placement-heatmap"
              title={t('placement.title', { month: monthName })}
              caption={t('placement.caption')}
              hosts={extras.hostsByMonth[month] ?? []}
            />
          </div>
        )}
        {riskiest && (
          <Histogram
            testId="first-breach-histogram"
            title={t('histogram.title', {
              quota: t(riskiest.quota === 'dbNodes' ? 'quota.dbLoad' : QUOTA_NAME[riskiest.quota]),
            })}
            caption={t('histogram.caption')}
            monthLabels={summary.monthLabels}
            counts={riskiest.firstBreachHistogram}
          />
        )}
      </div>
    </section>
  );
}

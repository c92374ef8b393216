/**
 * Where a first-breach month comes from: the series' band with the quota line and the month marked,
 * the sentence that reads it at the chosen risk level, and how many runs first breach in each month.
 */

import type { QuotaKey, RunSummary } from '../../../results/types.ts';
import { OpenedSection } from '../../a11y/OpenedSection.tsx';
import { BandChart } from '../../charts/BandChart.tsx';
import { Histogram } from '../../charts/Histogram.tsx';
import { limitAt, limitsInForce } from '../../components/quotaRisk.ts';
import { breachMonthAt, peakAt, readBand } from '../../explain/reading.ts';
import { formatMonth, formatPercent } from '../../format/numbers.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { formatQuotaValue, QUOTA_NAME, QUOTA_UNIT } from '../../quotaLabels.ts';
import type { RiskLevel } from '../../store/types.ts';
import { metricDisplay, metricName } from './metricCatalog.ts';

export interface BreachExplanationProps {
  summary: RunSummary;
  quota: QuotaKey;
  riskLevel: RiskLevel;
  onClose?: () => void;
  /** Without charts (the printed report lists every breach). */
  compact?: boolean;
}

export function BreachExplanation({
  summary,
  quota,
  riskLevel,
  onClose,
  compact = false,
}: BreachExplanationProps) {
  const t = useT();
  const lang = useLanguage();
  const q = summary.quotas.find((x) => x.quota === quota);
  if (!q) return null;
  const series = summary.metrics[q.metric];
  const display = metricDisplay(q.metric);
  const metric = display ? metricName(display, lang) : q.metric;
  const quotaName = t(quota === 'dbNodes' ? 'quota.dbLoad' : QUOTA_NAME[quota]);
  const unit = t(quota === 'dbNodes' ? 'unit.oneNode' : QUOTA_UNIT[quota]);
  const fmt = (v: number) => formatQuotaValue(quota, v, lang);
  const month = breachMonthAt(q, riskLevel);
  const value = month === null || !series ? undefined : readBand(series.band, month, riskLevel);
  const sentence = breachSentence(summary, quota, riskLevel, t, lang) ?? '';
  const mode = q.mostLikelyFirstBreachMonth;
  const total = q.firstBreachHistogram.reduce((s, c) => s + c, 0);
  return (
    <OpenedSection
      takeFocus={onClose !== undefined}
      className="explanation"
      aria-labelledby={`breach-${quota}-title`}
      data-testid={`breach-explanation-${quota}`}
      data-reading={riskLevel}
    >
      <div className="explanation-head">
        <h3 id={`breach-${quota}-title`}>{t('breach.title', { quota: quotaName })}</h3>
        {onClose && (
          <button type="button" className="no-print" onClick={onClose} data-testid="breach-close">
            {t('breach.close')}
          </button>
        )}
      </div>
      <p className="explanation-lead" data-testid="breach-sentence">
        {sentence}
      </p>
      <p className="muted">
        {mode !== null &&
          total > 0 &&
          `${t('breach.mode', {
            month: formatMonth(summary.monthLabels[mode] ?? '', lang),
            share: formatPercent((q.firstBreachHistogram[mode] ?? 0) / total, lang),
          })} `}
        {t('breach.rule')}
      </p>
      {!compact && series && (
        <div className="chart-grid">
          <BandChart
            testId={`breach-band-${quota}`}
            title={t('breach.bandTitle', {
              metric,
              month:
                month === null ? t('quotaTable.never') : formatMonth(summary.monthLabels[month] ?? '', lang),
            })}
            caption={t('caption.band', { metric })}
            monthLabels={summary.monthLabels}
            band={series.band}
            quota={q.limit}
            quotaByMonth={q.limitByMonth}
            unit={unit}
            formatValue={fmt}
            highlight={month === null || value === undefined ? null : { month, value }}
          />
          <Histogram
            testId={`breach-histogram-${quota}`}
            title={t('breach.probTitle')}
            caption={t('histogram.caption')}
            monthLabels={summary.monthLabels}
            counts={q.firstBreachHistogram}
          />
        </div>
      )}
    </OpenedSection>
  );
}

/** The sentence that says when (or whether) a quota's first breach comes, at a reading. */
export function breachSentence(
  summary: RunSummary,
  quota: QuotaKey,
  riskLevel: RiskLevel,
  t: Translate,
  lang: Language,
): string | null {
  const q = summary.quotas.find((x) => x.quota === quota);
  if (!q) return null;
  const series = summary.metrics[q.metric];
  const display = metricDisplay(q.metric);
  const metric = display ? metricName(display, lang) : q.metric;
  const unit = t(quota === 'dbNodes' ? 'unit.oneNode' : QUOTA_UNIT[quota]);
  const fmt = (v: number) => formatQuotaValue(quota, v, lang);
  const reading = t(`reading.${riskLevel}`);
  const month = breachMonthAt(q, riskLevel);
  const value = month === null || !series ? undefined : readBand(series.band, month, riskLevel);
  const end = q.breachProbabilityByMonth[q.breachProbabilityByMonth.length - 1] ?? 0;
  return month === null
    ? t('breach.never', {
        reading,
        metric,
        limit: limitsInForce(q).map(fmt).join(' → '),
        unit,
        peak: fmt(peakAt(q, riskLevel)),
        prob: formatPercent(end, lang),
      })
    : t('breach.sentence', {
        reading,
        metric,
        limit: fmt(limitAt(q, month)),
        unit,
        month: formatMonth(summary.monthLabels[month] ?? '', lang),
        value: value === undefined ? '–' : fmt(value),
        prob: formatPercent(q.breachProbabilityByMonth[month] ?? 0, lang),
      });
}

/** The breach sentence alone (the printed report lists one per breached quota). */
export function BreachSentence(props: { summary: RunSummary; quota: QuotaKey; riskLevel: RiskLevel }) {
  const t = useT();
  const lang = useLanguage();
  return <>{breachSentence(props.summary, props.quota, props.riskLevel, t, lang)}</>;
}

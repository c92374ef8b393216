/**
 * Where a first-breach month comes from: the series' band with the quota line and the month marked,
 * the sentence that reads it at the chosen risk level, and how many runs first breach in each month.
 */

import type { Band, QuotaKey, RunSummary } from '../../../results/types.ts';
import { OpenedSection } from '../../a11y/OpenedSection.tsx';
import { BandChart } from '../../charts/BandChart.tsx';
import { Histogram } from '../../charts/Histogram.tsx';
import { limitAt, limitsInForce } from '../../components/quotaRisk.ts';
import { breachMonthAt, peakAt, readBand } from '../../explain/reading.ts';
import { formatMonth, formatNumber, formatPercent } from '../../format/numbers.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { formatQuotaRiskValue, QUOTA_NAME, QUOTA_UNIT, quotaRiskScale } from '../../quotaLabels.ts';
import type { RiskLevel } from '../../store/types.ts';
import { metricCaption } from './MetricGrid.tsx';
import { metricDisplay, metricName } from './metricCatalog.ts';

function scaledBand(band: Band, factor: number): Band {
  const f = (xs: number[]) => xs.map((x) => x * factor);
  return { p5: f(band.p5), p50: f(band.p50), p95: f(band.p95), mean: f(band.mean) };
}

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
  const fmt = (v: number) => formatQuotaRiskValue(quota, v, lang);
  const scale = quotaRiskScale(quota);
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
            title={
              month === null
                ? t('breach.bandTitleNone', { metric })
                : t('breach.bandTitle', {
                    metric,
                    month: formatMonth(summary.monthLabels[month] ?? '', lang),
                  })
            }
            caption={
              display
                ? metricCaption(display, series.band, { ...q, judged: true }, summary.monthLabels, lang, t)
                : t('caption.band', { metric })
            }
            monthLabels={summary.monthLabels}
            band={scale === 1 ? series.band : scaledBand(series.band, scale)}
            quota={q.limit * scale}
            quotaByMonth={q.limitByMonth?.map((v) => v * scale)}
            unit={scale === 1 ? unit : '%'}
            formatValue={scale === 1 ? fmt : (v) => formatNumber(v, lang, 0)}
            highlight={month === null || value === undefined ? null : { month, value: value * scale }}
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
  const fmt = (v: number) => formatQuotaRiskValue(quota, v, lang);
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

/**
 * Page 2 of the report: the series of the riskiest quotas against their limits, and the money
 * (cumulative spend against the contract total, the monthly bill before and after the fault
 * discount), drawn small enough for six on an A4 page, with captions that say what each shows.
 */
import type { MoneyBand, RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { BandChart } from '../../charts/BandChart.tsx';
import { CumulativeLineChart } from '../../charts/CumulativeLineChart.tsx';
import { OverlayBandChart } from '../../charts/OverlayBandChart.tsx';
import type { ChartBox } from '../../charts/scales.ts';
import { formatInUnit, unitLabel } from '../../format/units.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { metricCaption } from '../results/MetricGrid.tsx';
import { metricDisplay, metricName } from '../results/metricCatalog.ts';
import { quotaRiskLines } from '../results/riskReadings.ts';

/** A chart box for half an A4 page's width: its text reads at about 9 pt once scaled. */
export const REPORT_BOX: ChartBox = {
  width: 460,
  height: 240,
  margin: { top: 12, right: 74, bottom: 34, left: 74 },
};

/** Band charts on the page: the quotas most at risk, then the rest in the contract's order. */
const BAND_CHARTS = 4;

const toNumbers = (xs: readonly string[]) => xs.map(Number);
const bandOf = (b: MoneyBand) => ({ p5: toNumbers(b.p5), p50: toNumbers(b.p50), p95: toNumbers(b.p95) });

export function ReportCharts({ summary, scenario }: { summary: RunSummary; scenario: Scenario }) {
  const t = useT();
  const lang = useLanguage();
  const quotas = quotaRiskLines(summary)
    .map((line) => summary.quotas.find((q) => q.quota === line.quota))
    .filter((q) => q !== undefined && summary.metrics[q.metric] && metricDisplay(q.metric))
    .slice(0, BAND_CHARTS);
  const cost = summary.cost;
  return (
    <div className="report-charts" data-testid="report-charts">
      {quotas.map((q) => {
        if (!q) return null;
        const d = metricDisplay(q.metric);
        if (!d) return null;
        const band = summary.metrics[q.metric].band;
        const factor = d.percent ? 100 : 1;
        return (
          <BandChart
            key={q.quota}
            testId={`report-band-${q.metric}`}
            title={metricName(d, lang)}
            caption={metricCaption(d, band, { ...q, judged: true }, summary.monthLabels, lang, t)}
            monthLabels={summary.monthLabels}
            band={band}
            quota={q.limit * factor}
            unit={unitLabel(d.unit, lang)}
            formatValue={(v) => formatInUnit(v, d.unit, lang)}
            box={REPORT_BOX}
          />
        );
      })}
      {cost && (
        <>
          <CumulativeLineChart
            testId="report-cumulative"
            title={t('money.cumulative')}
            caption={t('money.cumulativeCaption')}
            monthLabels={summary.monthLabels}
            cumulative={cost.cumulative}
            contractTotal={scenario.contract.totalInclVatCny}
            unitLabel={t('money.axis')}
            box={REPORT_BOX}
          />
          <OverlayBandChart
            testId="report-bill"
            title={t('money.billBand')}
            caption={t('money.billBandCaption')}
            monthLabels={summary.monthLabels}
            series={[
              // Before first, so the bill that is paid is drawn on top where the two coincide.
              { label: t('money.seriesBeforeDiscount'), band: bandOf(cost.monthlyGrossBeforeDiscount) },
              { label: t('money.seriesAfterDiscount'), band: bandOf(cost.monthlyGrossAfterDiscount) },
            ]}
            quota={null}
            quotaLabel=""
            unit={t('money.axis')}
            axisStyle="money"
            box={REPORT_BOX}
          />
        </>
      )}
    </div>
  );
}

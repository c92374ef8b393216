/**
 * Money from the run's settlement (exact money bands across replications): the monthly bill's band,
 * cumulative spend against the contract total, the chance of exceeding it, and the installments
 * (amount, due date, discount, VAT). Then the unit-price catalog behind the prices.
 */
import type { CostSummary, RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { BandChart } from '../../charts/BandChart.tsx';
import { CumulativeLineChart } from '../../charts/CumulativeLineChart.tsx';
import { formatCny, formatCnyCompact } from '../../format/cny.ts';
import { formatDate, formatPercent } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { CatalogTable } from './CatalogTable.tsx';
import { CostByResourceChart } from './CostByResourceChart.tsx';

const toNumbers = (xs: readonly string[]) => xs.map(Number);

export function MoneySection({ summary, scenario }: { summary: RunSummary; scenario: Scenario }) {
  const t = useT();
  const { cost, monthLabels } = summary;
  const lang = useLanguage();
  return (
    <section aria-labelledby="money-title" data-testid="section-money">
      <h2 id="money-title">{t('results.money')}</h2>
      {!cost ? (
        <p className="muted">{t('money.noCost')}</p>
      ) : (
        <>
          <p className="verdict" data-testid="money-verdict">
            {t('money.verdict', {
              p50: formatCny(cost.total.p50),
              p5: formatCny(cost.total.p5),
              p95: formatCny(cost.total.p95),
              contract: formatCny(scenario.contract.totalInclVatCny),
              exceed: formatPercent(cost.exceedProbability, lang),
            })}
          </p>
          <div className="chart-grid">
            <CostByResourceChart scenario={scenario} summary={summary} />
            <BandChart
              testId="money-monthly-band"
              title={t('money.monthlyBand')}
              caption={t('money.monthlyBandCaption')}
              monthLabels={monthLabels}
              band={{
                p5: toNumbers(cost.monthlyGross.p5),
                p50: toNumbers(cost.monthlyGross.p50),
                p95: toNumbers(cost.monthlyGross.p95),
              }}
              quota={null}
              unit="¥"
              formatValue={(v) => formatCnyCompact(v.toFixed(2), lang)}
            />
            <CumulativeLineChart
              testId="money-cumulative"
              title={t('money.cumulative')}
              caption={t('money.cumulativeCaption')}
              monthLabels={monthLabels}
              cumulative={cost.cumulative}
              contractTotal={scenario.contract.totalInclVatCny}
              unitLabel={t('money.axis')}
            />
          </div>
          <InstallmentTable cost={cost} dueDates={scenario.contract.installmentDueDates} />
        </>
      )}
      <CatalogTable scenario={scenario} />
    </section>
  );
}

function InstallmentTable({ cost, dueDates }: { cost: CostSummary; dueDates: readonly string[] }) {
  const t = useT();
  const lang = useLanguage();
  const { gross, vat, discount } = cost.installments;
  return (
    <table className="data-table" data-testid="installment-table">
      <caption>{t('money.installmentsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('contract.due')}</th>
          <th scope="col" className="num">
            {t('money.grossP50')}
          </th>
          <th scope="col" className="num">
            {t('money.grossRange')}
          </th>
          <th scope="col" className="num">
            {t('money.discountP50')}
          </th>
          <th scope="col" className="num">
            {t('money.vatP50')}
          </th>
        </tr>
      </thead>
      <tbody>
        {gross.p50.map((amount, i) => (
          <tr key={dueDates[i] ?? i}>
            <th scope="row">{i + 1}</th>
            <td>{dueDates[i] ? formatDate(dueDates[i], lang) : '—'}</td>
            <td className="num">{formatCny(amount)}</td>
            <td className="num">
              {formatCny(gross.p5[i])} – {formatCny(gross.p95[i])}
            </td>
            <td className="num">{formatCny(discount.p50[i])}</td>
            <td className="num">{formatCny(vat.p50[i])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

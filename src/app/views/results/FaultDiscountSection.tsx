/**
 * Service availability and the fault discount (clause 2.2.4), explained: what the contract says,
 * the rule this planner applies (the scenario's parts and table), and what the run gives — each
 * counted part's worst month at the median and at the cautious end (P5), and the discount over the
 * term. Self-contained: registered in ResultsView with one line; numbers from the run summary only.
 */
import { Money } from '../../../contract/money.ts';
import { SERVICE_PART_SERIES } from '../../../model/service/serviceAvailability.ts';
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { SERVICE_PARTS, type ServicePart } from '../../../scenario/sections/contract.ts';
import { formatCny } from '../../format/cny.ts';
import { formatNumber } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';

/** The lowest value of a monthly band line (a month's P50 or P5 across replications), or null. */
function lowest(values: readonly number[] | undefined): number | null {
  if (!values || values.length === 0) return null;
  return Math.min(...values);
}

export function FaultDiscountSection({ summary, scenario }: { summary: RunSummary; scenario: Scenario }) {
  const t = useT();
  const lang = useLanguage();
  const counted = scenario.contract.serviceAvailability?.parts ?? SERVICE_PARTS;
  const rows = [...scenario.contract.faultDiscountTable].sort(
    (a, b) => b.minAvailability - a.minAvailability,
  );
  const percent = (a: number | null) => (a === null ? '—' : `${formatNumber(a * 100, lang, 3)}%`);
  const rate = (r: string) => `${new Money(r).times(100).toDecimalPlaces(2).toString()}%`;
  const band = (metric: string) => summary.metrics[metric]?.band;
  const partRow = (part: ServicePart | 'service') => {
    const b = band(part === 'service' ? 'serviceAvailability' : SERVICE_PART_SERIES[part]);
    return { part, median: lowest(b?.p50), cautious: lowest(b?.p5) };
  };
  const discounts = summary.cost?.installments.discount;
  const meanDiscount = discounts?.mean.reduce((s, d) => s.plus(d), new Money(0)).toFixed(2);
  return (
    <section aria-labelledby="fault-discount-title" data-testid="section-fault-discount">
      <h2 id="fault-discount-title">{t('faultx.title')}</h2>
      <p>{t('faultx.clause')}</p>
      <p>
        {t('faultx.rule', {
          parts: counted.map((p) => t(`faultx.part.${p}`)).join(lang === 'zh-CN' ? '、' : ', '),
        })}
      </p>
      <ul className="muted">
        {SERVICE_PARTS.map((p) => (
          <li key={p} data-testid={`fault-part-${p}`} data-counted={counted.includes(p)}>
            <strong>{t(`faultx.part.${p}`)}</strong>
            {counted.includes(p) ? '' : ` (${t('faultx.notCounted')})`}: {t(`faultx.measure.${p}`)}
          </li>
        ))}
      </ul>
      <div className="chart-grid">
        <table className="data-table" data-testid="fault-discount-table">
          <caption>{t('faultx.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('faultx.worstMonth')}</th>
              <th scope="col" className="num">
                {t('faultx.discountRate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.minAvailability}-${r.discountRate}`}>
                <td>≥ {percent(r.minAvailability)}</td>
                <td className="num">{rate(r.discountRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data-table" data-testid="fault-availability-table">
          <caption>{t('faultx.runCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('faultx.part')}</th>
              <th scope="col" className="num">
                {t('faultx.worstMedian')}
              </th>
              <th scope="col" className="num">
                {t('faultx.worstCautious')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...counted.map(partRow), partRow('service')].map((r) => (
              <tr key={r.part} data-part={r.part}>
                <th scope="row">{r.part === 'service' ? t('faultx.service') : t(`faultx.part.${r.part}`)}</th>
                <td className="num">{percent(r.median)}</td>
                <td className="num">{percent(r.cautious)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {meanDiscount !== undefined && (
        <p data-testid="fault-discount-mean">{t('faultx.expected', { amount: formatCny(meanDiscount) })}</p>
      )}
      <p className="muted">{t('faultx.assumption')}</p>
    </section>
  );
}

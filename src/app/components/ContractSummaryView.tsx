/**
 * The contract's own money and quotas (real figures, computed in the contract worker): term, totals,
 * VAT, run rate, quotas and the six installments. Shown on Results and in the Report.
 */
import type { ContractSummaryResult } from '../../runner/contractApi.ts';
import { formatCny } from '../format/cny.ts';
import { formatDate, formatNumber } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { formatQuotaValue, isQuotaKey, QUOTA_NAME, QUOTA_UNIT } from '../quotaLabels.ts';

export function ContractSummaryView({ result }: { result: ContractSummaryResult }) {
  const t = useT();
  const lang = useLanguage();
  const s = result.summary;
  const vatPercent = formatNumber(Number(s.vatRate) * 100, lang, 2);
  return (
    <section
      className="contract-summary"
      aria-labelledby="contract-title"
      data-computed-in={result.computedIn}
      data-testid="contract-summary"
    >
      <h2 id="contract-title">{t('contract.title')}</h2>
      <div className="contract-grid">
        <div>
          <dl className="facts">
            <dt>{t('contract.term')}</dt>
            <dd>
              {t('contract.termValue', {
                start: formatDate(s.startDate, lang),
                end: formatDate(s.endDate, lang),
                months: s.months,
              })}
            </dd>
            <dt>{t('contract.total')}</dt>
            <dd data-testid="total">{formatCny(s.totalInclVatCny)}</dd>
            <dt>{t('contract.exVat')}</dt>
            <dd>{formatCny(s.totalExVatCny)}</dd>
            <dt>{t('contract.vat', { rate: vatPercent })}</dt>
            <dd data-testid="vat">{formatCny(s.vatCny)}</dd>
            <dt>{t('contract.runRate')}</dt>
            <dd>{formatCny(s.monthlyRunRateCny)}</dd>
          </dl>
          <h3>{t('contract.quotas')}</h3>
          <table className="quotas">
            <thead>
              <tr>
                <th scope="col">{t('contract.resource')}</th>
                <th scope="col" className="num">
                  {t('contract.contracted')}
                </th>
                <th scope="col">{t('contract.unit')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(s.quotas).map(([key, value]) => (
                <tr key={key}>
                  <td>{isQuotaKey(key) ? t(QUOTA_NAME[key]) : key}</td>
                  <td className="num">{isQuotaKey(key) ? formatQuotaValue(key, value, lang) : value}</td>
                  <td>{isQuotaKey(key) ? t(QUOTA_UNIT[key]) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>{t('contract.installments')}</h3>
          <table className="installments" data-testid="installments">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('contract.due')}</th>
                <th scope="col">{t('contract.monthsSettled')}</th>
                <th scope="col" className="num">
                  {t('contract.exVat')}
                </th>
                <th scope="col" className="num">
                  {t('contract.vat', { rate: vatPercent })}
                </th>
                <th scope="col" className="num">
                  {t('contract.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.installments.map((i) => (
                <tr key={i.number}>
                  <td>{i.number}</td>
                  <td>{formatDate(i.dueDate, lang)}</td>
                  <td>
                    {i.firstMonth}–{i.lastMonth}
                  </td>
                  <td className="num">{formatCny(i.netCny)}</td>
                  <td className="num">{formatCny(i.vatCny)}</td>
                  <td className="num" data-testid="installment-amount">
                    {formatCny(i.grossCny)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {t('contract.sum')}
                </th>
                <td className="num">{formatCny(s.totalExVatCny)}</td>
                <td className="num">{formatCny(s.vatCny)}</td>
                <td className="num">{formatCny(s.totalInclVatCny)}</td>
              </tr>
            </tfoot>
          </table>
          <p className="note">{t('contract.note')}</p>
        </div>
      </div>
    </section>
  );
}

/**
 * Page 4 of the report: every operation of the scenario with what it does, and the unit-price
 * catalog the money comes from (billing unit, effective price, contracted quantity, monthly amount)
 * with the note that its prices are calibrated public list-price proxies.
 */
import type { Scenario } from '../../../scenario/schema.ts';
import { operationsOf } from '../../editor/operations/operations.ts';
import { operationKindName, operationSummary } from '../../editor/operations/operationText.ts';
import { formatCny, formatUnitPrice } from '../../format/cny.ts';
import { formatDate, formatNumber } from '../../format/numbers.ts';
import { billingUnit } from '../../format/units.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { catalogRows } from '../results/CatalogTable.tsx';

export function ReportAssumptions({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const lang = useLanguage();
  const operations = operationsOf(scenario);
  let rows: ReturnType<typeof catalogRows> | null = null;
  try {
    rows = catalogRows(scenario);
  } catch {
    rows = null; // a price that is not valid: the editor says which
  }
  return (
    <>
      <h3>{t('report.allOperations')}</h3>
      {operations.length === 0 ? (
        <p>{t('report.operationsNone')}</p>
      ) : (
        <ol className="report-operations" data-testid="report-operations">
          {operations.map((op) => (
            <li key={op.index}>
              <strong>
                {formatDate(op.event.date, lang)} · {operationKindName(op.event.kind, lang)}
              </strong>
              {lang === 'zh-CN' ? '：' : ': '}
              {operationSummary(scenario, op.event, lang, t)}
            </li>
          ))}
        </ol>
      )}
      <h3>{t('report.catalog')}</h3>
      <p className="report-note">{t('catalog.proxyNote')}</p>
      {rows && (
        <table className="report-lines" data-testid="report-catalog">
          <thead>
            <tr>
              <th scope="col">{t('catalog.item')}</th>
              <th scope="col">{t('catalog.unit')}</th>
              <th scope="col" className="num">
                {t('catalog.effectivePrice')}
              </th>
              <th scope="col" className="num">
                {t('catalog.quantity')}
              </th>
              <th scope="col" className="num">
                {t('catalog.monthly')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.item.id}>
                <th scope="row">{lang === 'zh-CN' ? r.item.labelZh : r.item.labelEn}</th>
                <td>{billingUnit(r.item.unit, lang)}</td>
                <td className="num">{formatUnitPrice(r.unitPrice)}</td>
                <td className="num">{formatNumber(r.quantity, lang, 2)}</td>
                <td className="num">{formatCny(r.monthly)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

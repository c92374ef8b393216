/**
 * Page 4 of the report: every operation of the scenario with what it does, and the unit-price
 * catalog the money comes from (billing unit, effective price, contracted quantity, monthly amount)
 * with the note that its prices are calibrated public list-price proxies.
 */
import type { Scenario } from '../../../scenario/schema.ts';
import { operationsOf } from '../../editor/operations/operations.ts';
import { operationKindName, operationSummary } from '../../editor/operations/operationText.ts';
import { formatDate } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { CatalogLines } from '../results/CatalogLines.tsx';
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
      {rows && <CatalogLines rows={rows} className="report-lines" testId="report-catalog" />}
    </>
  );
}

/**
 * The catalog's lines as a table — item, billing unit, (list price,) effective unit price,
 * contracted quantity, monthly amount — as the results' catalog (CatalogTable.tsx) and the report's
 * last page (report/ReportAssumptions.tsx) both show them.
 */
import type { ReactNode } from 'react';
import { formatCny, formatCnyExact, formatUnitPrice } from '../../format/cny.ts';
import { formatNumber } from '../../format/numbers.ts';
import { billingUnit } from '../../format/units.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import type { catalogRows } from './CatalogTable.tsx';

export function CatalogLines({
  rows,
  className,
  testId,
  caption,
  listPrice = false,
}: {
  rows: ReturnType<typeof catalogRows>;
  className: string;
  testId?: string;
  caption?: ReactNode;
  /** Show the list price before the effective one (the report leaves it out). */
  listPrice?: boolean;
}) {
  const t = useT();
  const lang = useLanguage();
  return (
    <table className={className} data-testid={testId}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('catalog.item')}</th>
          <th scope="col">{t('catalog.unit')}</th>
          {listPrice && (
            <th scope="col" className="num">
              {t('catalog.listPrice')}
            </th>
          )}
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
            {listPrice && <td className="num">{formatUnitPrice(r.item.listPriceCny)}</td>}
            <td className="num" title={formatCnyExact(r.unitPrice)}>
              {formatUnitPrice(r.unitPrice)}
            </td>
            <td className="num">{formatNumber(r.quantity, lang, 2)}</td>
            <td className="num">{formatCny(r.monthly)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

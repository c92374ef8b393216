/**
 * The unit-price catalog: item, unit, list price, calibration factor, effective unit price,
 * contracted quantity and the monthly contracted amount (src/contract/priceCatalog.ts, exact), with
 * the catalog's own note that prices are calibrated public list-price proxies.
 */
import { useMemo } from 'react';
import { moneyString, toFen } from '../../../contract/money.ts';
import { contractedMonthlyLines } from '../../../contract/priceCatalog.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { CatalogLines } from './CatalogLines.tsx';

export function catalogRows(scenario: Scenario) {
  const catalog = scenario.contract.priceCatalog;
  const lines = contractedMonthlyLines(catalog);
  return catalog.items.map((item, i) => ({
    item,
    quantity: lines[i].quantity.toNumber(),
    unitPrice: lines[i].unitPrice.toDecimalPlaces(4).toString(),
    monthly: moneyString(toFen(lines[i].amount)),
  }));
}

export function CatalogTable({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const lang = useLanguage();
  const catalog = scenario.contract.priceCatalog;
  const rows = useMemo(() => {
    try {
      return catalogRows(scenario);
    } catch {
      return null; // an invalid price while editing: the editor says which
    }
  }, [scenario]);
  return (
    <details className="catalog" data-testid="catalog">
      <summary>{t('catalog.title')}</summary>
      <p className="notice" data-testid="catalog-note">
        {t('catalog.proxyNote')} {lang === 'en' ? catalog.note : ''}
      </p>
      {rows && (
        <CatalogLines
          rows={rows}
          className="data-table"
          caption={t('catalog.caption', { factor: catalog.calibrationFactor })}
          listPrice
        />
      )}
    </details>
  );
}

/**
 * The price catalog's calibration factor: not a number to type but the one that makes the contracted
 * resources cost exactly the contract total. Shown read-only, explained, compared with the factor the
 * present total, term and list prices call for, and recomputed on request (one undo step).
 */
import { useMemo } from 'react';
import { calibrationFactorFor } from '../../contract/priceCatalog.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';

export function CalibrationField({ doc }: { doc: Scenario }) {
  const t = useT();
  const editScenario = useApp((s) => s.editScenario);
  const catalog = doc.contract.priceCatalog;
  const wanted = useMemo(() => {
    try {
      return calibrationFactorFor(catalog, doc.contract.totalInclVatCny, doc.term.months);
    } catch {
      return null; // an invalid price or total while editing: the fields say which
    }
  }, [catalog, doc.contract.totalInclVatCny, doc.term.months]);
  const matches = wanted !== null && wanted === catalog.calibrationFactor;
  return (
    <div className="field-group calibration" data-testid="calibration">
      <div className="field">
        <label htmlFor="calibration-factor">
          {t('catalog.calibration')} <span className="unit">({t('advanced.readOnly')})</span>
        </label>
        <output id="calibration-factor" data-testid="calibration-factor">
          {catalog.calibrationFactor}
        </output>
      </div>
      <p className="field-hint">{t('advanced.calibrationNote')}</p>
      <p className={matches ? 'valid-line' : 'notice'}>
        {matches ? t('advanced.calibrated') : wanted && t('advanced.notCalibrated', { factor: wanted })}
      </p>
      {!matches && wanted && (
        <button
          type="button"
          data-testid="recalibrate"
          onClick={() => editScenario(['contract', 'priceCatalog', 'calibrationFactor'], wanted)}
        >
          {t('advanced.recalibrate')}
        </button>
      )}
    </div>
  );
}

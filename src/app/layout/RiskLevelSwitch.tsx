/**
 * The risk level, in the header so it is visible on every view: likely (P50) or cautious (P95).
 * Every headline, breach month, headroom and money figure reads the bands at this level
 * (explain/reading.ts) and says which reading it shows.
 */
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import type { RiskLevel } from '../store/types.ts';

const LEVELS: readonly RiskLevel[] = ['likely', 'cautious'];

export function RiskLevelSwitch() {
  const t = useT();
  const riskLevel = useApp((s) => s.riskLevel);
  const setRiskLevel = useApp((s) => s.setRiskLevel);
  return (
    <fieldset className="risk-switch" title={t('reading.switchHint')} data-testid="risk-switch">
      <legend>{t('results.risk')}</legend>
      {LEVELS.map((level) => (
        <button
          key={level}
          type="button"
          aria-pressed={riskLevel === level}
          data-testid={`risk-${level}`}
          onClick={() => setRiskLevel(level)}
        >
          {t(`results.risk.${level}`)}
        </button>
      ))}
    </fieldset>
  );
}

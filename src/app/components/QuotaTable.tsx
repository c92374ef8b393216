/**
 * Every quota's risk: limit, p50 and p95 peak, headroom at the chosen risk level, probability of a
 * breach by the end of the term (coloured low/medium/high AND labelled in words), and the most
 * likely month of the first breach.
 */
import type { QuotaRisk } from '../../results/types.ts';
import { RISK_COLOURS, riskClass } from '../charts/palette.ts';
import { formatMonth, formatPercent } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { formatQuotaValue, QUOTA_NAME, QUOTA_UNIT } from '../quotaLabels.ts';
import type { RiskLevel } from '../store/types.ts';
import { breachByEnd, headroomFraction } from './quotaRisk.ts';

export interface QuotaTableProps {
  quotas: readonly QuotaRisk[];
  monthLabels: readonly string[];
  riskLevel: RiskLevel;
}

export function QuotaTable({ quotas, monthLabels, riskLevel }: QuotaTableProps) {
  const t = useT();
  const lang = useLanguage();
  const level = t(`results.riskShort.${riskLevel}`);
  return (
    <table className="quota-risk" data-testid="quota-table">
      <caption>{t('quotaTable.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('quotaTable.quota')}</th>
          <th scope="col" className="num">
            {t('quotaTable.limit')}
          </th>
          <th scope="col" className={riskLevel === 'likely' ? 'num chosen' : 'num'}>
            {t('quotaTable.peakP50')}
          </th>
          <th scope="col" className={riskLevel === 'cautious' ? 'num chosen' : 'num'}>
            {t('quotaTable.peakP95')}
          </th>
          <th scope="col" className="num">
            {t('quotaTable.headroom', { level })}
          </th>
          <th scope="col">{t('quotaTable.breachProbability')}</th>
          <th scope="col">{t('quotaTable.firstBreach')}</th>
        </tr>
      </thead>
      <tbody>
        {quotas.map((q) => {
          const p = breachByEnd(q);
          const risk = riskClass(p);
          const colours = RISK_COLOURS[risk];
          const unit = t(q.quota === 'dbNodes' ? 'unit.oneNode' : QUOTA_UNIT[q.quota]);
          const fmt = (v: number) => formatQuotaValue(q.quota, v, lang);
          return (
            <tr key={q.quota} data-risk={risk}>
              <th scope="row">{t(q.quota === 'dbNodes' ? 'quota.dbLoad' : QUOTA_NAME[q.quota])}</th>
              <td className="num">
                {fmt(q.limit)} <span className="unit">{unit}</span>
              </td>
              <td className={riskLevel === 'likely' ? 'num chosen' : 'num'}>{fmt(q.peakP50)}</td>
              <td className={riskLevel === 'cautious' ? 'num chosen' : 'num'}>{fmt(q.peakP95)}</td>
              <td className="num">{formatPercent(headroomFraction(q, riskLevel), lang)}</td>
              <td>
                <span className="risk-chip" style={{ background: colours.background, color: colours.text }}>
                  <span className="risk-label">{t(`risk.${risk}`)}</span> {formatPercent(p, lang)}
                </span>
              </td>
              <td>
                {q.mostLikelyFirstBreachMonth === null
                  ? t('quotaTable.never')
                  : formatMonth(monthLabels[q.mostLikelyFirstBreachMonth] ?? '', lang)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

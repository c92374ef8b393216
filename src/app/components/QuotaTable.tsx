/**
 * Every quota's risk: limit, p50 and p95 peak, headroom at the chosen risk level, probability of a
 * breach by the end of the term (coloured low/medium/high AND labelled in words), and the month of
 * the first breach at the chosen reading (explain/reading.ts), which opens its explanation. Compute
 * quotas that stopped VM placements carry the refusal reason in a note row.
 */
import { Fragment } from 'react';
import type { RefusalSummary } from '../../results/refusals.ts';
import type { QuotaKey, QuotaRisk } from '../../results/types.ts';
import { RISK_COLOURS, riskClass } from '../charts/palette.ts';
import { breachMonthAt } from '../explain/reading.ts';
import { quotaRefusalText } from '../explain/refusalText.ts';
import { formatInteger } from '../format/cny.ts';
import { formatMonth, formatPercent } from '../format/numbers.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { formatQuotaRiskValue, QUOTA_NAME, QUOTA_UNIT } from '../quotaLabels.ts';
import type { RiskLevel } from '../store/types.ts';
import { type PlacementRisk, placementRisk } from '../views/results/riskReadings.ts';
import { breachByEnd, headroomFraction, limitsInForce } from './quotaRisk.ts';

export interface QuotaTableProps {
  quotas: readonly QuotaRisk[];
  monthLabels: readonly string[];
  riskLevel: RiskLevel;
  refusals?: RefusalSummary;
  /** Makes the first-breach months buttons that open their explanation. */
  onExplainBreach?: (quota: QuotaKey) => void;
  explaining?: QuotaKey | null;
}

export function QuotaTable({
  quotas,
  monthLabels,
  riskLevel,
  refusals,
  onExplainBreach,
  explaining = null,
}: QuotaTableProps) {
  const t = useT();
  const lang = useLanguage();
  const level = t(`results.riskShort.${riskLevel}`);
  const placement = placementRisk(refusals, monthLabels.length);
  return (
    <table className="quota-risk" data-testid="quota-table" data-reading={riskLevel}>
      <caption>
        {t('quotaTable.caption')} {t('quotaTable.breachNote')}
      </caption>
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
          <th scope="col">{t('quotaTable.firstBreachAt', { level })}</th>
        </tr>
      </thead>
      <tbody>
        {quotas.map((q) => {
          const p = breachByEnd(q);
          const risk = riskClass(p);
          const colours = RISK_COLOURS[risk];
          const name = t(q.quota === 'dbNodes' ? 'quota.dbLoad' : QUOTA_NAME[q.quota]);
          const unit = t(q.quota === 'dbNodes' ? 'unit.oneNode' : QUOTA_UNIT[q.quota]);
          const fmt = (v: number) => formatQuotaRiskValue(q.quota, v, lang);
          const month = breachMonthAt(q, riskLevel);
          const monthText =
            month === null ? t('quotaTable.never') : formatMonth(monthLabels[month] ?? '', lang);
          const note = quotaRefusalText(refusals, q.quota, t);
          return (
            <Fragment key={q.quota}>
              <tr data-risk={risk} data-quota={q.quota}>
                <th scope="row">{name}</th>
                <td className="num">
                  {limitsInForce(q).map(fmt).join(' → ')} <span className="unit">{unit}</span>
                </td>
                <td className={riskLevel === 'likely' ? 'num chosen' : 'num'}>{fmt(q.peakP50)}</td>
                <td className={riskLevel === 'cautious' ? 'num chosen' : 'num'}>{fmt(q.peakP95)}</td>
                <td className="num">{formatPercent(headroomFraction(q, riskLevel), lang)}</td>
                <td>
                  <span className="risk-chip" style={{ background: colours.background, color: colours.text }}>
                    <span className="risk-label">{t(`risk.${risk}`)}</span>{' '}
                    <span data-testid={`breach-probability-${q.quota}`}>{formatPercent(p, lang)}</span>
                  </span>
                </td>
                <td>
                  {onExplainBreach ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={explaining === q.quota}
                      aria-label={`${monthText} · ${t('breach.explain', { quota: name })}`}
                      data-testid={`first-breach-${q.quota}`}
                      onClick={() => onExplainBreach(q.quota)}
                    >
                      {monthText}
                    </button>
                  ) : (
                    monthText
                  )}
                </td>
              </tr>
              {note && (
                <tr className="quota-note" data-testid={`refusal-note-${q.quota}`}>
                  <td colSpan={7}>{note}</td>
                </tr>
              )}
            </Fragment>
          );
        })}
        {placement && <PlacementRow placement={placement} monthLabels={monthLabels} riskLevel={riskLevel} />}
      </tbody>
    </table>
  );
}

/**
 * VM placement refusals as a risk of their own: a run in which a VM could not be placed counts like
 * a breach, even when no quota was exceeded (fragmentation, the HA reserve, anti-affinity).
 */
function PlacementRow({
  placement,
  monthLabels,
  riskLevel,
}: {
  placement: PlacementRisk;
  monthLabels: readonly string[];
  riskLevel: RiskLevel;
}) {
  const t = useT();
  const lang = useLanguage();
  const risk = riskClass(placement.share);
  const colours = RISK_COLOURS[risk];
  const month = riskLevel === 'likely' ? placement.firstLikely : placement.firstCautious;
  return (
    <tr data-risk={risk} data-quota="placement" data-testid="quota-row-placement">
      <th scope="row">{t('risk.placementRow')}</th>
      <td className="num" colSpan={4}>
        {t('risk.placementRuns', {
          withRefusal: formatInteger(placement.runsWithRefusal),
          runs: formatInteger(placement.runs),
        })}
      </td>
      <td>
        <span className="risk-chip" style={{ background: colours.background, color: colours.text }}>
          <span className="risk-label">{t(`risk.${risk}`)}</span> {formatPercent(placement.share, lang)}
        </span>
      </td>
      <td>{month === null ? t('quotaTable.never') : formatMonth(monthLabels[month] ?? '', lang)}</td>
    </tr>
  );
}

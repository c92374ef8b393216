/**
 * The one-glance answer on top of Results: one sentence in plain language, three cards (spend
 * against the contract, VMs that do not fit, quotas above 5 % risk) and, per quota, the breach
 * probability, the month it runs out at P50 and P95, and how much to add to stay at 5 % or less.
 * Figures come from riskReadings.ts; the sentence follows the reading chosen in the header.
 */
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { RISK_COLOURS, riskClass } from '../../charts/palette.ts';
import { formatCny, formatCnyCompact, formatInteger } from '../../format/cny.ts';
import { formatPercent } from '../../format/numbers.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { formatQuotaRiskValue } from '../../quotaLabels.ts';
import type { RiskLevel } from '../../store/types.ts';
import { atRisk, type PlacementRisk, placementRisk, quotaRiskLines, spendReading } from './riskReadings.ts';
import { addText, monthText, quotaName, quotaUnit, riskSentence, shortMonth } from './riskText.ts';

function Chip({ p, lang, t }: { p: number; lang: Language; t: Translate }) {
  const risk = riskClass(p);
  const colours = RISK_COLOURS[risk];
  return (
    <span className="risk-chip" style={{ background: colours.background, color: colours.text }}>
      <span className="risk-label">{t(`risk.${risk}`)}</span> {formatPercent(p, lang)}
    </span>
  );
}

function PlacementCard({
  placement,
  labels,
}: {
  placement: PlacementRisk | null;
  labels: readonly string[];
}) {
  const t = useT();
  const lang = useLanguage();
  return (
    <div className="risk-card" data-testid="risk-placement" data-share={placement?.share ?? 0}>
      <p className="risk-card-title">{t('risk.placementTitle')}</p>
      {placement && placement.runsWithRefusal > 0 ? (
        <>
          <p className="risk-card-value">
            {t('risk.placementValue', { share: formatPercent(placement.share, lang) })}
          </p>
          <p className="risk-card-detail">
            {t('risk.placementRuns', {
              withRefusal: formatInteger(placement.runsWithRefusal),
              runs: formatInteger(placement.runs),
            })}
          </p>
          <p className="risk-card-detail">
            {t('risk.placementFirst', {
              likely: shortMonth(placement.firstLikely, labels, lang, t),
              cautious: shortMonth(placement.firstCautious, labels, lang, t),
            })}
          </p>
        </>
      ) : (
        <p className="risk-card-value">
          {t('risk.placementNone', { runs: formatInteger(placement?.runs ?? 0) })}
        </p>
      )}
    </div>
  );
}

export function RiskHeader({
  summary,
  scenario,
  riskLevel,
}: {
  summary: RunSummary;
  scenario: Scenario;
  riskLevel: RiskLevel;
}) {
  const t = useT();
  const lang = useLanguage();
  const lines = quotaRiskLines(summary);
  const placement = placementRisk(summary.refusals, summary.months);
  const spend = spendReading(summary.cost, scenario.contract.totalInclVatCny, riskLevel);
  const risky = lines.filter((l) => atRisk(l.breachProbability));
  return (
    <section
      id="results-risk"
      className="risk-header"
      aria-labelledby="results-risk-title"
      data-testid="risk-header"
      data-reading={riskLevel}
    >
      <h2 id="results-risk-title">
        {t('risk.title')}{' '}
        <span className="risk-reading">{t('risk.readingNote', { reading: t(`reading.${riskLevel}`) })}</span>
      </h2>
      <p className="risk-sentence" data-testid="risk-sentence">
        {riskSentence(summary, scenario, riskLevel, lang, t)}
      </p>
      <div className="risk-grid">
        <div className="risk-cards">
          {spend && (
            <div className="risk-card" data-testid="risk-spend" data-amount={spend.amount}>
              <p className="risk-card-title">{t('risk.spendTitle')}</p>
              <p className="risk-card-value" title={formatCny(spend.amount)}>
                {formatCnyCompact(spend.amount, lang)}
              </p>
              <p className="risk-card-detail">
                {t('risk.spendOf', {
                  share: formatPercent(spend.shareOfContract, lang),
                  contract: formatCnyCompact(spend.contract, lang),
                })}
              </p>
              <p className="risk-card-detail">
                {t('risk.spendExceed', { exceed: formatPercent(spend.exceedProbability, lang) })}
              </p>
            </div>
          )}
          <PlacementCard placement={placement} labels={summary.monthLabels} />
          <div className="risk-card" data-testid="risk-quotas" data-count={risky.length}>
            <p className="risk-card-title">{t('risk.quotasTitle')}</p>
            {risky.length > 0 ? (
              <>
                <p className="risk-card-value">
                  {t('risk.quotasValue', {
                    count: formatInteger(risky.length),
                    total: formatInteger(lines.length),
                  })}
                </p>
                <p className="risk-card-detail">
                  {risky.map((l) => quotaName(l.quota, t)).join(lang === 'zh-CN' ? '、' : ', ')}
                </p>
              </>
            ) : (
              <p className="risk-card-value">{t('risk.quotasNone')}</p>
            )}
          </div>
        </div>
        <RiskTable summary={summary} scenario={scenario} />
      </div>
    </section>
  );
}

/** Per quota (and VM placement): breach probability, when it runs out at P50 and P95, what to add. */
export function RiskTable({
  summary,
  scenario,
  printable = false,
}: {
  summary: RunSummary;
  scenario: Scenario;
  /** For paper: no link to the placement section. */
  printable?: boolean;
}) {
  const t = useT();
  const lang = useLanguage();
  const lines = quotaRiskLines(summary);
  const placement = placementRisk(summary.refusals, summary.months);
  return (
    <table className="risk-table" data-testid="risk-table">
      <caption>{t('risk.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('risk.colQuota')}</th>
          <th scope="col">{t('risk.colProbability')}</th>
          <th scope="col">{t('risk.colExhaustP50')}</th>
          <th scope="col">{t('risk.colExhaustP95')}</th>
          <th scope="col">{t('risk.colAdd')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.quota} data-quota={l.quota} data-risk={riskClass(l.breachProbability)}>
            <th scope="row">
              {quotaName(l.quota, t)}{' '}
              <span className="unit">
                {l.limits.map((v) => formatQuotaRiskValue(l.quota, v, lang)).join(' → ')}{' '}
                {quotaUnit(l.quota, t)}
              </span>
            </th>
            <td>
              <Chip p={l.breachProbability} lang={lang} t={t} />
            </td>
            <td data-testid={`exhaust-p50-${l.quota}`}>
              {monthText(l.exhaustionLikely, summary.monthLabels, lang, t)}
            </td>
            <td data-testid={`exhaust-p95-${l.quota}`}>
              {monthText(l.exhaustionCautious, summary.monthLabels, lang, t)}
            </td>
            <td data-testid={`add-${l.quota}`}>{addText(l, scenario, lang, t)}</td>
          </tr>
        ))}
        {placement && (
          <tr data-quota="placement" data-risk={riskClass(placement.share)}>
            <th scope="row">{t('risk.placementRow')}</th>
            <td>
              <Chip p={placement.share} lang={lang} t={t} />
            </td>
            <td>{monthText(placement.firstLikely, summary.monthLabels, lang, t)}</td>
            <td>{monthText(placement.firstCautious, summary.monthLabels, lang, t)}</td>
            <td>
              {printable ? (
                '—'
              ) : (
                <button type="button" className="link-button" onClick={(e) => jumpTo(e, 'placement')}>
                  {t('risk.placementAdd')}
                </button>
              )}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** Moves to a results section without touching the address bar's hash (it holds share links). */
export function jumpTo(e: { preventDefault: () => void }, section: string): void {
  e.preventDefault();
  const heading = document.getElementById(`results-${section}-title`);
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}

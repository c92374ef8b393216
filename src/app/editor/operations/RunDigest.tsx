/**
 * The results of the last valid run, in a few lines beside the editor, so an edit's effect shows
 * without leaving it: the riskiest quota and when it runs out, VMs that do not fit, spend against the
 * contract — at the chosen reading — and the run's state (running the edit, or the edit is invalid
 * and these are the previous run's figures).
 */
import { useShallow } from 'zustand/react/shallow';
import { formatCny, formatCnyCompact, formatInteger } from '../../format/cny.ts';
import { formatMonth, formatPercent } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';
import { atRisk, placementRisk, quotaRiskLines, spendReading } from '../../views/results/riskReadings.ts';
import { quotaName } from '../../views/results/riskText.ts';

export function RunDigest() {
  const t = useT();
  const lang = useLanguage();
  const { summary, status, done, total, riskLevel, contractTotal, setView } = useApp(
    useShallow((s) => ({
      summary: s.runSummary,
      status: s.runStatus,
      done: s.replicationsDone,
      total: s.replicationsTotal,
      riskLevel: s.riskLevel,
      contractTotal: s.scenario.contract?.totalInclVatCny ?? '0.00',
      setView: s.setView,
    })),
  );
  const state =
    status === 'running'
      ? t('ops.digest.running', { done: formatInteger(done), total: formatInteger(total) })
      : status === 'invalid'
        ? t('ops.digest.invalid')
        : null;
  const worst = summary ? quotaRiskLines(summary)[0] : undefined;
  const month = worst ? (riskLevel === 'likely' ? worst.exhaustionLikely : worst.exhaustionCautious) : null;
  const placement = summary ? placementRisk(summary.refusals, summary.months) : null;
  const spend = summary ? spendReading(summary.cost, contractTotal, riskLevel) : null;
  return (
    <aside
      className="run-digest"
      aria-labelledby="run-digest-title"
      data-testid="run-digest"
      data-status={status}
    >
      <h3 id="run-digest-title">{t('ops.digest.title')}</h3>
      {state && (
        <p className="digest-state" role="status">
          {state}
        </p>
      )}
      {!summary ? (
        <p className="muted">{t('ops.digest.none')}</p>
      ) : (
        <dl className="digest-facts">
          <dt>{t('ops.digest.worst')}</dt>
          <dd
            data-testid="digest-worst"
            data-quota={worst && atRisk(worst.breachProbability) ? worst.quota : ''}
          >
            {worst && atRisk(worst.breachProbability)
              ? t('ops.digest.worstValue', {
                  quota: quotaName(worst.quota, t),
                  prob: formatPercent(worst.breachProbability, lang),
                  month:
                    month === null
                      ? t('risk.notInTerm')
                      : formatMonth(summary.monthLabels[month] ?? '', lang),
                })
              : t('ops.digest.noRisk')}
          </dd>
          <dt>{t('ops.digest.refused')}</dt>
          <dd data-testid="digest-refused">{formatPercent(placement?.share ?? 0, lang)}</dd>
          {spend && (
            <>
              <dt>{t('ops.digest.spend', { reading: t(`reading.${riskLevel}`) })}</dt>
              <dd data-testid="digest-spend" title={formatCny(spend.amount)}>
                {formatCnyCompact(spend.amount, lang)} ·{' '}
                {t('risk.spendOf', {
                  share: formatPercent(spend.shareOfContract, lang),
                  contract: formatCnyCompact(spend.contract, lang),
                })}
              </dd>
            </>
          )}
        </dl>
      )}
      <button type="button" className="link-button" onClick={() => setView('results')}>
        {t('ops.digest.open')}
      </button>
    </aside>
  );
}

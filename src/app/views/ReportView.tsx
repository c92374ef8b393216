/** A printable report: the contract and, after a run, the quota risk table. Print uses the browser's dialog. */
import { useShallow } from 'zustand/react/shallow';
import { ContractPanel } from '../components/ContractPanel.tsx';
import { QuotaTable } from '../components/QuotaTable.tsx';
import { useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';

export function ReportView() {
  const t = useT();
  const { summary, riskLevel } = useApp(
    useShallow((s) => ({ summary: s.runSummary, riskLevel: s.riskLevel })),
  );
  return (
    <section aria-labelledby="report-title" className="report">
      <div className="section-head">
        <h2 id="report-title">{t('report.title')}</h2>
        <button type="button" className="no-print" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      <p className="intro">{t('report.intro')}</p>
      {summary ? (
        <>
          <h3>{t('results.quotas')}</h3>
          <QuotaTable quotas={summary.quotas} monthLabels={summary.monthLabels} riskLevel={riskLevel} />
        </>
      ) : (
        <div className="empty-state">
          <p>{t('results.empty')}</p>
        </div>
      )}
      <ContractPanel />
    </section>
  );
}

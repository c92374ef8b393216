/**
 * The report for a procurement file: at most four A4 pages, shown on screen as they print — page 1
 * the verdict, spend against the contract, the quota risks and the inputs that matter; then charts,
 * the installments line by line, and the operations and prices (views/report/reportParts.tsx). It
 * reads the run at the risk level chosen on screen and names it. Print uses the browser's dialog
 * (save as PDF); the tables also download as a CSV zip and as an Excel workbook.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { APP_VERSION } from '../appVersion.ts';
import { scenarioName } from '../builtInScenarios.ts';
import { ContractPanel } from '../components/ContractPanel.tsx';
import { downloadRunCsvZip, downloadRunWorkbook } from '../export/download.ts';
import { formatInteger } from '../format/cny.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';
import { REPORT_PAGES, type ReportPartProps, reportPartsOf } from './report/reportParts.tsx';
import { ResultStatus } from './results/ResultStatus.tsx';

/** Today as 'YYYY-MM-DD' in China Standard Time (the report's "made on" date). */
export function todayCst(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function ReportView() {
  const t = useT();
  const lang = useLanguage();
  const [busy, setBusy] = useState(false);
  const { summary, riskLevel, scenario } = useApp(
    useShallow((s) => ({ summary: s.runSummary, riskLevel: s.riskLevel, scenario: s.scenario })),
  );
  const made = todayCst();
  const props: ReportPartProps | null = summary ? { summary, scenario, riskLevel } : null;
  const exportContext = summary ? { summary, scenario, riskLevel, lang, made } : null;
  return (
    <section aria-labelledby="report-title" className="report">
      <div className="section-head no-print">
        <h2 id="report-title">{t('report.title')}</h2>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => window.print()} data-testid="print">
            {t('report.print')}
          </button>
          <button
            type="button"
            disabled={!exportContext}
            data-testid="export-csv"
            onClick={() => exportContext && downloadRunCsvZip(exportContext)}
          >
            {t('report.csvZip')}
          </button>
          <button
            type="button"
            disabled={!exportContext || busy}
            data-testid="export-xlsx"
            onClick={async () => {
              if (!exportContext) return;
              setBusy(true);
              try {
                await downloadRunWorkbook(exportContext);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('report.xlsx')}
          </button>
        </div>
      </div>
      <p className="intro no-print">{t('report.printHint')}</p>
      {/* Stale or partial figures are said on screen; on paper the identity line names the run. */}
      <div className="no-print">
        <ResultStatus />
      </div>
      {!props || !summary ? (
        <>
          <div className="empty-state">
            <p>{t('results.empty')}</p>
          </div>
          <ContractPanel />
        </>
      ) : (
        <div className="report-pages" data-testid="report">
          {REPORT_PAGES.map((page) => (
            <article
              key={page}
              className="report-page"
              data-testid={`report-page-${page}`}
              aria-label={t('report.page', { n: page, of: REPORT_PAGES.length })}
            >
              {page === 1 && (
                <header className="report-head">
                  <h2 className="report-heading">
                    {t('report.heading', { name: scenarioName(scenario, lang) })}
                  </h2>
                  <p className="report-identity" data-testid="report-identity">
                    {t('report.identity', {
                      replications: formatInteger(summary.replications),
                      seed: String(summary.seed),
                      hash: summary.inputsHash,
                      reading: t(`reading.${riskLevel}`),
                      version: APP_VERSION,
                      date: made,
                    })}
                  </p>
                </header>
              )}
              {reportPartsOf(page, props).map(({ id, Component }) => (
                <Component key={id} {...props} />
              ))}
              <footer className="report-foot">
                {scenarioName(scenario, lang)} · {t('report.page', { n: page, of: REPORT_PAGES.length })}
              </footer>
            </article>
          ))}
        </div>
      )}
    </section>
  );
}

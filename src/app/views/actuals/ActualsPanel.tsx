/**
 * The Actuals panel of the results page: import what the city measured and paid (CSV or .xlsx),
 * see every bad cell by row and column (and nothing changed), or each series' fit beside its
 * backtest; choose the as-of month and the holdout; then create the calibrated scenario, which
 * opens and runs like any other. For a scenario already calibrated it says what it carries and
 * splits its money into paid and projected. Self-contained: it reads and writes the store itself.
 */
import { useMemo, useState } from 'react';
import './actuals.css';
import { useShallow } from 'zustand/react/shallow';
import { calibrateScenario, DEFAULT_HOLDOUT } from '../../../actuals/calibrate.ts';
import { ACTUALS_COLUMNS } from '../../../actuals/columns.ts';
import { readActualsFile } from '../../../actuals/readActualsFile.ts';
import type { ActualsProblem, ActualsTable } from '../../../actuals/table.ts';
import { historyMonths } from '../../../scenario/actualsChecks.ts';
import { formatInteger } from '../../format/cny.ts';
import { formatMonth } from '../../format/numbers.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { useApp } from '../../store/index.ts';
import { FitChart } from './FitChart.tsx';
import { FitTable } from './FitTable.tsx';
import { ProblemList } from './ProblemList.tsx';
import { actualsTemplateCsv } from './template.ts';

type FileState =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'rejected'; file: string; problems: ActualsProblem[] }
  | { kind: 'loaded'; file: string; table: ActualsTable };

function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ActualsPanel() {
  const t = useT();
  const lang = useLanguage();
  const { scenario, baseScenario, baseScenarioId, openDerived } = useApp(
    useShallow((s) => ({
      scenario: s.scenario,
      baseScenario: s.baseScenario,
      baseScenarioId: s.baseScenarioId,
      openDerived: s.openDerived,
    })),
  );
  const [file, setFile] = useState<FileState>({ kind: 'idle' });
  const [asOf, setAsOf] = useState<string | null>(null);
  const [holdout, setHoldout] = useState(DEFAULT_HOLDOUT);
  const [created, setCreated] = useState<{ name: string; asOf: string } | null>(null);
  // A scenario calibrated already is calibrated again from its base, never on top of itself.
  const target = scenario.actuals ? baseScenario : scenario;
  const calibration = useMemo(
    () =>
      file.kind === 'loaded'
        ? calibrateScenario(target, file.table, { source: file.file, asOf: asOf ?? undefined, holdout })
        : null,
    [file, target, asOf, holdout],
  );

  async function onFile(chosen: File | undefined) {
    if (!chosen) return;
    setCreated(null);
    setAsOf(null);
    setFile({ kind: 'reading', file: chosen.name });
    const result = await readActualsFile(new Uint8Array(await chosen.arrayBuffer()));
    setFile(
      result.ok
        ? { kind: 'loaded', file: chosen.name, table: result.table }
        : { kind: 'rejected', file: chosen.name, problems: result.problems },
    );
  }

  const actuals = scenario.actuals;
  return (
    <section aria-labelledby="actuals-title" data-testid="section-actuals" className="actuals-panel">
      <h2 id="actuals-title">{t('actuals.title')}</h2>
      {actuals && (
        <p className="notice" data-testid="actuals-running">
          {t('actuals.runningAsOf', {
            asOf: formatMonth(actuals.asOf, lang),
            source: actuals.source,
            months: historyMonths(scenario, actuals.asOf),
            fits: actuals.fits.length,
          })}
        </p>
      )}
      <p className="muted">{t('actuals.intro')}</p>
      <div className="toolbar no-print">
        <label className="file-button">
          {t('actuals.chooseFile')}
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="actuals-file"
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        <button
          type="button"
          onClick={() =>
            downloadText('actuals-template.csv', actualsTemplateCsv('en', scenario.term.startDate))
          }
        >
          {t('actuals.templateEn')}
        </button>
        <button
          type="button"
          onClick={() => downloadText('实际数据模板.csv', actualsTemplateCsv('zh', scenario.term.startDate))}
        >
          {t('actuals.templateZh')}
        </button>
      </div>
      <details className="no-print">
        <summary>{t('actuals.columnsTitle')}</summary>
        <p className="muted">{t('actuals.columnsIntro')}</p>
        <table className="data-table" data-testid="actuals-columns">
          <thead>
            <tr>
              <th scope="col">{t('actuals.col.key')}</th>
              <th scope="col">{t('actuals.col.name')}</th>
              <th scope="col">{t('actuals.col.unit')}</th>
              <th scope="col">{t('actuals.col.what')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                <code>month</code>
              </td>
              <td>{lang === 'zh-CN' ? '月份' : 'Month'}</td>
              <td>YYYY-MM</td>
              <td>{t('actuals.monthWhat')}</td>
            </tr>
            {ACTUALS_COLUMNS.map((c) => (
              <tr key={c.key}>
                <td>
                  <code>{c.key}</code>
                </td>
                <td>{lang === 'zh-CN' ? c.zh : c.en}</td>
                <td>{lang === 'zh-CN' ? c.unitZh : c.unitEn}</td>
                <td>{lang === 'zh-CN' ? c.whatZh : c.whatEn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {file.kind === 'reading' && <p role="status">{t('actuals.reading', { file: file.file })}</p>}
      {file.kind === 'rejected' && <ProblemList file={file.file} problems={file.problems} />}
      {file.kind === 'loaded' && (
        <>
          <p data-testid="actuals-loaded">
            {t('actuals.loaded', {
              file: file.file,
              months: formatInteger(file.table.months.length),
              first: formatMonth(file.table.months[0], lang),
              last: formatMonth(file.table.months[file.table.months.length - 1], lang),
              columns: file.table.columns.length,
            })}
          </p>
          <div className="toolbar">
            <label>
              {t('actuals.asOf')}{' '}
              <select
                value={asOf ?? ''}
                onChange={(e) => setAsOf(e.target.value || null)}
                data-testid="actuals-as-of"
              >
                <option value="">
                  {formatMonth(calibration?.ok ? calibration.report.asOf : file.table.months.at(-1)!, lang)}
                </option>
                {file.table.months.map((m) => (
                  <option key={m} value={m}>
                    {formatMonth(m, lang)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('actuals.holdout')}{' '}
              <input
                type="number"
                min={1}
                max={24}
                value={holdout}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  if (Number.isInteger(n) && n >= 1 && n <= 24) setHoldout(n);
                }}
                data-testid="actuals-holdout"
              />{' '}
              {t('actuals.holdoutMonths')}
            </label>
          </div>
          {calibration && !calibration.ok && (
            <p className="error" role="alert" data-testid="actuals-refused">
              {t(
                `actuals.refused.${calibration.problem.code}` as MessageKey,
                {
                  ...calibration.problem,
                } as Record<string, string>,
              )}
            </p>
          )}
          {calibration?.ok && (
            <>
              <h3>{t('actuals.fitTitle')}</h3>
              <FitTable report={calibration.report} />
              <FitChart report={calibration.report} table={file.table} scenario={target} />
              <div className="toolbar">
                <button
                  type="button"
                  className="primary"
                  data-testid="actuals-create"
                  onClick={() => {
                    openDerived(baseScenarioId, baseScenario, calibration.scenario);
                    setCreated({
                      name: lang === 'zh-CN' ? calibration.scenario.nameZh : calibration.scenario.name,
                      asOf: calibration.report.asOf,
                    });
                  }}
                >
                  {t('actuals.create')}
                </button>
              </div>
            </>
          )}
        </>
      )}
      {created && (
        <p className="notice" role="status" data-testid="actuals-created">
          {t('actuals.created', { name: created.name, asOf: formatMonth(created.asOf, lang) })}
        </p>
      )}
    </section>
  );
}

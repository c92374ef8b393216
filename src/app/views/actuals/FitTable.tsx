/**
 * The fit beside its backtest, one row per series: model and weight, level at the as-of month,
 * growth a year and noise with their 95 % intervals, months fitted, then how the forecast of the
 * held-out months did (MAPE of the median, months inside P5–P95). Then the pooled coverage, the
 * series whose residuals wander together, failure rates and what was paid.
 */
import type { CalibrationReport } from '../../../actuals/calibrate.ts';
import { actualsColumn } from '../../../actuals/columns.ts';
import { summarizeFit } from '../../../actuals/fitSummary.ts';
import { formatCny, formatInteger } from '../../format/cny.ts';
import { formatMonth, formatNumber, formatPercent } from '../../format/numbers.ts';
import type { Language } from '../../i18n/language.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';

function decimalsFor(value: number): number {
  const abs = Math.abs(value);
  return abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
}

function num(value: number, lang: Language): string {
  return formatNumber(value, lang, decimalsFor(value));
}

function signedPercent(f: number, lang: Language): string {
  if (!Number.isFinite(f)) return '–';
  return `${f >= 0 ? '+' : '−'}${formatNumber(Math.abs(f) * 100, lang, 1)}%`;
}

export function seriesName(key: Parameters<typeof actualsColumn>[0], lang: Language): string {
  const c = actualsColumn(key);
  return lang === 'zh-CN' ? c.zh : c.en;
}

export function seriesUnit(key: Parameters<typeof actualsColumn>[0], lang: Language): string {
  const c = actualsColumn(key);
  return lang === 'zh-CN' ? c.unitZh : c.unitEn;
}

export function FitTable({ report }: { report: CalibrationReport }) {
  const t = useT();
  const lang = useLanguage();
  const asOf = formatMonth(report.asOf, lang);
  const correlated: string[] = [];
  return (
    <>
      <p className="muted">{t('actuals.fitIntro', { holdout: report.holdout })}</p>
      <div className="table-scroll">
        <table className="data-table" data-testid="actuals-fit-table">
          <thead>
            <tr>
              <th scope="col">{t('actuals.th.series')}</th>
              <th scope="col">{t('actuals.th.model')}</th>
              <th scope="col">{t('actuals.th.level', { asOf })}</th>
              <th scope="col">{t('actuals.th.growth')}</th>
              <th scope="col">{t('actuals.th.noise')}</th>
              <th scope="col">{t('actuals.th.months')}</th>
              <th scope="col">{t('actuals.th.mape')}</th>
              <th scope="col">{t('actuals.th.inside')}</th>
            </tr>
          </thead>
          <tbody>
            {report.series.map((s) => {
              const name = (
                <>
                  {seriesName(s.column, lang)} <span className="muted">({seriesUnit(s.column, lang)})</span>
                </>
              );
              if (!s.fit) {
                return (
                  <tr key={s.column} data-testid="actuals-fit-row" data-column={s.column}>
                    <th scope="row">{name}</th>
                    <td colSpan={4}>{t('actuals.tooFew')}</td>
                    <td>{s.points}</td>
                    <td>–</td>
                    <td>–</td>
                  </tr>
                );
              }
              const f = summarizeFit(s.fit);
              if (f.correlatedResiduals) correlated.push(seriesName(s.column, lang));
              // Growth as a relative rate a year for both models, so rows compare; a linear fit's
              // absolute growth a year (its own parameter) is in the cell's title.
              const growth = `${signedPercent(f.relativeGrowthPerYear.value, lang)} [${signedPercent(f.relativeGrowthPerYear.low, lang)}, ${signedPercent(f.relativeGrowthPerYear.high, lang)}]`;
              const growthTitle = f.growthPerYear
                ? `${num(f.growthPerYear.value, lang)} ${seriesUnit(s.column, lang)} [${num(f.growthPerYear.low, lang)}, ${num(f.growthPerYear.high, lang)}]`
                : undefined;
              const bt = s.backtest;
              return (
                <tr key={s.column} data-testid="actuals-fit-row" data-column={s.column} data-model={f.model}>
                  <th scope="row">{name}</th>
                  <td>
                    {t(`actuals.model.${f.model}`)} ({formatPercent(f.weight, lang)})
                  </td>
                  <td>
                    {num(f.level.value, lang)} [{num(f.level.low, lang)}, {num(f.level.high, lang)}]
                  </td>
                  <td title={growthTitle}>{growth}</td>
                  <td>
                    {f.model === 'compound'
                      ? t('actuals.noiseCv', { value: formatPercent(f.noise, lang) })
                      : t('actuals.noiseSd', { value: num(f.noise, lang) })}
                  </td>
                  <td>{f.n}</td>
                  <td data-testid="actuals-mape">
                    {bt && bt.mape !== null ? formatPercent(bt.mape, lang) : '–'}
                  </td>
                  <td data-testid="actuals-inside">{bt ? `${bt.inside} / ${bt.scored}` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {report.coverage.scored > 0 && (
        <p className="verdict" data-testid="actuals-coverage">
          {t('actuals.coverage', {
            inside: formatInteger(report.coverage.inside),
            scored: formatInteger(report.coverage.scored),
            share: formatPercent(report.coverage.inside / report.coverage.scored, lang),
          })}
        </p>
      )}
      {correlated.map((series) => (
        <p key={series} className="muted">
          {t('actuals.correlated', { series })}
        </p>
      ))}
      {report.rates.map((r) => (
        <p key={r.column} className="muted" data-testid="actuals-rate">
          {t('actuals.rate', {
            series: seriesName(r.column, lang),
            failures: formatInteger(r.fit.failures),
            exposure: formatInteger(r.fit.exposureUnitMonths),
            prior: formatInteger(Math.round(r.fit.priorMtbfHours)),
            posterior: formatInteger(Math.round(r.fit.mtbfHours)),
          })}
        </p>
      ))}
      {report.paid && (
        <p className="muted" data-testid="actuals-paid">
          {t('actuals.paid', {
            asOf,
            amount: formatCny(report.paid.totalCny),
            through: report.paid.paidThrough ? formatMonth(report.paid.paidThrough, lang) : '–',
          })}
        </p>
      )}
    </>
  );
}

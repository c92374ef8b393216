/**
 * The contract over time, on the results of a scenario whose contract changes: each term (the signed
 * one and every renewal) with its dates, its contract total and what it is projected to cost, and the
 * exit — when the contract ends, how much of that month is billed, and the final settlement on the
 * exit date (clause 2.2.1). A self-contained section: the results page registers it in one line. Not
 * shown for a single term without an exit (the contract panel says everything then).
 */
import type { RunSummary } from '../../../results/types.ts';
import { formatCny } from '../../format/cny.ts';
import { formatDate } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';

export function LifecycleSection({ summary }: { summary: RunSummary }) {
  const t = useT();
  const lang = useLanguage();
  const life = summary.lifecycle;
  if (!life || (life.terms.length < 2 && !life.exit)) return null;
  const terms = summary.cost?.terms;
  const finalSettlement = life.installments.findIndex((i) => i.finalSettlement);
  const finalGross = finalSettlement >= 0 ? summary.cost?.installments.gross : undefined;
  return (
    <section className="lifecycle-section" data-testid="lifecycle-section" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t('lifecycle.title')}</h2>
      {life.terms.length > 1 && (
        <table className="data-table" data-testid="terms-table">
          <caption>{t('lifecycle.termsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lifecycle.termCol')}</th>
              <th scope="col">{t('lifecycle.periodCol')}</th>
              <th scope="col" className="num">
                {t('lifecycle.priceCol')}
              </th>
              <th scope="col" className="num">
                {t('lifecycle.spendCol')}
              </th>
            </tr>
          </thead>
          <tbody>
            {life.terms.map((term, k) => (
              <tr key={term.index} data-term={term.index}>
                <th scope="row">
                  {t(k === 0 ? 'lifecycle.signedTerm' : 'lifecycle.renewalTerm', { n: k + 1 })}
                </th>
                <td>
                  {formatDate(term.startDate, lang)} – {formatDate(term.endDate, lang)}
                </td>
                <td className="num">{formatCny(term.totalInclVatCny)}</td>
                <td className="num">
                  {terms?.[k]
                    ? `${formatCny(terms[k].total.p50)} (${formatCny(terms[k].total.p5)} – ${formatCny(terms[k].total.p95)})`
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {life.exit && (
        <p className="verdict" data-testid="exit-summary">
          {t('lifecycle.exitSummary', {
            date: formatDate(life.exit.date, lang),
            notice: formatDate(life.exit.noticeDate, lang),
            days: life.exit.daysInForce,
            of: life.exit.daysInMonth,
          })}
          {finalGross &&
            ` ${t('lifecycle.finalSettlementAmount', {
              p50: formatCny(finalGross.p50[finalSettlement]),
              p95: formatCny(finalGross.p95[finalSettlement]),
            })}`}
        </p>
      )}
    </section>
  );
}

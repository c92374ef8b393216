/**
 * The installments. With an explained run (summary.costExplained) the main column is that run's OWN
 * installment at the chosen reading — the median or P95 run by total cost, whose lines add up to
 * it exactly — and a button that explains it; the per-installment P50 and P5–P95 across runs stand
 * beside it. Without one (a partial run) the column shows the P50 band.
 */
import type { ExplainedReplication, RunSummary } from '../../../results/types.ts';
import { formatCny } from '../../format/cny.ts';
import { formatDate } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';

export interface InstallmentTableProps {
  summary: RunSummary;
  explained: ExplainedReplication | undefined;
  dueDates: readonly string[];
  explaining: number | null;
  onExplain?: (index: number) => void;
}

export function InstallmentTable({
  summary,
  explained,
  dueDates,
  explaining,
  onExplain,
}: InstallmentTableProps) {
  const t = useT();
  const lang = useLanguage();
  const cost = summary.cost;
  if (!cost) return null;
  const { gross, vat, discount } = cost.installments;
  const own = explained?.settlement.installments;
  const reading = explained ? t(`reading.${explained.reading}`) : '';
  return (
    <table className="data-table" data-testid="installment-table">
      <caption>
        {t('money.installmentsCaption')} {own && onExplain && t('money.explainHint')}
      </caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('contract.due')}</th>
          <th scope="col" className="num chosen">
            {own && explained
              ? t('money.explainedRun', { run: explained.replication + 1, reading })
              : t('money.grossP50')}
          </th>
          {own && (
            <th scope="col" className="num">
              {t('money.bandP50')}
            </th>
          )}
          <th scope="col" className="num">
            {t('money.grossRange')}
          </th>
          <th scope="col" className="num">
            {own ? t('costx.discountShort') : t('money.discountP50')}
          </th>
          <th scope="col" className="num">
            {own ? t('costx.vatShort') : t('money.vatP50')}
          </th>
        </tr>
      </thead>
      <tbody>
        {gross.p50.map((bandAmount, i) => {
          const mine = own?.[i];
          return (
            <tr key={dueDates[i] ?? i} data-installment={i + 1}>
              <th scope="row">{i + 1}</th>
              <td>
                {dueDates[i] ? formatDate(dueDates[i], lang) : '—'}
                <InstallmentTag summary={summary} index={i} />
              </td>
              <td className="num chosen">
                {mine && onExplain ? (
                  <button
                    type="button"
                    className="link-button money-button"
                    aria-expanded={explaining === i}
                    aria-label={`${formatCny(mine.grossCny)} · ${t('costx.open', { n: i + 1 })}`}
                    data-testid={`installment-amount-${i + 1}`}
                    onClick={() => onExplain(i)}
                  >
                    {formatCny(mine.grossCny)}
                  </button>
                ) : (
                  formatCny(mine?.grossCny ?? bandAmount)
                )}
              </td>
              {own && <td className="num">{formatCny(bandAmount)}</td>}
              <td className="num">
                {formatCny(gross.p5[i])} – {formatCny(gross.p95[i])}
              </td>
              <td className="num">{formatCny(mine?.discountCny ?? discount.p50[i])}</td>
              <td className="num">{formatCny(mine?.vatCny ?? vat.p50[i])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Which term an installment belongs to (with renewals) and whether it is the final settlement on an exit. */
function InstallmentTag({ summary, index }: { summary: RunSummary; index: number }) {
  const t = useT();
  const life = summary.lifecycle;
  const entry = life?.installments[index];
  if (!life || !entry) return null;
  const parts: string[] = [];
  if (life.terms.length > 1) parts.push(t('lifecycle.term', { n: entry.term + 1 }));
  if (entry.finalSettlement) parts.push(t('lifecycle.finalSettlement'));
  if (parts.length === 0) return null;
  return (
    <span className="installment-tag" data-testid={entry.finalSettlement ? 'final-settlement' : undefined}>
      {' '}
      · {parts.join(' · ')}
    </span>
  );
}

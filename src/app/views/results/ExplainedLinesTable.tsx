/**
 * Settlement lines of a period or a month, per catalog item: quantity × unit price = the exact
 * product, and the amount billed (rounded to the fen), with the sums of both in the footer.
 */
import type { LinesExplanation } from '../../explain/costLines.ts';
import { formatCny, formatCnyExact, formatDecimalText, formatUnitPrice } from '../../format/cny.ts';
import { billingUnit } from '../../format/units.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';

export function ExplainedLinesTable({
  explanation,
  months,
  testId,
}: {
  explanation: LinesExplanation;
  months: number;
  testId?: string;
}) {
  const t = useT();
  const lang = useLanguage();
  return (
    <table className="data-table explain-lines" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('costx.item')}</th>
          <th scope="col" className="num">
            {t('costx.quantity', { months })}
          </th>
          <th scope="col" className="num">
            {t('costx.unitPrice')}
          </th>
          <th scope="col" className="num">
            {t('costx.exact')}
          </th>
          <th scope="col" className="num">
            {t('costx.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {explanation.lines.map((l) => (
          <tr key={l.itemId} data-item={l.itemId}>
            <th scope="row">{lang === 'zh-CN' ? l.labelZh : l.labelEn}</th>
            <td className="num">
              {formatDecimalText(l.quantity)} <span className="unit">{billingUnit(l.unit, lang)}</span>
            </td>
            <td className="num">
              {l.unitPriceCny === null ? (
                t('costx.varies')
              ) : (
                <span title={formatCnyExact(l.unitPriceCny)}>{formatUnitPrice(l.unitPriceCny)}</span>
              )}
            </td>
            <td className="num">{formatCnyExact(l.exactCny)}</td>
            <td className="num">{formatCny(l.amountCny)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {t('costx.linesSum')}
          </th>
          <td className="num">{formatCnyExact(explanation.exactSumCny)}</td>
          <td className="num" data-testid={testId ? `${testId}-sum` : undefined}>
            {formatCny(explanation.linesSumCny)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

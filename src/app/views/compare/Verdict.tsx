/**
 * The comparison's answer, first on the sheet: which option to take and what puts each option at
 * risk (src/results/comparisonVerdict.ts), in the user's language.
 */
import type { ComparisonVerdict } from '../../../results/comparisonVerdict.ts';
import type { ComparisonSheet } from '../../../results/optionComparison.ts';
import { formatCny } from '../../format/cny.ts';
import { formatPercent } from '../../format/numbers.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { QUOTA_NAME } from '../../quotaLabels.ts';

export function Verdict({
  sheet,
  verdict,
  names,
}: {
  sheet: ComparisonSheet;
  verdict: ComparisonVerdict;
  names: readonly string[];
}) {
  const t = useT();
  const lang = useLanguage();
  const index = (id: string) => sheet.options.findIndex((o) => o.id === id);
  const nameOf = (id: string) => names[index(id)] ?? id;
  const priceOf = (id: string) => formatCny(sheet.options[index(id)]?.contractPriceCny ?? '0.00');
  const tolerance = formatPercent(verdict.tolerance, lang);
  const main =
    verdict.reason === 'cheapest-that-holds'
      ? t('sheet.verdict.holds', {
          choice: nameOf(verdict.choice),
          tolerance,
          price: priceOf(verdict.choice),
        })
      : t('sheet.verdict.none', {
          choice: nameOf(verdict.choice),
          tolerance,
          price: priceOf(verdict.choice),
        });
  return (
    <section className="verdict-box" aria-labelledby="verdict-title" data-testid="compare-verdict">
      <h3 id="verdict-title">{t('sheet.verdict.title')}</h3>
      <p className="verdict-main">{main}</p>
      {verdict.cheapest !== verdict.choice && (
        <p>
          {t('sheet.verdict.cheapest', { name: nameOf(verdict.cheapest), price: priceOf(verdict.cheapest) })}
        </p>
      )}
      <ul className="verdict-risks">
        {verdict.risks.map((r) => {
          const items = [
            ...r.atRisk.map((q) => t(q === 'dbNodes' ? 'quota.dbLoad' : QUOTA_NAME[q])),
            ...(r.refusalAtRisk ? [t('sheet.verdict.refusals')] : []),
          ];
          return (
            <li key={r.id} data-testid={`verdict-risk-${r.id}`}>
              {items.length
                ? t('sheet.verdict.atRisk', {
                    name: nameOf(r.id),
                    items: items.join(lang === 'zh-CN' ? '、' : ', '),
                  })
                : t('sheet.verdict.noRisk', { name: nameOf(r.id) })}
            </li>
          );
        })}
      </ul>
      {verdict.reason === 'fewest-at-risk' && <p className="muted">{t('sheet.verdict.recommend')}</p>}
    </section>
  );
}

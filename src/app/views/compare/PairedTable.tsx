/**
 * Paired differences against the first scenario: the runs share seed and replication indices
 * (common random numbers), so differences are taken run by run (src/results/compare.ts) and the
 * 95% interval is much narrower than the two bands side by side would suggest.
 */
import { type PairedMoneyDifference, pairedMoneyDifference } from '../../../results/compare.ts';
import { newcombePairedDifference } from '../../../results/proportions.ts';
import type { QuotaKey } from '../../../results/types.ts';
import { scenarioName } from '../../builtInScenarios.ts';
import { formatCny } from '../../format/cny.ts';
import { formatNumber, formatPercent } from '../../format/numbers.ts';
import type { Language } from '../../i18n/language.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { QUOTA_KEYS, QUOTA_NAME } from '../../quotaLabels.ts';
import type { CompareEntry } from './useCompareRuns.ts';

/** "+¥1,234.56" / "−¥1,234.56" from a signed money string. */
export function signedCny(amount: string): string {
  return amount.startsWith('-') ? `−${formatCny(amount.slice(1))}` : `+${formatCny(amount)}`;
}

function signedPoints(delta: number, lang: Language): string {
  return `${delta < 0 ? '−' : '+'}${formatNumber(Math.abs(delta) * 100, lang, 1)}`;
}

function moneyDelta(a: CompareEntry, b: CompareEntry): PairedMoneyDifference | null {
  const ta = a.perReplication?.totals;
  const tb = b.perReplication?.totals;
  if (
    !ta ||
    !tb ||
    ta.length !== tb.length ||
    ta.some((x) => x === undefined) ||
    tb.some((x) => x === undefined)
  )
    return null;
  return pairedMoneyDifference(ta as string[], tb as string[]);
}

export function PairedTable({ entries }: { entries: readonly CompareEntry[] }) {
  const t = useT();
  const lang = useLanguage();
  const [first, ...rest] = entries;
  if (!first?.perReplication || rest.length === 0) return null;
  const money = rest.map((e) => moneyDelta(first, e));
  const rates = (q: QuotaKey) =>
    rest.map((e) => {
      const a = first.perReplication?.breached[q];
      const b = e.perReplication?.breached[q];
      return a && b && a.length === b.length ? newcombePairedDifference(a, b) : null;
    });
  // Quotas whose breach rate differs somewhere: the others would only fill the table with zeros.
  const quotas = (QUOTA_KEYS as QuotaKey[]).filter((q) =>
    rates(q).some((d) => d && (d.rateOption !== d.rateReference || d.difference !== 0)),
  );
  const interval = (mean: string, low: string, high: string) => t('compare.interval', { mean, low, high });
  return (
    <table className="data-table paired-table" data-testid="compare-paired">
      <caption>
        {t('compare.paired')} — {t('compare.pairedCaption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.measure')}</th>
          {rest.map((e) => (
            <th key={e.key} scope="col" className="num" data-testid={`compare-paired-${e.key}`}>
              {scenarioName(e.scenario, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr data-testid="compare-paired-cost">
          <th scope="row">{t('compare.pairedCost')}</th>
          {money.map((m, i) => (
            <td key={rest[i].key} className="num">
              {m ? interval(signedCny(m.meanCny), signedCny(m.lowCny), signedCny(m.highCny)) : '—'}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('compare.pairedShare')}</th>
          {money.map((m, i) => (
            <td key={rest[i].key} className="num">
              {m ? formatPercent(m.shareOptionHigher, lang) : '—'}
            </td>
          ))}
        </tr>
        {quotas.map((q) => (
          <tr key={q}>
            <th scope="row">
              {t('compare.pairedBreach', { quota: t(q === 'dbNodes' ? 'quota.dbLoad' : QUOTA_NAME[q]) })}
            </th>
            {rates(q).map((d, i) => (
              <td key={rest[i].key} className="num">
                {d
                  ? interval(
                      signedPoints(d.difference, lang),
                      signedPoints(d.low, lang),
                      signedPoints(d.high, lang),
                    )
                  : '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The comparison sheet's table: one column per option (the first is the reference), rows grouped as
 * money, quota breach risk and service. Each cell holds the option's figure (probabilities with
 * their Wilson 95 % interval); each cell of a later option adds its paired difference against the
 * reference, the one kind of difference the sheet shows (Δ, explained in the caption).
 */
import type { ComparisonSheet, OptionColumn, OptionDifference } from '../../../results/optionComparison.ts';
import type { PairedProportionDifference, ProportionEstimate } from '../../../results/proportions.ts';
import type { QuotaKey } from '../../../results/types.ts';
import { formatCny } from '../../format/cny.ts';
import { formatMonth, formatNumber, formatPercent } from '../../format/numbers.ts';
import { formatWithUnit } from '../../format/units.ts';
import type { Language } from '../../i18n/language.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { formatQuotaValue, QUOTA_NAME, QUOTA_UNIT } from '../../quotaLabels.ts';

/** "+¥1,234.56" / "−¥1,234.56" from a signed money string. */
export function signedCny(amount: string): string {
  return amount.startsWith('-') ? `−${formatCny(amount.slice(1))}` : `+${formatCny(amount)}`;
}

/** Percentage points with a sign: +12.5 pp / −3.0 个百分点 (units.ts: the unit in the UI language). */
function signedPoints(x: number, lang: Language): string {
  return `${x < 0 ? '−' : '+'}${formatWithUnit(Math.abs(x) * 100, 'points', lang)}`;
}

function signedAvailability(x: number, lang: Language): string {
  return `${x < 0 ? '−' : '+'}${formatWithUnit(Math.abs(x) * 100, 'pointsFine', lang)}`;
}

interface Row {
  key: string;
  label: string;
  cell: (o: OptionColumn) => React.ReactNode;
  diff?: (d: OptionDifference) => React.ReactNode;
}

export function ComparisonTable({
  sheet,
  names,
  tolerance,
}: {
  sheet: ComparisonSheet;
  names: readonly string[];
  tolerance: number;
}) {
  const t = useT();
  const lang = useLanguage();
  const interval = (e: ProportionEstimate) =>
    t('sheet.interval', {
      estimate: formatPercent(e.estimate, lang),
      low: formatPercent(e.low, lang),
      high: formatPercent(e.high, lang),
    });
  /** "Δ mean (low to high)" in two pieces that each stay on one line, so a narrow printed column
   *  breaks the difference only between the mean and its interval. Δ is the same in both languages. */
  const difference = (mean: string, low: string, high: string) => (
    <>
      <span className="no-wrap">Δ {mean}</span>{' '}
      <span className="no-wrap">{t('sheet.diffInterval', { low, high })}</span>
    </>
  );
  const pointsDiff = (d: PairedProportionDifference | undefined) =>
    d
      ? difference(signedPoints(d.difference, lang), signedPoints(d.low, lang), signedPoints(d.high, lang))
      : null;
  const quotaName = (q: QuotaKey) => t(q === 'dbNodes' ? 'quota.dbLoad' : QUOTA_NAME[q]);
  const money: Row[] = [
    {
      key: 'price',
      label: t('sheet.row.price'),
      cell: (o) => formatCny(o.contractPriceCny),
      diff: (d) => t('sheet.diffExact', { mean: signedCny(d.contractPriceCny) }),
    },
    {
      key: 'spend',
      label: t('sheet.row.spend'),
      cell: (o) => (
        <>
          {formatCny(o.spend.p50)}
          <span className="cell-note">
            {t('sheet.row.spendBand', { low: formatCny(o.spend.p5), high: formatCny(o.spend.p95) })}
          </span>
        </>
      ),
      diff: (d) =>
        d.spend
          ? difference(signedCny(d.spend.meanCny), signedCny(d.spend.lowCny), signedCny(d.spend.highCny))
          : null,
    },
    {
      key: 'ratio',
      label: t('sheet.row.spendToPrice'),
      cell: (o) => (o.spendToPrice ? formatPercent(o.spendToPrice.p50, lang) : '—'),
    },
  ];
  const risk: Row[] = sheet.options[0].quotas.map((first) => ({
    key: `quota-${first.quota}`,
    label: t('sheet.row.breach', { quota: quotaName(first.quota) }),
    cell: (o) => {
      const c = o.quotas.find((x) => x.quota === first.quota);
      if (!c) return '—';
      const atRisk = c.breach.high > tolerance;
      return (
        <>
          <span className={atRisk ? 'breach at-risk' : 'breach'}>
            {interval(c.breach)}
            {atRisk && <span className="visually-hidden"> ({t('sheet.atRisk')})</span>}
          </span>
          <span className="cell-note">
            {t('sheet.quotaLimit', {
              value: `${formatQuotaValue(c.quota, c.limit, lang)} ${c.quota === 'dbNodes' ? t('unit.oneNode') : t(QUOTA_UNIT[c.quota])}`,
            })}
          </span>
          {c.mostLikelyFirstBreachLabel && (
            <span className="cell-note">
              {t('sheet.row.firstBreach', { month: formatMonth(c.mostLikelyFirstBreachLabel, lang) })}
            </span>
          )}
        </>
      );
    },
    diff: (d) => pointsDiff(d.quotas[first.quota]),
  }));
  const service: Row[] = [
    {
      key: 'refusal',
      label: t('sheet.row.refusal'),
      cell: (o) => (
        <span className={o.placementRefusal.high > tolerance ? 'breach at-risk' : 'breach'}>
          {interval(o.placementRefusal)}
        </span>
      ),
      diff: (d) => pointsDiff(d.placementRefusal),
    },
    {
      key: 'availability',
      label: t('sheet.row.availability'),
      cell: (o) => (o.dbAvailability ? `${formatNumber(o.dbAvailability.mean * 100, lang, 4)}%` : '—'),
      diff: (d) =>
        d.dbAvailability
          ? difference(
              signedAvailability(d.dbAvailability.mean, lang),
              signedAvailability(d.dbAvailability.low, lang),
              signedAvailability(d.dbAvailability.high, lang),
            )
          : null,
    },
    {
      key: 'discount',
      label: t('sheet.row.discount'),
      cell: (o) => (o.expectedFaultDiscountCny ? formatCny(o.expectedFaultDiscountCny) : '—'),
      diff: (d) =>
        d.faultDiscount
          ? difference(
              signedCny(d.faultDiscount.meanCny),
              signedCny(d.faultDiscount.lowCny),
              signedCny(d.faultDiscount.highCny),
            )
          : null,
    },
  ];
  const groups: [string, Row[]][] = [
    [t('sheet.group.money'), money],
    [t('sheet.group.risk'), risk],
    [t('sheet.group.service'), service],
  ];
  const columns = sheet.options.length + 1;
  return (
    <table className="data-table compare-sheet" data-testid="compare-table">
      <caption>
        {t('sheet.caption', { n: String(sheet.replications), seed: String(sheet.seed), reference: names[0] })}
      </caption>
      <thead>
        <tr>
          <th scope="col" />
          {sheet.options.map((o, i) => (
            <th key={o.id} scope="col" className="num" data-testid={`compare-col-${o.id}`}>
              {names[i]}
              {i === 0 && <span className="cell-note">{t('sheet.reference')}</span>}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map(([title, rows]) => (
        <tbody key={title}>
          <tr className="group-row">
            <th scope="colgroup" colSpan={columns}>
              {title}
            </th>
          </tr>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`compare-row-${row.key}`}>
              <th scope="row">{row.label}</th>
              {sheet.options.map((o, i) => {
                const diff = i > 0 && row.diff ? row.diff(sheet.differences[i - 1]) : null;
                return (
                  <td key={o.id} className="num">
                    {row.cell(o)}
                    {diff && <span className="cell-diff">{diff}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

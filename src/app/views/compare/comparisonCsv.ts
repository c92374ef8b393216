/**
 * The comparison sheet as one CSV table (UTF-8 with BOM, so spreadsheet programs read Chinese): one
 * row per measure, per option its value with the 95 % interval where it has one, and per option
 * after the reference its paired difference (mean of option − reference over the same replications)
 * with its 95 % interval. Money stays the exact strings of the sheet; probabilities are fractions.
 */
import type { ComparisonSheet, OptionColumn, OptionDifference } from '../../../results/optionComparison.ts';
import type { QuotaKey } from '../../../results/types.ts';
import { toCsv } from '../../export/csv.ts';
import type { Language } from '../../i18n/language.ts';
import { type MessageKey, translate } from '../../i18n/translate.ts';
import { QUOTA_NAME, QUOTA_UNIT } from '../../quotaLabels.ts';

type Cell = string | number | null;
interface Measure {
  label: string;
  unit: string;
  /** Value, low, high of one option. */
  value: (o: OptionColumn) => [Cell, Cell, Cell];
  /** Paired difference, low, high against the reference (null: none for this measure). */
  diff: (d: OptionDifference) => [Cell, Cell, Cell] | null;
}

const round = (x: number, digits = 6) => Number(x.toFixed(digits));

function measures(sheet: ComparisonSheet, lang: Language): Measure[] {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params);
  const quotaName = (q: QuotaKey) => t(q === 'dbNodes' ? 'quota.dbLoad' : QUOTA_NAME[q]);
  const list: Measure[] = [
    {
      label: t('sheet.row.price'),
      unit: '¥',
      value: (o) => [o.contractPriceCny, null, null],
      diff: (d) => [d.contractPriceCny, d.contractPriceCny, d.contractPriceCny],
    },
    {
      label: t('sheet.row.spend'),
      unit: '¥',
      value: (o) => [o.spend.p50, o.spend.p5, o.spend.p95],
      diff: (d) => (d.spend ? [d.spend.meanCny, d.spend.lowCny, d.spend.highCny] : null),
    },
    {
      label: t('sheet.row.spendMean'),
      unit: '¥',
      value: (o) => [o.spend.mean, null, null],
      diff: () => null,
    },
    {
      label: t('sheet.row.spendToPrice'),
      unit: '',
      value: (o) =>
        o.spendToPrice
          ? [round(o.spendToPrice.p50), round(o.spendToPrice.p5), round(o.spendToPrice.p95)]
          : [null, null, null],
      diff: () => null,
    },
  ];
  for (const q of sheet.options[0].quotas.map((c) => c.quota)) {
    list.push({
      label: t('sheet.row.breach', { quota: quotaName(q) }),
      unit: '',
      value: (o) => {
        const c = o.quotas.find((x) => x.quota === q);
        return c ? [round(c.breach.estimate), round(c.breach.low), round(c.breach.high)] : [null, null, null];
      },
      diff: (d) => {
        const x = d.quotas[q];
        return x ? [round(x.difference), round(x.low), round(x.high)] : null;
      },
    });
    list.push({
      label: t('sheet.row.firstBreachCsv', { quota: quotaName(q) }),
      unit: t('sheet.unit.month'),
      value: (o) => [o.quotas.find((x) => x.quota === q)?.mostLikelyFirstBreachLabel ?? null, null, null],
      diff: () => null,
    });
    list.push({
      label: t('sheet.row.limit', { quota: quotaName(q) }),
      unit: t(QUOTA_UNIT[q]),
      value: (o) => [o.quotas.find((x) => x.quota === q)?.limit ?? null, null, null],
      diff: () => null,
    });
  }
  list.push(
    {
      label: t('sheet.row.refusal'),
      unit: '',
      value: (o) => [
        round(o.placementRefusal.estimate),
        round(o.placementRefusal.low),
        round(o.placementRefusal.high),
      ],
      diff: (d) => [
        round(d.placementRefusal.difference),
        round(d.placementRefusal.low),
        round(d.placementRefusal.high),
      ],
    },
    {
      label: t('sheet.row.availability'),
      unit: '',
      value: (o) => [o.dbAvailability ? round(o.dbAvailability.mean, 8) : null, null, null],
      diff: (d) =>
        d.dbAvailability
          ? [round(d.dbAvailability.mean, 8), round(d.dbAvailability.low, 8), round(d.dbAvailability.high, 8)]
          : null,
    },
    {
      label: t('sheet.row.discount'),
      unit: '¥',
      value: (o) => [o.expectedFaultDiscountCny, null, null],
      diff: (d) =>
        d.faultDiscount ? [d.faultDiscount.meanCny, d.faultDiscount.lowCny, d.faultDiscount.highCny] : null,
    },
  );
  return list;
}

export function comparisonCsv(sheet: ComparisonSheet, names: readonly string[], lang: Language): string {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params);
  const header: string[] = [t('sheet.csv.measure'), t('sheet.csv.unit')];
  sheet.options.forEach((_, i) => {
    header.push(names[i], t('sheet.csv.low', { name: names[i] }), t('sheet.csv.high', { name: names[i] }));
    if (i > 0)
      header.push(
        t('sheet.csv.diff', { name: names[i] }),
        t('sheet.csv.diffLow', { name: names[i] }),
        t('sheet.csv.diffHigh', { name: names[i] }),
      );
  });
  const rows = measures(sheet, lang).map((m) => {
    const row: Cell[] = [m.label, m.unit];
    sheet.options.forEach((o, i) => {
      row.push(...m.value(o));
      if (i > 0) row.push(...(m.diff(sheet.differences[i - 1]) ?? [null, null, null]));
    });
    return row;
  });
  rows.push([t('sheet.csv.note', { n: String(sheet.replications), seed: String(sheet.seed) })]);
  return toCsv(header, rows);
}

/**
 * The migration answer's words and figures for one copy, in the user's language (pure, so both
 * languages are tested without a browser): the question, the verdict, and the rows of the figures
 * table — the time available, how long the copy takes (P50/P95 and on an idle line), the probability
 * it finishes in time, by how much it misses and what is left when it does, the average rate that
 * would make it, the rate achieved and what it does to the line it shares. Hours, decimal TB, Mbit/s.
 */
import type { MigrationSummary } from '../../../results/migrationSummary.ts';
import { formatDate, formatNumber, formatPercent } from '../../format/numbers.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';

export interface MigrationFigures {
  title: string;
  /** At least half the runs finish in time (the verdict's colour). */
  inTime: boolean;
  verdict: string;
  rows: [label: string, value: string][];
}

function titleOf(m: MigrationSummary, t: Translate, lang: Language): string {
  const data = `${formatNumber(m.dataTb, lang, 2)} TB`;
  const deadline = formatDate(m.deadlineDate, lang);
  if (m.kind === 'migrate-in') return t('migration.titleIn', { data, deadline });
  return t(m.deadlineKind === 'exit' ? 'migration.titleOutWhole' : 'migration.titleOut', { data, deadline });
}

export function migrationFigures(m: MigrationSummary, t: Translate, lang: Language): MigrationFigures {
  const h = (v: number) => formatNumber(v, lang, 1);
  const inTime = m.finishProbability >= 0.5;
  const misses = m.finishProbability < 1;
  const rows: [string, string][] = [
    [
      t('migration.window'),
      t('migration.windowValue', {
        hours: h(m.windowHours),
        from: formatDate(m.date, lang),
        to: formatDate(m.deadlineDate, lang),
      }),
    ],
    [
      t('migration.duration'),
      t('migration.durationValue', { p50: h(m.durationHours.p50), p95: h(m.durationHours.p95) }),
    ],
    [
      '',
      t('migration.idle', {
        hours: h(m.idleLineHours),
        data: `${formatNumber(m.dataTb, lang, 2)} TB`,
        rate: formatNumber(m.linkMbps, lang, 0),
      }),
    ],
    [t('migration.probability'), formatPercent(m.finishProbability, lang)],
  ];
  if (misses) {
    rows.push(
      [
        t('migration.short'),
        t('migration.shortValue', { p50: h(m.hoursShort.p50), p95: h(m.hoursShort.p95) }),
      ],
      [
        t('migration.left'),
        t('migration.leftValue', {
          p50: formatNumber(m.remainingTbAtDeadline.p50, lang, 2),
          p95: formatNumber(m.remainingTbAtDeadline.p95, lang, 2),
        }),
      ],
    );
  }
  rows.push(
    [
      t('migration.required'),
      t('migration.requiredValue', {
        rate: formatNumber(m.requiredMbps, lang, 0),
        cap: formatNumber(m.linkMbps, lang, 0),
      }),
    ],
    [t('migration.rate'), t('migration.rateValue', { rate: formatNumber(m.meanRateMbps.p50, lang, 0) })],
    [
      t('migration.line'),
      m.policy === 'hold'
        ? t('migration.lineHold', {
            full: h(m.lineFullHours.p50),
            gb: formatNumber(m.liveUnservedGb.p50, lang, 0),
            gb95: formatNumber(m.liveUnservedGb.p95, lang, 0),
          })
        : t('migration.lineYield', { full: h(m.lineFullHours.p50) }),
    ],
  );
  const verdict = t(m.finishProbability === 1 || inTime ? 'migration.yes' : 'migration.no', {
    p: formatPercent(m.finishProbability, lang),
  });
  return { title: titleOf(m, t, lang), inTime, verdict, rows };
}

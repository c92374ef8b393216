/**
 * The risk header's words, without React (tests import them): quota names and units, months as
 * "Apr 2025 (month 28)", what to add, and the one plain-language sentence at the chosen reading.
 */
import type { QuotaKey, RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { formatCny, formatInteger } from '../../format/cny.ts';
import { formatMonth, formatPercent } from '../../format/numbers.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';
import { formatQuotaRiskValue, QUOTA_NAME, QUOTA_UNIT } from '../../quotaLabels.ts';
import type { RiskLevel } from '../../store/types.ts';
import { atRisk, placementRisk, type QuotaRiskLine, quotaRiskLines, spendReading } from './riskReadings.ts';

export function quotaName(q: QuotaKey, t: Translate): string {
  return t(q === 'dbNodes' ? 'quota.dbLoad' : QUOTA_NAME[q]);
}

export function quotaUnit(q: QuotaKey, t: Translate): string {
  return t(q === 'dbNodes' ? 'unit.oneNode' : QUOTA_UNIT[q]);
}

export function monthText(
  month: number | null,
  labels: readonly string[],
  lang: Language,
  t: Translate,
): string {
  if (month === null) return t('risk.notInTerm');
  return t('risk.monthIn', { month: formatMonth(labels[month] ?? '', lang), n: month + 1 });
}

export function shortMonth(
  month: number | null,
  labels: readonly string[],
  lang: Language,
  t: Translate,
): string {
  return month === null ? t('risk.notInTerm') : formatMonth(labels[month] ?? '', lang);
}

/** "+11 TB (to 65 TB)", "+3 cores per node (to 43)", or "nothing to add". */
export function addText(
  line: QuotaRiskLine,
  scenario: Scenario,
  lang: Language,
  t: Translate,
  plain = false,
): string {
  if (line.addForTolerance <= 0) return t('risk.noAdd');
  if (line.quota === 'dbNodes') {
    const cores = scenario.database.coresPerNode;
    const add = Math.ceil(line.addForTolerance * cores - 1e-9);
    return t(plain ? 'risk.addDbPlain' : 'risk.addDb', {
      cores: formatInteger(add),
      target: formatInteger(cores + add),
    });
  }
  const unit = quotaUnit(line.quota, t);
  return t(plain ? 'risk.addPlain' : 'risk.add', {
    amount: formatQuotaRiskValue(line.quota, line.addForTolerance, lang),
    unit,
    target: `${formatQuotaRiskValue(line.quota, line.limitForTolerance, lang)} ${unit}`,
  });
}

/** The plain-language sentence at the chosen reading: the riskiest quota, placement, then money. */
export function riskSentence(
  summary: RunSummary,
  scenario: Scenario,
  risk: RiskLevel,
  lang: Language,
  t: Translate,
): string {
  const lines = quotaRiskLines(summary).filter((l) => atRisk(l.breachProbability));
  const placement = placementRisk(summary.refusals, summary.months);
  const parts: string[] = [];
  const [worst, ...others] = lines;
  if (worst) {
    const month = risk === 'likely' ? worst.exhaustionLikely : worst.exhaustionCautious;
    const limit = `${formatQuotaRiskValue(worst.quota, worst.limit, lang)} ${quotaUnit(worst.quota, t)}`;
    const common = {
      quota: quotaName(worst.quota, t),
      limit,
      prob: formatPercent(worst.breachProbability, lang),
      add: addText(worst, scenario, lang, t, true),
    };
    parts.push(
      month === null
        ? t('risk.sentence.quotaProb', common)
        : t('risk.sentence.quotaMonth', {
            ...common,
            reading: t(`risk.reading.${risk}`),
            month: formatMonth(summary.monthLabels[month] ?? '', lang),
          }),
    );
    if (others.length > 0) parts.push(t('risk.sentence.moreQuotas', { count: formatInteger(others.length) }));
  }
  if (placement && atRisk(placement.share)) {
    const month = risk === 'likely' ? placement.firstLikely : placement.firstCautious;
    parts.push(
      t('risk.sentence.placement', {
        share: formatPercent(placement.share, lang),
        when:
          month === null
            ? t('risk.sentence.placementSome')
            : t('risk.sentence.placementWhen', {
                reading: t(`risk.reading.${risk}`),
                month: formatMonth(summary.monthLabels[month] ?? '', lang),
              }),
      }),
    );
  }
  if (parts.length === 0) parts.push(t('risk.sentence.noRisk'));
  const spend = spendReading(summary.cost, scenario.contract.totalInclVatCny, risk);
  if (spend) {
    parts.push(
      t('risk.sentence.spend', {
        amount: formatCny(spend.amount),
        reading: t(`reading.${risk}`),
        share: formatPercent(spend.shareOfContract, lang),
        exceed: formatPercent(spend.exceedProbability, lang),
      }),
    );
  }
  return parts.join(lang === 'zh-CN' ? '' : ' ');
}

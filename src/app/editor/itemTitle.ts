/**
 * The name of a row in a list of the advanced editor, in the UI language: a system or category by
 * its name, a storage row by its system's name, a fault-discount row by its rule ("可用性 ≥ 99.9% →
 * 扣 2%"), an event by its kind and date, a spike by its day — never a bare "1.".
 */
import type { Scenario } from '../../scenario/schema.ts';
import { formatDate, formatNumber } from '../format/numbers.ts';
import { itemName } from '../i18n/issueText.ts';
import type { Language } from '../i18n/language.ts';
import { translate } from '../i18n/translate.ts';
import { fieldLabel, optionLabel } from './fieldLabels.ts';

function pct(v: unknown, lang: Language): string {
  return `${formatNumber(Number(v) * 100, lang, 2)}%`;
}

export function itemTitle(item: unknown, index: number, list: string, lang: Language, doc?: unknown): string {
  const fallback = translate(lang, 'issue.item', { n: index + 1 });
  if (item === null || typeof item !== 'object') return `${fallback}: ${String(item)}`;
  const o = item as Record<string, unknown>;
  if (typeof o.kind === 'string' && typeof o.date === 'string') {
    return `${formatDate(o.date, lang)} · ${optionLabel(o.kind, lang)}`;
  }
  if (list === 'systems' && typeof o.systemId === 'string' && !('vms' in o)) {
    const system = (doc as Scenario | undefined)?.compute?.systems?.find((s) => s.id === o.systemId);
    return system ? (lang === 'zh-CN' ? system.nameZh : system.name) : o.systemId;
  }
  if (list === 'faultDiscountTable') {
    return `${fieldLabel('minAvailability', lang)} ${pct(o.minAvailability, lang)} → ${fieldLabel('discountRate', lang)} ${pct(o.discountRate, lang)}`;
  }
  if (list === 'deadlineSpikes') {
    return lang === 'zh-CN'
      ? `${o.month}月${o.day}日 × ${formatNumber(Number(o.multiplier), lang, 2)}`
      : `${o.day}/${o.month} × ${formatNumber(Number(o.multiplier), lang, 2)}`;
  }
  if (list === 'intradayBatches') {
    return `${String(o.hour).padStart(2, '0')}:00 · ${pct(o.share, lang)}`;
  }
  if (list === 'vms' && typeof o.count === 'number') {
    return `${o.count} × ${o.vcpu} vCPU / ${o.ramGb} GB`;
  }
  return itemName(item, lang) ?? fallback;
}

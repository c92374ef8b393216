/**
 * Labels and units of scenario fields in both languages, by field name, with a few names that mean
 * something else under a given parent ('network.backupWindow.hours' is a duration, not a distribution
 * time). Both tables hold the same keys (test/app/fieldLabels.test.ts walks the schema and fails on a
 * field without a label in either language). Units come from the name's suffix (ramGb, egressMbps,
 * meanHours, totalInclVatCny…).
 */
import type { Language } from '../i18n/language.ts';
import { FIELD_LABELS_EN } from './fieldLabelsEn.ts';
import { FIELD_LABELS_ZH } from './fieldLabelsZh.ts';

export { FIELD_LABELS_EN, FIELD_LABELS_ZH };

/** Unit suffixes in field names, longest first: [pattern, zh, en]. */
const UNITS: readonly [RegExp, string, string][] = [
  [/InclVatCny$/, '元', 'CNY'],
  [/Cny$/, '元', 'CNY'],
  [/Mbps$/, 'Mbit/s', 'Mbit/s'],
  [/Gb(PerNode|AtStart)?$|^gbPerDay$/, 'GB', 'GB'],
  [/Tb(AtStart)?$/, 'TB', 'TB'],
  [/Hours$|^hours$/, '小时', 'hours'],
  [/Minutes$/, '分钟', 'minutes'],
  [/Seconds$/, '秒', 'seconds'],
  [/Days$/, '天', 'days'],
  [/MessagesPerSecond$/, '条/秒', 'messages/s'],
  [/^messagesPerYear$/, '条/年', 'messages/year'],
  [/^eventsPerYear$/, '次/年', 'per year'],
  [/^vmsPerYear$/, '台/年', 'VMs/year'],
  [/^(onboard|decommission)Month$/, '第几个月（0 起）', 'month no. (from 0)'],
  [/^hour$|Hour$/, '时（0–23）', 'h (0–23)'],
  [/^coresPerNode$|^peakCoresAtStart$/, '核', 'cores'],
];

/** Fields whose unit is a percentage written as a fraction (0.2 = 20 %). */
const FRACTIONS = new Set([
  'cpuUtilisation',
  'changeRate',
  'scrubbedFraction',
  'overheadFraction',
  'share',
  'minAvailability',
]);

/** Rates per year written as fractions (0.2 = +20 % a year). */
const RATES_PER_YEAR = new Set(['ratePerYear', 'cpuUtilisationPerYear']);

function table(lang: Language): Record<string, string> {
  return lang === 'zh-CN' ? FIELD_LABELS_ZH : FIELD_LABELS_EN;
}

/** Splits a camelCase name into words ("maxMbps" → "Max"), the last resort for a name not in the tables. */
function words(key: string): string {
  const text = key
    .replace(/(Gb|Tb|Mbps|Cny)(?=[A-Z]|$)/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  const out = text || key;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The label of field `key`; `parent` (the enclosing field's name) picks a context-specific label. */
export function fieldLabel(key: string, lang: Language, parent?: string): string {
  const labels = table(lang);
  return (parent !== undefined ? labels[`${parent}.${key}`] : undefined) ?? labels[key] ?? words(key);
}

/** True when the tables know the field (the schema walk in the tests asks this). */
export function hasFieldLabel(key: string, lang: Language): boolean {
  return key in table(lang);
}

export function fieldUnit(key: string, lang: Language): string | undefined {
  if (FRACTIONS.has(key)) return lang === 'zh-CN' ? '比例（0–1）' : 'fraction (0–1)';
  if (RATES_PER_YEAR.has(key)) return lang === 'zh-CN' ? '每年（0.2 = 20%）' : 'per year (0.2 = 20 %)';
  for (const [pattern, zh, en] of UNITS) if (pattern.test(key)) return lang === 'zh-CN' ? zh : en;
  return undefined;
}

/** The name of an option of a choice field (a policy, a distribution kind, an event kind…). */
export function optionLabel(value: string, lang: Language): string {
  return table(lang)[`option:${value}`] ?? value;
}

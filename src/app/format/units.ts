/**
 * One number format per unit, chosen once: every table, tooltip, sentence, axis, CSV and workbook
 * cell that shows a quantity of a unit shows it with that unit's label and decimals. Amounts of money
 * go through cny.ts (to the fen in tables, compact on axes).
 *
 * Decimals are a maximum (942 GB stays "942", 37.2 TB reads "37.2"): the precision a planner can act
 * on — whole vCPU and VMs, tenths of a TB, a rare event's mean to a tenth.
 */
import type { Language } from '../i18n/language.ts';
import { formatNumber } from './numbers.ts';

export interface UnitDef {
  zh: string;
  en: string;
  /** Most decimals shown (and kept in exports). */
  decimals: number;
}

export const UNITS = {
  vcpu: { zh: 'vCPU', en: 'vCPU', decimals: 0 },
  cores: { zh: '核', en: 'cores', decimals: 1 },
  ramGb: { zh: 'GB', en: 'GB', decimals: 0 },
  dataGb: { zh: 'GB', en: 'GB', decimals: 2 },
  tb: { zh: 'TB', en: 'TB', decimals: 1 },
  tbFine: { zh: 'TB', en: 'TB', decimals: 2 },
  mbps: { zh: 'Mbit/s', en: 'Mbit/s', decimals: 0 },
  vms: { zh: '台', en: 'VMs', decimals: 0 },
  vmsFine: { zh: '台', en: 'VMs', decimals: 1 },
  messages: { zh: '条', en: 'messages', decimals: 0 },
  requests: { zh: '个', en: 'requests', decimals: 1 },
  events: { zh: '次', en: 'times', decimals: 2 },
  percent: { zh: '%', en: '%', decimals: 1 },
  percentFine: { zh: '%', en: '%', decimals: 3 },
  /** Percentage points: a difference between two percentages. */
  points: { zh: '个百分点', en: 'pp', decimals: 1 },
  pointsFine: { zh: '个百分点', en: 'pp', decimals: 4 },
  hours: { zh: '小时', en: 'hours', decimals: 1 },
  minutes: { zh: '分钟', en: 'minutes', decimals: 1 },
  seconds: { zh: '秒', en: 's', decimals: 1 },
  runs: { zh: '次运行', en: 'runs', decimals: 0 },
} as const satisfies Record<string, UnitDef>;

export type UnitId = keyof typeof UNITS;

export function unitLabel(unit: UnitId, lang: Language): string {
  return lang === 'zh-CN' ? UNITS[unit].zh : UNITS[unit].en;
}

/** The value alone, at the unit's decimals, grouped for the language. */
export function formatInUnit(value: number, unit: UnitId, lang: Language): string {
  return formatNumber(value, lang, UNITS[unit].decimals);
}

/** The value with its unit: "942 GB", "37.2 TB", "3 台" (no space before %). */
export function formatWithUnit(value: number, unit: UnitId, lang: Language): string {
  const label = unitLabel(unit, lang);
  return label === '%'
    ? `${formatInUnit(value, unit, lang)}%`
    : `${formatInUnit(value, unit, lang)} ${label}`;
}

/** The value rounded to the unit's decimals, as a number (what exports write). */
export function roundToUnit(value: number, unit: UnitId): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** UNITS[unit].decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Billing units of the price catalog, as the scenario files write them, in Chinese. */
const BILLING_UNITS_ZH: Record<string, string> = {
  vCPU·month: 'vCPU·月',
  GB·month: 'GB·月',
  TB·month: 'TB·月',
  Mbps·month: 'Mbit/s·月',
  'Mbit/s·month': 'Mbit/s·月',
  message: '条',
  server·month: '台·月',
  array·month: '套·月',
  unit·month: '台·月',
  service·month: '项·月',
  node·month: '节点·月',
  host·month: '台·月',
};

const BILLING_UNITS_EN: Record<string, string> = { Mbps·month: 'Mbit/s·month' };

/** A catalog item's billing unit in the UI language ('vCPU·month' → 'vCPU·月'); an unknown one as written. */
export function billingUnit(unit: string, lang: Language): string {
  return (lang === 'zh-CN' ? BILLING_UNITS_ZH[unit] : BILLING_UNITS_EN[unit]) ?? unit;
}

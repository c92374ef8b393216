/** Display names, units and number formats of the contract's quotas, in both languages. */
import type { QuotaKey } from '../results/types.ts';
import { formatNumber } from './format/numbers.ts';
import type { Language } from './i18n/language.ts';
import type { MessageKey } from './i18n/translate.ts';

export const QUOTA_KEYS: readonly QuotaKey[] = [
  'vcpu',
  'ramGb',
  'vmCount',
  'diskTb',
  'storageTb',
  'egressMbps',
  'serverToServerMbps',
  'smsPerYear',
  'dbNodes',
];

export const QUOTA_NAME: Record<QuotaKey, MessageKey> = {
  vcpu: 'quota.vcpu',
  ramGb: 'quota.ramGb',
  diskTb: 'quota.diskTb',
  vmCount: 'quota.vmCount',
  storageTb: 'quota.storageTb',
  egressMbps: 'quota.egressMbps',
  serverToServerMbps: 'quota.serverToServerMbps',
  smsPerYear: 'quota.smsPerYear',
  dbNodes: 'quota.dbNodes',
};

export const QUOTA_UNIT: Record<QuotaKey, MessageKey> = {
  vcpu: 'unit.vcpu',
  ramGb: 'unit.ramGb',
  diskTb: 'unit.diskTb',
  vmCount: 'unit.vmCount',
  storageTb: 'unit.storageTb',
  egressMbps: 'unit.egressMbps',
  serverToServerMbps: 'unit.serverToServerMbps',
  smsPerYear: 'unit.smsPerYear',
  dbNodes: 'unit.dbNodes',
};

export function isQuotaKey(key: string): key is QuotaKey {
  return (QUOTA_KEYS as readonly string[]).includes(key);
}

/** Decimals shown per quota: whole vCPU, GB, VMs, messages; tenths of TB and Mbit/s; hundredths of a DB node. */
const DECIMALS: Record<QuotaKey, number> = {
  vcpu: 0,
  ramGb: 0,
  vmCount: 0,
  diskTb: 1,
  storageTb: 1,
  egressMbps: 0,
  serverToServerMbps: 0,
  smsPerYear: 0,
  dbNodes: 2,
};

/**
 * The scale a quota's risk figures are shown at: the DB "quota" is the load one node must carry,
 * read as a percentage of one node (100 % = one node's capacity); every other quota as it is.
 */
export function quotaRiskScale(quota: QuotaKey): number {
  return quota === 'dbNodes' ? 100 : 1;
}

/** A quota's limit, peak or excess as the risk tables show it ("942", "60.9", "60%" of one node). */
export function formatQuotaRiskValue(quota: QuotaKey, value: number, lang: Language): string {
  return quota === 'dbNodes'
    ? `${formatNumber(value * 100, lang, 0)}%`
    : formatQuotaValue(quota, value, lang);
}

export function formatQuotaValue(quota: QuotaKey, value: number, lang: Language): string {
  return formatNumber(value, lang, DECIMALS[quota]);
}

/**
 * An operation in a planner's words, in the UI language: its kind ("系统上线" / "System goes live")
 * and one line saying what it does ("12345政务服务便民热线扩容：增加 8 台虚拟机，共 128 vCPU / 512 GB
 * 内存"). Pure (tests and the report call it).
 */
import type { Scenario } from '../../../scenario/schema.ts';
import type { TimelineEvent } from '../../../scenario/sections/timeline.ts';
import { formatCny, formatInteger } from '../../format/cny.ts';
import { formatDate, formatNumber } from '../../format/numbers.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../../i18n/translate.ts';
import { QUOTA_NAME, QUOTA_UNIT } from '../../quotaLabels.ts';
import { optionLabel } from '../fieldLabels.ts';

export function operationKindName(kind: TimelineEvent['kind'], lang: Language): string {
  return optionLabel(kind, lang);
}

function systemName(doc: Scenario, id: string, lang: Language, t: Translate): string {
  const s = doc.compute.systems.find((x) => x.id === id);
  if (!s) return t('ops.unknownSystem', { id });
  return lang === 'zh-CN' ? s.nameZh : s.name;
}

function vmTotals(vms: readonly { count: number; vcpu: number; ramGb: number }[]) {
  let count = 0;
  let vcpu = 0;
  let ram = 0;
  for (const v of vms) {
    count += v.count;
    vcpu += v.count * v.vcpu;
    ram += v.count * v.ramGb;
  }
  return { count, vcpu, ram };
}

/** One line saying what the operation does. */
export function operationSummary(doc: Scenario, event: TimelineEvent, lang: Language, t: Translate): string {
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  switch (event.kind) {
    case 'onboard-system': {
      const s = doc.compute.systems.find((x) => x.id === event.systemId);
      const v = vmTotals(s?.vms ?? []);
      return t('ops.sum.onboard', {
        system: systemName(doc, event.systemId, lang, t),
        vms: n(v.count),
        vcpu: n(v.vcpu),
        ram: n(v.ram),
      });
    }
    case 'grow-system': {
      const v = vmTotals(event.vms);
      return t('ops.sum.grow', {
        system: systemName(doc, event.systemId, lang, t),
        vms: n(v.count),
        vcpu: n(v.vcpu),
        ram: n(v.ram),
      });
    }
    case 'decommission-system':
      return t('ops.sum.decommission', { system: systemName(doc, event.systemId, lang, t) });
    case 'migrate-out':
      return t('ops.sum.migrateOut', {
        systems:
          event.systemIds.length === 0
            ? t('ops.wholeEstate')
            : event.systemIds.map((id) => systemName(doc, id, lang, t)).join(lang === 'zh-CN' ? '、' : ', '),
        data: n(event.dataTb, 1),
        rate: n(event.linkMbps),
        leave: event.leaveDate
          ? t('ops.sum.migrateOutLeave', { date: formatDate(event.leaveDate, lang) })
          : '',
      });
    case 'migrate-in':
      return t('ops.sum.migrateIn', {
        system: systemName(doc, event.systemId, lang, t),
        data: n(event.dataTb, 1),
        rate: n(event.linkMbps),
      });
    case 'add-hosts': {
      const vcpu = event.hosts.reduce((s, h) => s + h.vcpu, 0);
      const ram = event.hosts.reduce((s, h) => s + h.ramGb, 0);
      return t('ops.sum.addHosts', { count: formatInteger(event.hosts.length), vcpu: n(vcpu), ram: n(ram) });
    }
    case 'retire-hosts':
      return t('ops.sum.retireHosts', {
        count: formatInteger(event.hostIds.length),
        hosts: event.hostIds.join(', '),
      });
    case 'quota-change': {
      const parts = Object.entries(event.quotas).map(([k, v]) => {
        const key = k as keyof typeof QUOTA_NAME;
        return `${t(QUOTA_NAME[key])} ${n(v ?? 0, 1)} ${t(QUOTA_UNIT[key])}`;
      });
      return t('ops.sum.quotaChange', { quotas: parts.join(lang === 'zh-CN' ? '，' : ', ') });
    }
    case 'price-change':
      return t('ops.sum.priceChange', {
        items: event.itemIds
          ? t('ops.sum.someItems', { count: formatInteger(event.itemIds.length) })
          : t('ops.sum.allItems'),
        factor: event.factor,
      });
    case 'exit-notice':
      return t('ops.sum.exit', { date: formatDate(event.exitDate, lang) });
    case 'renew-term':
      return t('ops.sum.renew', {
        months: formatInteger(event.months),
        total: formatCny(event.totalInclVatCny),
      });
  }
}

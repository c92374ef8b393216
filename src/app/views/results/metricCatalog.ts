/**
 * How each monthly series the models produce is shown: its name and unit in both languages, the
 * decimals, and the results section it belongs to. A series a run produces that is not listed here
 * is still shown (under "other series", with its raw name and unit): what is present is shown,
 * nothing is invented.
 */
import type { Language } from '../../i18n/language.ts';

export type MetricGroup = 'capacity' | 'placement' | 'reliability';

export interface MetricDisplay {
  metric: string;
  group: MetricGroup;
  zh: string;
  en: string;
  unitZh: string;
  unitEn: string;
  decimals: number;
  /** Values are fractions shown as percentages. */
  percent?: boolean;
  /**
   * The contract quota drawn as a line when the quota table judges another series of the same
   * resource (a link's peak is drawn against the line's capacity; the table judges its p95).
   */
  lineQuota?: string;
}

function m(
  metric: string,
  group: MetricGroup,
  zh: string,
  en: string,
  unitZh: string,
  unitEn: string,
  decimals = 0,
  percent = false,
): MetricDisplay {
  return { metric, group, zh, en, unitZh, unitEn, decimals, percent };
}

export const METRIC_CATALOG: readonly MetricDisplay[] = [
  m('vcpuDemand', 'capacity', 'vCPU 需求（月峰值）', 'vCPU demand (monthly peak)', 'vCPU', 'vCPU'),
  m('ramGbDemand', 'capacity', '内存需求（月峰值）', 'RAM demand (monthly peak)', 'GB', 'GB'),
  m('vmCountDemand', 'capacity', '虚拟机数量', 'VM count', '台', 'VMs'),
  m('diskTbDemand', 'capacity', '云硬盘', 'VM disk', 'TB', 'TB', 1),
  m(
    'storageUsedTb',
    'capacity',
    '存储用量（主+备份+日志）',
    'Storage used (primary + backup + logs)',
    'TB',
    'TB',
    1,
  ),
  m(
    'egressP95Mbps',
    'capacity',
    '互联网出口（月95百分位）',
    'Internet egress, monthly 95th percentile',
    'Mbit/s',
    'Mbit/s',
  ),
  {
    ...m('egressPeakMbps', 'capacity', '互联网出口峰值', 'Internet egress peak', 'Mbit/s', 'Mbit/s'),
    lineQuota: 'egressMbps',
  },
  m(
    'serverToServerP95Mbps',
    'capacity',
    '服务器间带宽（月95百分位）',
    'Server-to-server, monthly 95th percentile',
    'Mbit/s',
    'Mbit/s',
  ),
  {
    ...m(
      'serverToServerPeakMbps',
      'capacity',
      '服务器间带宽峰值',
      'Server-to-server peak',
      'Mbit/s',
      'Mbit/s',
    ),
    lineQuota: 'serverToServerMbps',
  },
  m('smsSent', 'capacity', '短信（每月）', 'SMS per month', '条', 'messages'),
  m('smsYearToDate', 'capacity', '短信（合同年累计）', 'SMS, running contract-year total', '条', 'messages'),
  m(
    'dbPeakLoadOfOneNode',
    'capacity',
    '数据库峰值负载 ÷ 单节点',
    'DB peak load ÷ one node',
    '倍',
    '× one node',
    2,
  ),
  m('vcpuAllocated', 'placement', '已分配 vCPU（月末）', 'vCPU allocated (month end)', 'vCPU', 'vCPU'),
  m(
    'headroomVms',
    'placement',
    '还能再放的虚拟机（按所选规格，保留 HA 预留）',
    'VMs of the chosen size that still fit (HA reserve kept)',
    '台',
    'VMs',
  ),
  m('strandedVcpu', 'placement', '碎片化闲置 vCPU', 'Stranded vCPU', 'vCPU', 'vCPU'),
  m('strandedRamGb', 'placement', '碎片化闲置内存', 'Stranded RAM', 'GB', 'GB'),
  m('haHeadroomOk', 'placement', 'HA 余量充足的比例', 'HA headroom OK', '%', '%', 0, true),
  m('pendingRequests', 'placement', '待放置请求', 'Pending placement requests', '个', 'requests'),
  m('rejectedRequests', 'placement', '被拒绝请求', 'Rejected requests', '个', 'requests'),
  m(
    'serviceAvailability',
    'reliability',
    '服务可用性（第2.2.4条，各部分之积）',
    'Service availability (clause 2.2.4, product of the parts)',
    '%',
    '%',
    3,
    true,
  ),
  m('dbAvailability', 'reliability', '数据库可用性', 'DB availability', '%', '%', 3, true),
  m(
    'computeAvailability',
    'reliability',
    '计算可用性（虚拟机）',
    'Compute availability (VMs)',
    '%',
    '%',
    3,
    true,
  ),
  m(
    'egressAvailability',
    'reliability',
    '出口可用性（已承载流量占比）',
    'Egress availability (share of traffic carried)',
    '%',
    '%',
    3,
    true,
  ),
  m('dbDowntimeMinutes', 'reliability', '数据库停机时间', 'DB downtime', '分钟', 'minutes', 1),
  m('dbAllDownMinutes', 'reliability', '数据库全部节点宕机时间', 'DB with no node up', '分钟', 'minutes', 1),
  m('dbFailovers', 'reliability', '数据库主备切换次数', 'DB failovers', '次', 'failovers', 2),
  m(
    'dbHoursSingleNode',
    'reliability',
    '数据库单节点运行时间',
    'DB hours on a single node',
    '小时',
    'hours',
    1,
  ),
  m('dbArrayUsedTb', 'reliability', '数据库磁盘阵列用量', 'DB disk array used', 'TB', 'TB', 2),
  m('hostFailures', 'reliability', '物理机故障次数', 'Host failures', '次', 'failures', 2),
  m('vmRestarts', 'reliability', '虚拟机 HA 重启次数', 'VM restarts by HA', '次', 'restarts', 1),
  m('hostDowntimeHours', 'reliability', '物理机停机时间', 'Host downtime', '小时', 'hours', 1),
  m(
    'vmDowntimeHours',
    'reliability',
    '虚拟机因物理机故障停机',
    'VM downtime from host failures',
    '小时',
    'VM-hours',
    1,
  ),
  m('smsDelayMeanSeconds', 'reliability', '短信平均排队等待', 'SMS mean queueing wait', '秒', 'seconds', 2),
  m(
    'smsWaitProbability',
    'reliability',
    '短信需要排队的比例',
    'SMS share that waited at all',
    '%',
    '%',
    1,
    true,
  ),
  m('smsDelayP50Seconds', 'reliability', '短信排队延迟 P50', 'SMS queueing delay P50', '秒', 'seconds', 1),
  m('smsDelayP95Seconds', 'reliability', '短信排队延迟 P95', 'SMS queueing delay P95', '秒', 'seconds', 1),
  m(
    'smsDelayMaxSeconds',
    'reliability',
    '短信最长排队延迟',
    'SMS longest queueing delay',
    '秒',
    'seconds',
    1,
  ),
  m('smsDelayedMessages', 'reliability', '超过延迟目标的短信', 'SMS over the delay target', '条', 'messages'),
];

const BY_NAME = new Map(METRIC_CATALOG.map((d) => [d.metric, d]));

export function metricDisplay(metric: string): MetricDisplay | undefined {
  return BY_NAME.get(metric);
}

export function metricName(d: MetricDisplay, lang: Language): string {
  return lang === 'zh-CN' ? d.zh : d.en;
}

export function metricUnit(d: MetricDisplay, lang: Language): string {
  return lang === 'zh-CN' ? d.unitZh : d.unitEn;
}

/**
 * Series the run produced that the catalog does not describe, shown as-is. Per-host series
 * (`hostVcpuShare:<hostId>`) are left out: the placement heatmap shows them.
 */
export function uncataloguedMetrics(metrics: Record<string, { unit: string }>): string[] {
  return Object.keys(metrics)
    .filter((name) => !BY_NAME.has(name) && !name.includes(':'))
    .sort();
}

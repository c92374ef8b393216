/**
 * How each monthly series the models produce is shown: its name, unit and a note in both languages,
 * the results section it belongs to, and whether it is a main chart or a rarely needed one (folded
 * under "more series" in its section). The note is the chart's caption: it says what the title does
 * not (how the value is measured). Series of metricCatalogExtra.ts (the rarely needed ones) are merged in.
 *
 * A series a run produces that no entry describes is still shown, folded, under its raw name; a test
 * runs every built-in scenario and fails on such a series, so a model that adds one adds its entry here.
 */

import { type UnitId, unitLabel } from '../../format/units.ts';
import type { Language } from '../../i18n/language.ts';
import { RARE_METRICS } from './metricCatalogExtra.ts';

export type MetricGroup = 'capacity' | 'placement' | 'reliability' | 'migration';

export interface MetricDisplay {
  metric: string;
  group: MetricGroup;
  zh: string;
  en: string;
  unit: UnitId;
  /** What the chart shows beyond its title: how the value is measured. */
  noteZh: string;
  noteEn: string;
  /** Values are fractions shown as percentages. */
  percent?: boolean;
  /** Rarely needed: folded under "more series" in its section. */
  rare?: boolean;
  /**
   * The contract quota drawn as a line when the quota table judges another series of the same
   * resource (a link's peak is drawn against the line's capacity; the table judges its p95).
   */
  lineQuota?: string;
}

type Entry = Omit<MetricDisplay, 'metric' | 'group'>;

function group(g: MetricGroup, entries: Record<string, Entry>): MetricDisplay[] {
  return Object.entries(entries).map(([metric, e]) => ({ metric, group: g, ...e }));
}

const MAIN: readonly MetricDisplay[] = [
  ...group('capacity', {
    vcpuDemand: {
      zh: 'vCPU 需求',
      en: 'vCPU demand',
      unit: 'vcpu',
      noteZh: '每月内的峰值：在用虚拟机（已放置或排队中）请求的 vCPU 之和。',
      noteEn: 'Peak within each month of the vCPU asked for by live VMs, placed or waiting.',
    },
    ramGbDemand: {
      zh: '内存需求',
      en: 'RAM demand',
      unit: 'ramGb',
      noteZh: '每月内的峰值：在用虚拟机请求的内存之和。',
      noteEn: 'Peak within each month of the RAM asked for by live VMs.',
    },
    vmCountDemand: {
      zh: '虚拟机数量',
      en: 'VM count',
      unit: 'vms',
      noteZh: '每月内在用虚拟机台数的峰值（含排队等待放置的）。',
      noteEn: 'Peak number of live VMs within each month, including those waiting to be placed.',
    },
    diskTbDemand: {
      zh: '云硬盘需求',
      en: 'VM disk demand',
      unit: 'tb',
      noteZh: '每月内在用虚拟机磁盘容量之和的峰值。',
      noteEn: 'Peak within each month of the disk asked for by live VMs.',
    },
    storageUsedTb: {
      zh: '存储用量（主+备份+日志）',
      en: 'Storage used (primary + backup + logs)',
      unit: 'tb',
      noteZh: '每月最满一天的用量：主数据、按保留策略计的备份，以及至少保留 180 天的安全日志。',
      noteEn:
        "The month's fullest day: primary data, backups under the retention policy, and security logs kept 180 days or more.",
    },
    egressP95Mbps: {
      zh: '互联网出口（月 95 百分位）',
      en: 'Internet egress, monthly 95th percentile',
      unit: 'mbps',
      noteZh: '每月 5 分钟流量样本的第 95 百分位：带宽按此规划和计费，配额也按此判断。',
      noteEn:
        "The month's 95th percentile of 5-minute traffic: what bandwidth is planned and billed by, and what the quota is judged on.",
    },
    egressPeakMbps: {
      zh: '互联网出口峰值',
      en: 'Internet egress peak',
      unit: 'mbps',
      noteZh: '每月最高的需求（含 DDoS 清洗后的残余流量）：高于线路的部分排队或丢弃，不计为超配额。',
      noteEn:
        "The month's highest demand (incl. what is left of DDoS after scrubbing): above the line it queues or is dropped, not counted as a quota breach.",
      lineQuota: 'egressMbps',
    },
    serverToServerP95Mbps: {
      zh: '服务器间带宽（月 95 百分位）',
      en: 'Server-to-server, monthly 95th percentile',
      unit: 'mbps',
      noteZh: '每月流量样本的第 95 百分位（含夜间备份流量）：配额按此判断。',
      noteEn:
        "The month's 95th percentile of traffic, nightly backups included: what the quota is judged on.",
    },
    serverToServerPeakMbps: {
      zh: '服务器间带宽峰值',
      en: 'Server-to-server peak',
      unit: 'mbps',
      noteZh: '每月最高的需求；高于线路的部分会变慢。',
      noteEn: "The month's highest demand; above the line, traffic slows down.",
      lineQuota: 'serverToServerMbps',
    },
    smsSent: {
      zh: '每月短信量',
      en: 'SMS sent per month',
      unit: 'messages',
      noteZh: '各类短信按季节性和截止日高峰分摊到每月。',
      noteEn: 'All categories, spread over the months by their seasonality and deadline-day peaks.',
    },
    smsYearToDate: {
      zh: '短信合同年累计',
      en: 'SMS, running contract-year total',
      unit: 'messages',
      noteZh: '从合同年第一个月起累计，每满 12 个月清零；年度配额按此判断。',
      noteEn:
        'Summed from the first month of each contract year, reset every 12 months: what the yearly quota is judged on.',
    },
    dbPeakLoadOfOneNode: {
      zh: '数据库高峰负载（占单节点容量）',
      en: 'DB peak load, share of one node',
      unit: 'percent',
      percent: true,
      noteZh: '每月最忙一小时占用的核数除以一台节点的核数；超过 100% 表示一台节点故障后另一台扛不住。',
      noteEn:
        "Cores busy in the month's busiest hour ÷ one node's cores; above 100 % a lone survivor could not carry the load.",
    },
  }),
  ...group('placement', {
    vcpuAllocated: {
      zh: '已分配 vCPU（月末）',
      en: 'vCPU allocated (month end)',
      unit: 'vcpu',
      noteZh: '月末已放置到主机上的虚拟机的 vCPU 之和；按分配量计费的项目以此为准。',
      noteEn: 'vCPU of the VMs placed on hosts at the month end: what allocation-based billing counts.',
    },
    headroomVms: {
      zh: '还能再放的虚拟机',
      en: 'VMs that still fit',
      unit: 'vms',
      noteZh: '月末还能再放多少台所选规格的虚拟机，同时保留 HA 预留和合同的虚拟机上限。',
      noteEn:
        'How many more VMs of the chosen size fit at the month end, keeping the HA reserve and the contract’s VM limit.',
    },
    strandedVcpu: {
      zh: '碎片化闲置 vCPU',
      en: 'Stranded vCPU',
      unit: 'vcpu',
      noteZh: '月末有虚拟机在排队、却因分散在各主机上而用不上的空闲 vCPU。',
      noteEn: 'Free vCPU at the month end that no waiting VM can use because it is scattered across hosts.',
    },
    strandedRamGb: {
      zh: '碎片化闲置内存',
      en: 'Stranded RAM',
      unit: 'ramGb',
      noteZh: '同上，按内存计。',
      noteEn: 'The same for RAM.',
    },
    haHeadroomOk: {
      zh: 'HA 余量充足的运行占比',
      en: 'Runs with enough HA headroom',
      unit: 'percent',
      percent: true,
      noteZh: '月末时任意一台主机（即最大的一台）故障后其虚拟机都能在其余主机重启的运行所占比例。',
      noteEn:
        'Share of runs in which, at the month end, any one host (so the largest) could fail and all its VMs restart on the others.',
    },
    pendingRequests: {
      zh: '排队待放置的虚拟机',
      en: 'VMs waiting for a host',
      unit: 'requests',
      noteZh: '月末仍在等待容量或等待 HA 重启的虚拟机台数。',
      noteEn: 'VMs still waiting at the month end, for capacity or for their HA restart.',
    },
    rejectedRequests: {
      zh: '首次请求被拒的虚拟机',
      en: 'VM requests refused at first',
      unit: 'requests',
      noteZh: '当月首次请求就放不下的新虚拟机台数（之后它们排队等待）。',
      noteEn: 'New VMs refused at their first attempt in the month (they then wait).',
    },
  }),
  ...group('reliability', {
    serviceAvailability: {
      zh: '服务可用性（第 2.2.4 条）',
      en: 'Service availability (clause 2.2.4)',
      unit: 'percentFine',
      percent: true,
      noteZh: '计入的各部分（数据库、计算、出口）可用性之积；故障扣款按当期最差月份查表。',
      noteEn:
        'The product of the counted parts (DB, compute, egress); the fault discount looks up the period’s worst month.',
    },
    dbAvailability: {
      zh: '数据库可用性',
      en: 'DB availability',
      unit: 'percentFine',
      percent: true,
      noteZh: '1 − 当月停机分钟 ÷ 当月总分钟；故障扣款（合同第 2.2.4 条）按此计算。',
      noteEn:
        "1 − the month's downtime ÷ its minutes: what the fault discount (clause 2.2.4) is computed from.",
    },
    computeAvailability: {
      zh: '计算可用性（虚拟机）',
      en: 'Compute availability (VMs)',
      unit: 'percentFine',
      percent: true,
      noteZh: '1 − 虚拟机因物理机故障停机的小时数 ÷ 在用虚拟机的总小时数。',
      noteEn: '1 − VM-hours down after host failures ÷ VM-hours in service.',
    },
    egressAvailability: {
      zh: '出口可用性（已承载流量占比）',
      en: 'Egress availability (traffic carried)',
      unit: 'percentFine',
      percent: true,
      noteZh: '当月互联网出口实际承载的流量占需求的比例。',
      noteEn: "Share of the month's internet egress demand the line carried.",
    },
    dbDowntimeMinutes: {
      zh: '数据库停机时间',
      en: 'DB downtime',
      unit: 'minutes',
      noteZh: '主备切换窗口与全部节点宕机的时间之和。',
      noteEn: 'Failover windows and time with every node down, together.',
    },
    dbFailovers: {
      zh: '数据库主备切换',
      en: 'DB failovers',
      unit: 'events',
      noteZh: '当月发生的切换次数（多数运行为 0，带状区显示少数运行的情况）。',
      noteEn: 'Failovers begun in the month (0 in most runs; the band shows the few that had one).',
    },
    dbHoursSingleNode: {
      zh: '数据库单节点运行时间',
      en: 'DB hours on a single node',
      unit: 'hours',
      noteZh: '只有一台节点在线的小时数：这段时间再坏一台就停机。',
      noteEn: 'Hours with only one node up: one more failure then stops the service.',
    },
    dbArrayUsedTb: {
      zh: '数据库磁盘阵列用量',
      en: 'DB disk array used',
      unit: 'tbFine',
      noteZh: '月末外置阵列上的数据量；虚线为阵列容量。',
      noteEn: 'Data on the external array at the month end.',
    },
    hostFailures: {
      zh: '物理主机故障',
      en: 'Host failures',
      unit: 'events',
      noteZh: '当月开始的主机故障次数。',
      noteEn: 'Failures of physical hosts that began in the month.',
    },
    vmRestarts: {
      zh: '虚拟机 HA 重启',
      en: 'VM restarts by HA',
      unit: 'vmsFine',
      noteZh: '主机故障后由 HA 在其他主机重启的虚拟机台数。',
      noteEn: 'VMs restarted on other hosts by HA after a host failure.',
    },
    vmDowntimeHours: {
      zh: '虚拟机因物理机故障停机',
      en: 'VM downtime from host failures',
      unit: 'hours',
      noteZh: '所有虚拟机因所在物理机故障而停机的小时数之和（虚拟机·小时）。',
      noteEn: 'Hours each VM was down because its host failed, summed over VMs (VM-hours).',
    },
    hostDowntimeHours: {
      zh: '物理主机停机时间',
      en: 'Host downtime',
      unit: 'hours',
      noteZh: '所有主机当月停机小时数之和。',
      noteEn: 'Hours down in the month, summed over hosts.',
    },
    smsDelayMeanSeconds: {
      zh: '短信平均排队等待',
      en: 'SMS mean queueing wait',
      unit: 'seconds',
      noteZh: '当月所有短信在网关排队等待时间的平均值（不排队的计为 0）。',
      noteEn: "The mean wait at the gateway over the month's messages (those that did not wait count 0).",
    },
    smsWaitProbability: {
      zh: '需要排队的短信比例',
      en: 'SMS share that waited at all',
      unit: 'percent',
      percent: true,
      noteZh: '到达时网关各通道都忙、需要排队的短信所占比例。',
      noteEn: 'Share of messages that found every gateway channel busy and had to wait.',
    },
    smsDelayP95Seconds: {
      zh: '短信排队延迟 P95',
      en: 'SMS queueing delay, P95',
      unit: 'seconds',
      noteZh: '当月 95% 的短信在网关排队不超过这个时间。',
      noteEn: "95% of the month's messages waited at the gateway no longer than this.",
    },
  }),
  ...group('migration', {
    migrationCopyHours: {
      zh: '迁移数据拷贝用时',
      en: 'Migration copy time',
      unit: 'hours',
      noteZh: '当月完成的迁入/迁出数据拷贝所用的小时数（与在线业务共用线路）。',
      noteEn:
        'Hours taken by migration copies that finished in the month, sharing the line with live traffic.',
    },
    bulkCopyHours: {
      zh: '批量拷贝用时',
      en: 'Bulk copy time',
      unit: 'hours',
      noteZh: '当月完成的计划内批量拷贝所用的小时数。',
      noteEn: 'Hours taken by planned bulk copies that finished in the month.',
    },
  }),
];

export const METRIC_CATALOG: readonly MetricDisplay[] = [...MAIN, ...RARE_METRICS];

const BY_NAME = new Map(METRIC_CATALOG.map((d) => [d.metric, d]));

export function metricDisplay(metric: string): MetricDisplay | undefined {
  return BY_NAME.get(metric);
}

export function metricName(d: MetricDisplay, lang: Language): string {
  return lang === 'zh-CN' ? d.zh : d.en;
}

export function metricUnit(d: MetricDisplay, lang: Language): string {
  return unitLabel(d.unit, lang);
}

export function metricNote(d: MetricDisplay, lang: Language): string {
  return lang === 'zh-CN' ? d.noteZh : d.noteEn;
}

/** Series of a section, main or rarely needed. */
export function metricsOf(g: MetricGroup, rare: boolean): MetricDisplay[] {
  return METRIC_CATALOG.filter((d) => d.group === g && (d.rare ?? false) === rare);
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

/**
 * The rarely needed series, named and with units: parts of a total shown elsewhere, counters behind
 * an explanation, and the tails of a distribution whose P95 is already a main chart. Each results
 * section folds them under "more series".
 */
import type { MetricDisplay, MetricGroup } from './metricCatalog.ts';

type Entry = Omit<MetricDisplay, 'metric' | 'group' | 'rare'>;

function rare(g: MetricGroup, entries: Record<string, Entry>): MetricDisplay[] {
  return Object.entries(entries).map(([metric, e]) => ({ metric, group: g, rare: true, ...e }));
}

const REFUSAL_NOTE_ZH = '当月所有被拒的放置尝试中，因该原因被拒的主机数之和（一次尝试可在多台主机上被拒）。';
const REFUSAL_NOTE_EN =
  'Over the month’s refused placement attempts, the hosts refused for this reason (one attempt can be refused on many hosts).';

export const RARE_METRICS: readonly MetricDisplay[] = [
  ...rare('capacity', {
    storagePrimaryTb: {
      zh: '存储：主数据',
      en: 'Storage: primary data',
      unit: 'tb',
      noteZh: '各业务系统的主数据（按增长率增长），是存储用量的一部分。',
      noteEn: 'Primary data of the systems, growing at their rates: part of the storage used.',
    },
    storageBackupTb: {
      zh: '存储：备份',
      en: 'Storage: backups',
      unit: 'tb',
      noteZh: '按全量/增量和保留天数保存的备份，压缩后加上额外开销。',
      noteEn: 'Full and incremental backups kept for the retention period, compressed, plus overhead.',
    },
    storageLogsTb: {
      zh: '存储：安全日志',
      en: 'Storage: security logs',
      unit: 'tbFine',
      noteZh: '安全日志，至少保留 180 天（《网络安全法》第 21 条）。',
      noteEn: 'Security logs, kept at least 180 days (Cybersecurity Law art. 21).',
    },
    ramGbAllocated: {
      zh: '已分配内存（月末）',
      en: 'RAM allocated (month end)',
      unit: 'ramGb',
      noteZh: '月末已放置虚拟机的内存之和。',
      noteEn: 'RAM of the VMs placed at the month end.',
    },
    ramGbUsed: {
      zh: '内存使用量（月末）',
      en: 'RAM in use (month end)',
      unit: 'ramGb',
      noteZh: '目前等于已分配内存（方案中尚无内存利用率）。',
      noteEn: 'Equal to RAM allocated for now (the scenario has no RAM utilisation yet).',
    },
    diskTbAllocated: {
      zh: '已分配云硬盘（月末）',
      en: 'VM disk allocated (month end)',
      unit: 'tb',
      noteZh: '月末已放置虚拟机的磁盘之和。',
      noteEn: 'Disk of the VMs placed at the month end.',
    },
    vmCount: {
      zh: '已放置的虚拟机（月末）',
      en: 'VMs placed (month end)',
      unit: 'vms',
      noteZh: '月末已放置在主机上的虚拟机台数。',
      noteEn: 'VMs placed on hosts at the month end.',
    },
    vcpuUsed: {
      zh: '实际使用的 vCPU（月末）',
      en: 'vCPU busy (month end)',
      unit: 'vcpu',
      noteZh: '已放置的 vCPU × 各系统 CPU 利用率（逐年增长，最高 100%）。',
      noteEn: 'Placed vCPU × each system’s CPU utilisation (growing each year, at most 100 %).',
    },
    egressHoursAbove80: {
      zh: '互联网出口高于 80% 的时间',
      en: 'Internet egress above 80 %',
      unit: 'hours',
      noteZh: '当月需求高于线路容量 80% 的小时数。',
      noteEn: 'Hours in the month with demand above 80 % of the line.',
    },
    egressHoursAbove100: {
      zh: '互联网出口饱和时间',
      en: 'Internet egress saturated',
      unit: 'hours',
      noteZh: '当月需求超过线路容量的小时数。',
      noteEn: 'Hours in the month with demand above the line.',
    },
    egressDemandGb: {
      zh: '互联网出口需求总量',
      en: 'Internet egress demanded',
      unit: 'dataGb',
      noteZh: '当月互联网出口的需求数据量（含未能传输的部分）；出口可用性以此为分母。',
      noteEn:
        "The month's egress data demanded, served or not: what egress availability is measured against.",
    },
    egressUnservedGb: {
      zh: '互联网出口未能传输的数据',
      en: 'Internet egress not served',
      unit: 'dataGb',
      noteZh: '超出线路容量、当时未能传输的数据量。',
      noteEn: 'Data demanded beyond the line, not carried at the time.',
    },
    serverToServerHoursAbove80: {
      zh: '服务器间带宽高于 80% 的时间',
      en: 'Server-to-server above 80 %',
      unit: 'hours',
      noteZh: '当月需求高于线路容量 80% 的小时数。',
      noteEn: 'Hours in the month with demand above 80 % of the line.',
    },
    serverToServerHoursAbove100: {
      zh: '服务器间带宽饱和时间',
      en: 'Server-to-server saturated',
      unit: 'hours',
      noteZh: '当月需求超过线路容量的小时数。',
      noteEn: 'Hours in the month with demand above the line.',
    },
    serverToServerUnservedGb: {
      zh: '服务器间未能传输的数据',
      en: 'Server-to-server not served',
      unit: 'dataGb',
      noteZh: '超出线路容量、当时未能传输的数据量。',
      noteEn: 'Data demanded beyond the line, not carried at the time.',
    },
    ddosPeakBeforeScrubbingMbps: {
      zh: 'DDoS 攻击峰值（清洗前）',
      en: 'DDoS attack peak, before scrubbing',
      unit: 'mbps',
      noteZh: '当月开始的最大一次攻击的流量（多数月份没有攻击，为 0）。',
      noteEn: 'The largest attack begun in the month (0 in most months, which have none).',
    },
    ddosPeakAfterScrubbingMbps: {
      zh: 'DDoS 攻击峰值（清洗后）',
      en: 'DDoS attack peak, after scrubbing',
      unit: 'mbps',
      noteZh: '清洗服务去掉大部分攻击流量后，到达出口线路的部分。',
      noteEn: 'What reaches the egress line after the scrubbing service removes most of the attack.',
    },
    smsPeakHourMessages: {
      zh: '短信最忙一小时',
      en: 'SMS in the busiest hour',
      unit: 'messages',
      noteZh: '当月到达网关最多的一小时的条数。',
      noteEn: 'Messages arriving at the gateway in the month’s busiest hour.',
    },
  }),
  ...rare('placement', {
    refusalsVcpu: {
      zh: '被拒原因：vCPU 不足',
      en: 'Refused for: vCPU',
      unit: 'events',
      noteZh: REFUSAL_NOTE_ZH,
      noteEn: REFUSAL_NOTE_EN,
    },
    refusalsRam: {
      zh: '被拒原因：内存不足',
      en: 'Refused for: RAM',
      unit: 'events',
      noteZh: REFUSAL_NOTE_ZH,
      noteEn: REFUSAL_NOTE_EN,
    },
    refusalsDisk: {
      zh: '被拒原因：磁盘不足',
      en: 'Refused for: disk',
      unit: 'events',
      noteZh: REFUSAL_NOTE_ZH,
      noteEn: REFUSAL_NOTE_EN,
    },
    refusalsVmCount: {
      zh: '被拒原因：达到虚拟机上限',
      en: 'Refused for: the VM limit',
      unit: 'events',
      noteZh: REFUSAL_NOTE_ZH,
      noteEn: REFUSAL_NOTE_EN,
    },
    refusalsAntiAffinity: {
      zh: '被拒原因：反亲和',
      en: 'Refused for: anti-affinity',
      unit: 'events',
      noteZh: REFUSAL_NOTE_ZH,
      noteEn: REFUSAL_NOTE_EN,
    },
    refusalsHaReserve: {
      zh: '被拒原因：HA 预留',
      en: 'Refused for: the HA reserve',
      unit: 'events',
      noteZh: REFUSAL_NOTE_ZH,
      noteEn: REFUSAL_NOTE_EN,
    },
    refusalsHostDown: {
      zh: '被拒原因：主机宕机',
      en: 'Refused for: host down',
      unit: 'events',
      noteZh: REFUSAL_NOTE_ZH,
      noteEn: REFUSAL_NOTE_EN,
    },
    refusalsFragmented: {
      zh: '碎片化造成的拒绝',
      en: 'Refusals due to fragmentation',
      unit: 'events',
      noteZh: '被拒时在线主机的空闲总量其实够用的尝试次数。',
      noteEn: 'Refused attempts where the up hosts had enough free capacity in total.',
    },
  }),
  ...rare('reliability', {
    dbAllDownMinutes: {
      zh: '数据库全部节点宕机时间',
      en: 'DB with no node up',
      unit: 'minutes',
      noteZh: '所有节点同时宕机的分钟数（主备切换窗口不计）。',
      noteEn: 'Minutes with every node down at once (failover windows aside).',
    },
    dbNodeFailures: {
      zh: '数据库节点故障',
      en: 'DB node failures',
      unit: 'events',
      noteZh: '当月开始的节点故障次数。',
      noteEn: 'Node failures begun in the month.',
    },
    dbArrayFull: {
      zh: '数据库阵列已满的运行占比',
      en: 'Runs with the DB array full',
      unit: 'percent',
      percent: true,
      noteZh: '月末阵列用量达到容量的运行所占比例。',
      noteEn: 'Share of runs whose array is full at the month end.',
    },
    smsDelayP50Seconds: {
      zh: '短信排队延迟 P50',
      en: 'SMS queueing delay, P50',
      unit: 'seconds',
      noteZh: '当月一半短信的排队时间不超过这个值。',
      noteEn: "Half of the month's messages waited no longer than this.",
    },
    smsDelayMaxSeconds: {
      zh: '短信最长排队延迟',
      en: 'SMS longest queueing delay',
      unit: 'seconds',
      noteZh: '当月等待最久的一条短信的排队时间。',
      noteEn: "The month's longest wait of one message.",
    },
    smsDelayedMessages: {
      zh: '延迟超过阈值的短信',
      en: 'SMS delayed past the threshold',
      unit: 'messages',
      noteZh: '排队超过“延迟判定阈值”的短信条数。',
      noteEn: 'Messages that waited longer than the delay threshold.',
    },
  }),
];

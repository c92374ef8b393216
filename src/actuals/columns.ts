/**
 * The columns an actuals table may have: one row per calendar month, one column per measured
 * quantity. Any subset of columns (besides `month`) and any subset of months may be given. Headers
 * are matched by key (`vcpu_allocated`) or by either language's label (`已分配 vCPU`), ignoring case,
 * spaces and a trailing unit in brackets, so the English and the Chinese template both read back.
 *
 * Each column says which result series it is carried into as history and how it is calibrated:
 * - 'trend': a level with growth (linear or compound, fitted in fitTrend.ts) and noise around it;
 * - 'rate': a count of events per month (failures), calibrated as a Poisson rate (failureRate.ts);
 * - 'money': what was paid that month, carried as history and never fitted.
 */
import type { ActualsMeasuredKey } from '../scenario/sections/actuals.ts';

export type ActualsColumnKey = ActualsMeasuredKey | 'paid_cny';

export type CalibrationKind = 'trend' | 'rate' | 'money';

export interface ActualsColumn {
  key: ActualsColumnKey;
  en: string;
  zh: string;
  unitEn: string;
  unitZh: string;
  /** How it was measured, for the documentation and the template's notes. */
  whatEn: string;
  whatZh: string;
  calibration: CalibrationKind;
  /** Values must be whole numbers (counts). */
  whole: boolean;
  /** Largest value accepted (the scenario schema's own cap for the same quantity). */
  max: number;
  /**
   * Result series this column is carried into as history (and, for trends, forecast from the as-of
   * month). `db_peak_cores` is divided by the scenario's cores per node on the way.
   */
  metrics: readonly string[];
}

/** The month column every table needs: 'YYYY-MM' (also accepted: 'YYYY/MM', 'YYYY-MM-DD', Excel dates). */
export const MONTH_COLUMN = { key: 'month', en: 'Month', zh: '月份' } as const;

export const ACTUALS_COLUMNS: readonly ActualsColumn[] = [
  {
    key: 'vcpu_allocated',
    en: 'vCPU allocated',
    zh: '已分配 vCPU',
    unitEn: 'vCPU',
    unitZh: 'vCPU',
    whatEn: 'vCPUs allocated to VMs at the month’s busiest point (cloud console)',
    whatZh: '当月分配给虚拟机的 vCPU 峰值（云管平台）',
    calibration: 'trend',
    whole: true,
    max: 100_000,
    metrics: ['vcpuAllocated', 'vcpuDemand'],
  },
  {
    key: 'ram_gb_allocated',
    en: 'RAM allocated',
    zh: '已分配内存',
    unitEn: 'GB',
    unitZh: 'GB',
    whatEn: 'RAM allocated to VMs at the month’s busiest point',
    whatZh: '当月分配给虚拟机的内存峰值',
    calibration: 'trend',
    whole: false,
    max: 1_000_000,
    metrics: ['ramGbAllocated', 'ramGbDemand'],
  },
  {
    key: 'disk_tb_allocated',
    en: 'VM disk allocated',
    zh: '已分配云硬盘',
    unitEn: 'TB',
    unitZh: 'TB',
    whatEn: 'Block storage allocated to VMs',
    whatZh: '分配给虚拟机的云硬盘容量',
    calibration: 'trend',
    whole: false,
    max: 100_000,
    metrics: ['diskTbAllocated', 'diskTbDemand'],
  },
  {
    key: 'vm_count',
    en: 'VM count',
    zh: '虚拟机数量',
    unitEn: 'VMs',
    unitZh: '台',
    whatEn: 'VMs running at the month’s busiest point',
    whatZh: '当月运行的虚拟机数量峰值',
    calibration: 'trend',
    whole: true,
    max: 5_000,
    metrics: ['vmCount', 'vmCountDemand'],
  },
  {
    key: 'storage_primary_tb',
    en: 'Primary storage used',
    zh: '主存储用量',
    unitEn: 'TB',
    unitZh: 'TB',
    whatEn: 'Primary data stored at month end, without the security logs the scenario models',
    whatZh: '月末主数据存储用量（不含场景另行模拟的安全日志）',
    calibration: 'trend',
    whole: false,
    max: 100_000,
    metrics: ['storagePrimaryTb'],
  },
  {
    key: 'storage_backup_tb',
    en: 'Backup storage used',
    zh: '备份存储用量',
    unitEn: 'TB',
    unitZh: 'TB',
    whatEn: 'Backup sets stored at month end',
    whatZh: '月末备份数据存储用量',
    calibration: 'trend',
    whole: false,
    max: 100_000,
    metrics: ['storageBackupTb'],
  },
  {
    key: 'egress_p95_mbps',
    en: 'Internet egress, 95th percentile',
    zh: '互联网出口 95 百分位',
    unitEn: 'Mbit/s',
    unitZh: 'Mbit/s',
    whatEn: 'The month’s 95th percentile of 5-minute egress rates (the billing measure)',
    whatZh: '当月 5 分钟出口速率的 95 百分位（计费口径）',
    calibration: 'trend',
    whole: false,
    max: 1_000_000,
    metrics: ['egressP95Mbps'],
  },
  {
    key: 'egress_peak_mbps',
    en: 'Internet egress, peak',
    zh: '互联网出口峰值',
    unitEn: 'Mbit/s',
    unitZh: 'Mbit/s',
    whatEn: 'The month’s highest 5-minute egress rate',
    whatZh: '当月最高的 5 分钟出口速率',
    calibration: 'trend',
    whole: false,
    max: 10_000_000,
    metrics: ['egressPeakMbps'],
  },
  {
    key: 's2s_p95_mbps',
    en: 'Server-to-server, 95th percentile',
    zh: '服务器间带宽 95 百分位',
    unitEn: 'Mbit/s',
    unitZh: 'Mbit/s',
    whatEn: 'The month’s 95th percentile of 5-minute server-to-server rates',
    whatZh: '当月 5 分钟服务器间速率的 95 百分位',
    calibration: 'trend',
    whole: false,
    max: 1_000_000,
    metrics: ['serverToServerP95Mbps'],
  },
  {
    key: 's2s_peak_mbps',
    en: 'Server-to-server, peak',
    zh: '服务器间带宽峰值',
    unitEn: 'Mbit/s',
    unitZh: 'Mbit/s',
    whatEn: 'The month’s highest 5-minute server-to-server rate',
    whatZh: '当月最高的 5 分钟服务器间速率',
    calibration: 'trend',
    whole: false,
    max: 10_000_000,
    metrics: ['serverToServerPeakMbps'],
  },
  {
    key: 'sms_sent',
    en: 'SMS sent',
    zh: '短信发送量',
    unitEn: 'messages',
    unitZh: '条',
    whatEn: 'Messages sent in the month (gateway statistics)',
    whatZh: '当月发送的短信条数（短信网关统计）',
    calibration: 'trend',
    whole: true,
    max: 100_000_000,
    metrics: ['smsSent'],
  },
  {
    key: 'db_peak_cores',
    en: 'DB peak load',
    zh: '数据库峰值负载',
    unitEn: 'cores',
    unitZh: '核',
    whatEn: 'CPU cores busy at the month’s busiest hour, all DB work together',
    whatZh: '当月最忙时段数据库占用的 CPU 核数（全部负载合计）',
    calibration: 'trend',
    whole: false,
    max: 100_000,
    metrics: ['dbPeakLoadOfOneNode'],
  },
  {
    key: 'host_failures',
    en: 'Host failures',
    zh: '物理机故障次数',
    unitEn: 'failures',
    unitZh: '次',
    whatEn: 'Physical hosts of the compute pool that failed in the month',
    whatZh: '当月计算资源池物理机故障次数',
    calibration: 'rate',
    whole: true,
    max: 10_000,
    metrics: ['hostFailures'],
  },
  {
    key: 'db_failures',
    en: 'DB node failures',
    zh: '数据库节点故障次数',
    unitEn: 'failures',
    unitZh: '次',
    whatEn: 'Database node failures in the month',
    whatZh: '当月数据库节点故障次数',
    calibration: 'rate',
    whole: true,
    max: 10_000,
    metrics: ['dbNodeFailures'],
  },
  {
    key: 'paid_cny',
    en: 'Paid',
    zh: '已付金额',
    unitEn: 'CNY incl. VAT',
    unitZh: '元，含税',
    whatEn:
      'Paid in the month (a monthly bill or an installment), to the fen; leave a month blank while it is not paid',
    whatZh: '当月支付的金额（月度账单或分期款），精确到分；尚未支付的月份留空',
    calibration: 'money',
    whole: false,
    max: 999_999_999_999.99,
    metrics: [],
  },
];

export const TREND_COLUMN_KEYS = ACTUALS_COLUMNS.filter((c) => c.calibration === 'trend').map(
  (c) => c.key,
) as ActualsColumnKey[];

export const MEASURED_COLUMN_KEYS = ACTUALS_COLUMNS.filter((c) => c.calibration !== 'money').map(
  (c) => c.key,
) as ActualsColumnKey[];

const BY_KEY = new Map(ACTUALS_COLUMNS.map((c) => [c.key, c]));

export function actualsColumn(key: ActualsColumnKey): ActualsColumn {
  return BY_KEY.get(key)!;
}

/** A header as compared: lower case, no spaces or underscores, no trailing "(unit)" / "（单位）". */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .replace(/[(（][^()（）]*[)）]\s*$/u, '')
    .toLowerCase()
    .replace(/[\s_\-·]+/gu, '');
}

const HEADER_INDEX = new Map<string, ActualsColumnKey | 'month'>();
for (const name of [MONTH_COLUMN.key, MONTH_COLUMN.en, MONTH_COLUMN.zh])
  HEADER_INDEX.set(normalizeHeader(name), 'month');
for (const c of ACTUALS_COLUMNS) {
  for (const name of [c.key, c.en, c.zh]) HEADER_INDEX.set(normalizeHeader(name), c.key);
}

/** The column a header names, or undefined when it names none. */
export function columnForHeader(header: string): ActualsColumnKey | 'month' | undefined {
  return HEADER_INDEX.get(normalizeHeader(header));
}

/** A header in the template: the key (English) or the Chinese label, each with its unit. */
export function templateHeader(key: ActualsColumnKey | 'month', lang: 'en' | 'zh'): string {
  if (key === 'month') return lang === 'zh' ? `${MONTH_COLUMN.zh}（YYYY-MM）` : 'month (YYYY-MM)';
  const c = actualsColumn(key);
  return lang === 'zh' ? `${c.zh}（${c.unitZh}）` : `${c.key} (${c.unitEn})`;
}

/**
 * The default price catalog: public list-price proxies (VAT included) from
 * ../shared/research/domain-parameters.md §2, quantities = the signed contract's quotas, and the
 * calibration factor that makes those quantities over 36 months cost exactly ¥5,767,200.00
 * (computed by calibrationFactorFor in src/contract/priceCatalog.ts; test/scenario/priceCatalog.test.ts
 * checks it). Items marked ESTIMATE have no public price.
 */
import type { PriceCatalog, PriceCatalogItem } from './priceCatalog.ts';

export const CATALOG_NOTE =
  'Unit prices are public list-price proxies (China Telecom 天翼云, Tencent, JD Cloud; domain-parameters.md §2), ' +
  'VAT included, scaled by one calibration factor so that the contracted resources over the 36-month term cost ' +
  'exactly the contract total of ¥5,767,200.00. The Henan standard 豫财办〔2021〕5号 that the contract settles by is ' +
  'not public; replace these prices when it is. 单价为公开目录价代理值（含税），按统一校准系数缩放，使合同资源36个月合计恰为合同总价。';

const S21 =
  'domain-parameters.md §2.1: 天翼云 ECS s8e list price (ctyun.cn/pricing/ecs, via GitHub compilations)';
const S26 = 'domain-parameters.md §2.6: 天翼云 security list (ctyun.cn/document/10076018/10108243)';
const S26E =
  'domain-parameters.md §2.6: no public price found; ESTIMATE 2,000 元/month per appliance, like the priced ones';

export const DEFAULT_CATALOG_ITEMS: PriceCatalogItem[] = [
  {
    id: 'vcpu',
    labelZh: '虚拟CPU',
    labelEn: 'Virtual CPU',
    unit: 'vCPU·month',
    billingBasis: 'allocated',
    quotaKey: 'vcpu',
    contractedQuantity: 494,
    listPriceCny: '46',
    source: S21,
  },
  {
    id: 'ram',
    labelZh: '内存',
    labelEn: 'Memory',
    unit: 'GB·month',
    billingBasis: 'allocated',
    quotaKey: 'ramGb',
    contractedQuantity: 1048,
    listPriceCny: '17',
    source: S21,
  },
  {
    id: 'disk',
    labelZh: '云硬盘（高IO）',
    labelEn: 'Block disk (SAS, high IO)',
    unit: 'TB·month',
    billingBasis: 'allocated',
    quotaKey: 'diskTb',
    contractedQuantity: 64,
    listPriceCny: '409.6',
    source: 'domain-parameters.md §2.2: 天翼云 高IO disk 0.40 元/GB·month × 1024',
  },
  {
    id: 'storage',
    labelZh: '存储（主存储+备份）',
    labelEn: 'Storage (primary + backup)',
    unit: 'TB·month',
    billingBasis: 'used',
    quotaKey: 'storageTb',
    contractedQuantity: 54,
    listPriceCny: '102.4',
    source: 'domain-parameters.md §2.3: 天翼云 CBR backup vault 0.10 元/GB·month × 1024',
  },
  {
    id: 'egress',
    labelZh: '互联网出口带宽',
    labelEn: 'Internet egress bandwidth',
    unit: 'Mbps·month',
    billingBasis: 'contracted',
    quotaKey: 'egressMbps',
    contractedQuantity: 1000,
    listPriceCny: '36',
    source: 'domain-parameters.md §2.4: 天翼云 EIP 36 元/Mbps·month above 5 Mbps',
  },
  {
    id: 'server-to-server',
    labelZh: '服务器间带宽',
    labelEn: 'Server-to-server bandwidth',
    unit: 'Mbps·month',
    billingBasis: 'contracted',
    quotaKey: 'serverToServerMbps',
    contractedQuantity: 200,
    listPriceCny: '0',
    source: 'domain-parameters.md §2.4: no public price; usually bundled in the VPC (ESTIMATE 0)',
  },
  {
    id: 'sms',
    labelZh: '短信',
    labelEn: 'SMS',
    unit: 'message',
    billingBasis: 'per-message',
    quotaKey: 'smsPerYear',
    contractedQuantity: 1_500_000,
    listPriceCny: '0.04',
    source: 'domain-parameters.md §2.7: Tencent SMS 100k package 0.040 元/message',
  },
  {
    id: 'db-server',
    labelZh: '数据库物理服务器',
    labelEn: 'Database physical server',
    unit: 'server·month',
    billingBasis: 'fixed-monthly',
    quotaKey: 'dbNodes',
    contractedQuantity: 2,
    listPriceCny: '5000',
    source: 'domain-parameters.md §2.5: JD Cloud physical server 4,400–8,600 元/month, midpoint ESTIMATE',
  },
  {
    id: 'db-array',
    labelZh: '数据库外置磁盘阵列（2TB）',
    labelEn: 'Database external disk array (2 TB)',
    unit: 'array·month',
    billingBasis: 'fixed-monthly',
    contractedQuantity: 1,
    listPriceCny: '819.2',
    source: 'domain-parameters.md §2.2: priced as 2 TB of 高IO disk (ESTIMATE)',
  },
  {
    id: 'firewall',
    labelZh: '防火墙（冗余）',
    labelEn: 'Firewall (redundant pair)',
    unit: 'unit·month',
    billingBasis: 'fixed-monthly',
    contractedQuantity: 2,
    listPriceCny: '1879',
    source: `${S26}, 1 Gbps`,
  },
  {
    id: 'waf',
    labelZh: 'Web应用防火墙',
    labelEn: 'Web application firewall',
    unit: 'unit·month',
    billingBasis: 'fixed-monthly',
    contractedQuantity: 1,
    listPriceCny: '3880',
    source: `${S26}, SaaS 3000 QPS`,
  },
  {
    id: 'bastion',
    labelZh: '堡垒机',
    labelEn: 'Bastion host',
    unit: 'unit·month',
    billingBasis: 'fixed-monthly',
    contractedQuantity: 1,
    listPriceCny: '2600',
    source: `${S26}, 50 assets`,
  },
  {
    id: 'log-audit',
    labelZh: '日志审计',
    labelEn: 'Log audit',
    unit: 'unit·month',
    billingBasis: 'fixed-monthly',
    contractedQuantity: 1,
    listPriceCny: '3219',
    source: `${S26}, 50 log sources`,
  },
  {
    id: 'gatekeeper',
    labelZh: '网闸',
    labelEn: 'Gatekeeper',
    unit: 'unit·month',
    billingBasis: 'fixed-monthly',
    contractedQuantity: 1,
    listPriceCny: '2000',
    source: S26E,
  },
  {
    id: 'ips',
    labelZh: '入侵防御（IPS）',
    labelEn: 'Intrusion prevention (IPS)',
    unit: 'unit·month',
    billingBasis: 'fixed-monthly',
    contractedQuantity: 1,
    listPriceCny: '2000',
    source: S26E,
  },
  {
    id: 'av-gateway',
    labelZh: '防病毒网关',
    labelEn: 'Anti-virus gateway',
    unit: 'unit·month',
    billingBasis: 'fixed-monthly',
    contractedQuantity: 1,
    listPriceCny: '2000',
    source: S26E,
  },
  {
    id: 'ddos-scrubbing',
    labelZh: 'DDoS流量清洗',
    labelEn: 'DDoS scrubbing',
    unit: 'service·month',
    billingBasis: 'fixed-monthly',
    contractedQuantity: 1,
    listPriceCny: '2000',
    source: S26E,
  },
  {
    id: 'traffic-monitoring',
    labelZh: '流量监测',
    labelEn: 'Traffic monitoring',
    unit: 'unit·month',
    billingBasis: 'fixed-monthly',
    contractedQuantity: 1,
    listPriceCny: '2000',
    source: S26E,
  },
];

/** 5,767,200 ÷ (36 × the items' monthly list total), to 12 decimals. */
export const BASELINE_CALIBRATION_FACTOR = '1.085658598999';

export const DEFAULT_PRICE_CATALOG: PriceCatalog = {
  calibrationFactor: BASELINE_CALIBRATION_FACTOR,
  note: CATALOG_NOTE,
  items: DEFAULT_CATALOG_ITEMS,
};

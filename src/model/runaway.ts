/**
 * When a replication is stopped by a budget (too many events, too much time) or produces money the
 * planner cannot add up, the user gets one sentence in both languages saying which model ran away,
 * where in the term, and which fields to change. Pure: the runner says what happened (which owner,
 * how many events, how long), this module knows what each model's cost depends on.
 */
export interface ModelAdvice {
  en: string;
  zh: string;
  /** Fields whose values drive the model's events (failures, arrivals). */
  eventFields: readonly string[];
  /** Fields whose values drive the model's work per month (sizes, counts, windows). */
  workFields: readonly string[];
}

/** What each installed model's cost depends on, by the owner name runReplication gives it. */
export const MODEL_ADVICE: Readonly<Record<string, ModelAdvice>> = {
  compute: {
    en: 'the compute model (VM placement, host failures)',
    zh: '计算资源模型（虚拟机放置、主机故障）',
    eventFields: ['compute.hostFailure', 'compute.hostRepair', 'compute.hosts'],
    workFields: ['compute.hosts', 'compute.systems', 'contract.quotas.vmCount'],
  },
  database: {
    en: 'the database model (node failures and failovers)',
    zh: '数据库集群模型（节点故障与切换）',
    eventFields: ['database.nodeFailure', 'database.nodeRepair', 'database.nodes'],
    workFields: ['database.nodes'],
  },
  storage: {
    en: 'the storage model (growth and backups)',
    zh: '存储模型（增长与备份）',
    eventFields: [],
    workFields: ['storage.systems', 'storage.backup.retentionDays', 'storage.backup.fullEveryDays'],
  },
  network: {
    en: 'the bandwidth model (copies and DDoS attacks)',
    zh: '带宽模型（数据拷贝与DDoS攻击）',
    eventFields: [],
    workFields: ['network.events', 'network.ddos.eventsPerYear', 'network.ddos.meanDurationMinutes'],
  },
  sms: {
    en: 'the SMS model (daily volumes and the gateway)',
    zh: '短信模型（每日发送量与网关）',
    eventFields: [],
    workFields: ['sms.categories'],
  },
};

function adviceFor(owner: string): ModelAdvice {
  return (
    MODEL_ADVICE[owner] ?? {
      en: `the ${owner} model`,
      zh: `${owner}模型`,
      eventFields: [],
      workFields: [],
    }
  );
}

/** Events by one model above which a time stop is blamed on its events too. */
const BUSY_EVENTS = 10_000;

export interface RunawayDetails {
  replication: number;
  /** 'YYYY-MM-DD HH:MM' of the simulated moment the run stopped at. */
  when: string;
}

/**
 * The message for a replication stopped by its event or time budget: English, then Chinese, each one
 * sentence naming the model and the fields to change.
 */
export function describeBudgetStop(
  stop: { kind: 'events' | 'time'; owner: string; ownerEvents: number },
  details: RunawayDetails & { limitText: { en: string; zh: string } },
): string {
  const advice = adviceFor(stop.owner);
  // Time spent on many events (a failure storm) is about the event fields too.
  const fields =
    stop.kind === 'events'
      ? advice.eventFields
      : stop.ownerEvents >= BUSY_EVENTS
        ? [...new Set([...advice.eventFields, ...advice.workFields])]
        : advice.workFields;
  const list = (fields.length > 0 ? fields : [...advice.eventFields, ...advice.workFields]).join(', ');
  const en =
    `Replication ${details.replication} was stopped at ${details.when} of simulated time: ` +
    `${details.limitText.en}, most of it in ${advice.en}.` +
    (list ? ` Make it lighter by changing ${list}.` : '');
  const zh =
    `编号为${details.replication}的重复运行在模拟时间${details.when}被停止：${details.limitText.zh}，` +
    `主要消耗在${advice.zh}。` +
    (list ? `请调整 ${list}。` : '');
  return `${en}\n${zh}`;
}

/** Fields that drive the billed quantity of a catalog item, by what it bills. */
function quantityFields(item: { billingBasis: string; quotaKey?: string }, index: number): string[] {
  if (item.billingBasis === 'contracted' || item.billingBasis === 'fixed-monthly')
    return [`contract.priceCatalog.items[${index}].contractedQuantity`];
  switch (item.quotaKey) {
    case 'storageTb':
      return ['storage.systems[].growth.ratePerYear', 'storage.growthRateCv', 'storage.backup.retentionDays'];
    case 'smsPerYear':
      return ['sms.categories[].messagesPerYear'];
    case 'egressMbps':
      return ['network.egress.peakMbps'];
    case 'serverToServerMbps':
      return ['network.serverToServer.peakMbps'];
    default:
      return ['compute.hosts', 'compute.overcommit'];
  }
}

export interface MoneyOverflow {
  replication: number;
  /** 'YYYY-MM' of the month whose amount is beyond the limit, or null for a total. */
  month: string | null;
  amount: string;
  limit: string;
  /** The catalog item with the largest amount that month: id, English label, its place, quantity and unit price. */
  item: {
    id: string;
    labelEn: string;
    labelZh: string;
    index: number;
    billingBasis: string;
    quotaKey?: string;
    unit: string;
    quantity: number;
    unitPriceCny: number;
  } | null;
}

function formatBig(n: number): string {
  return Math.abs(n) >= 1e12 ? n.toExponential(2) : Math.round(n).toLocaleString('en-US');
}

/** The message for a replication whose bill cannot be represented: both languages, the item and its fields. */
export function describeMoneyOverflow(o: MoneyOverflow): string {
  const where = o.month ? `in ${o.month}` : 'over the term';
  const whereZh = o.month ? `${o.month}` : '整个合同期';
  const amount = /^-?\d+\.\d{2}$/.test(o.amount) ? `¥${formatBig(Number(o.amount))}` : o.amount;
  const limit = `¥${formatBig(Number(o.limit))}`;
  const fields = o.item
    ? [
        'contract.priceCatalog.calibrationFactor',
        `contract.priceCatalog.items[${o.item.index}].listPriceCny`,
        ...quantityFields(o.item, o.item.index),
      ]
    : ['contract.priceCatalog.calibrationFactor', 'contract.priceCatalog.items'];
  const itemEn = o.item
    ? ` The largest line is ${o.item.labelEn}: ${formatBig(o.item.quantity)} ${o.item.unit} at ¥${o.item.unitPriceCny.toPrecision(4)}.`
    : '';
  const itemZh = o.item
    ? `最大的一项是${o.item.labelZh}：${formatBig(o.item.quantity)} ${o.item.unit}，单价¥${o.item.unitPriceCny.toPrecision(4)}。`
    : '';
  const en =
    `Replication ${o.replication} was stopped: its bill reaches ${amount} ${where}, beyond the ${limit} ` +
    `the planner can add up to the fen.${itemEn} Check ${fields.join(', ')}.`;
  const zh = `编号为${o.replication}的重复运行被停止：${whereZh}的费用达到${amount}，超出可精确到分计算的${limit}。${itemZh}请检查 ${fields.join(', ')}。`;
  return `${en}\n${zh}`;
}

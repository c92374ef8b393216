/** Chinese messages of the model-fidelity features (money before/after the fault discount, service availability). */
export const zhModels = {
  'money.billBand': '每月账单：故障扣减前与扣减后（P5–P95）',
  'money.billBandCaption':
    '含税。“扣减后”为实际支付金额：每月分摊其所属分期按合同第2.2.4条扣减的金额，各月之和等于合同期总额。阴影为 P5–P95，实线为中位数；两线重合处表示中位数月份没有扣减。',
  'money.seriesAfterDiscount': '故障扣减后（实付）',
  'money.seriesBeforeDiscount': '故障扣减前',
  'faultx.title': '服务可用性与故障扣减（合同第2.2.4条）',
  'faultx.clause':
    '合同第2.2.4条：“如系统发生故障影响使用并造成重大影响的，要根据实际情况进行打折支付。”合同没有给出具体比例，下面的扣减表是本规划工具的假设，可在方案中修改。',
  'faultx.rule':
    '本工具的规则：每月的服务可用性 = 所计入各部分可用性的乘积（计入：{parts}）；每期付款按该期最差一个月的服务可用性，在扣减表中取其达到的最高一档的扣减率。',
  'faultx.part.database': '数据库集群',
  'faultx.part.compute': '计算（物理机与虚拟机 HA 重启）',
  'faultx.part.egress': '互联网出口',
  'faultx.measure.database':
    '1 − 按会话加权的中断分钟数 ÷ 当月分钟数（主备切换窗口按受影响会话比例计，全部节点宕机按 100% 计）',
  'faultx.measure.compute':
    '1 − 因物理机故障而停止服务的虚拟机分钟数（HA 重启延迟及其后等待资源的时间）÷ 虚拟机总分钟数',
  'faultx.measure.egress': '1 − 出口未能承载的流量 ÷ 提供给出口的流量',
  'faultx.notCounted': '本方案不计入',
  'faultx.tableCaption': '扣减表（方案中设定）',
  'faultx.worstMonth': '本期最差月服务可用性',
  'faultx.discountRate': '扣减率',
  'faultx.runCaption': '本次运行：合同期内最差月的可用性',
  'faultx.part': '部分',
  'faultx.service': '服务可用性（乘积）',
  'faultx.worstMedian': '中位数（P50）',
  'faultx.worstCautious': '谨慎（P5）',
  'faultx.expected': '合同期内故障扣减合计的平均值：{amount}（已从各期付款中扣除，见上方每月账单“扣减后”）。',
  'faultx.assumption':
    '可用性来自模拟的故障与修复：数据库节点故障与切换、物理机故障与虚拟机重启、出口拥塞及 DDoS 残余流量。计划内维护不计入（合同第3.2.5条要求维护期间服务不中断）。',
} as const;

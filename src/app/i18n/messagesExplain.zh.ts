/** Simplified Chinese messages of the explanations (issue 9): reasons, headroom, breaches, money lines. */
export const zhExplain = {
  'reading.likely': '最可能，P50',
  'reading.cautious': '审慎，P95',
  'reading.cautiousLow': '审慎，P5：95% 的运行至少有这么多',
  'reading.shown': '当前读数：{reading}',
  'reading.switchHint': '切换后，所有结论、首次突破月份、余量和金额都按同一读数显示。',

  'reason.vcpu': 'vCPU 不足',
  'reason.ram': '内存不足',
  'reason.disk': '磁盘不足',
  'reason.vm-count': '达到虚拟机数量上限',
  'reason.anti-affinity': '反亲和（HA 成对虚拟机不能同机）',
  'reason.ha-reserve': '需保留 HA 预留容量',
  'reason.host-down': '主机宕机',
  'refusal.title': '虚拟机为什么放不下',
  'refusal.none': '{runs} 次运行中，没有任何虚拟机请求被拒绝。',
  'refusal.headline':
    '首次拒绝最常出现在{month}（占全部运行的 {share}）；{runs} 次运行中有 {withRefusal} 次至少被拒绝一次。',
  'refusal.reasons': '拦下它的原因：{list}。',
  'refusal.reasonItem': '{reason}（{runs} 次运行）',
  'refusal.reasonItemEvery': '{reason}（{runs} 次运行，其中 {every} 次在每台主机上都如此）',
  'refusal.typicalFragmented':
    '典型请求为 {vcpu} vCPU / {ram} GB，而资源池总共还空闲 {freeVcpu} vCPU、{freeRam} GB：{share} 的情况下总量够用，是碎片化造成的，不是资源不足。',
  'refusal.typicalShort':
    '典型请求为 {vcpu} vCPU / {ram} GB，资源池总共只空闲 {freeVcpu} vCPU、{freeRam} GB：{share} 的情况下总量本身就不够。',
  'refusal.neverEvery': '没有哪一项限制在每台主机上都成立：各台主机分别被不同的限制挡住。',
  'refusal.quotaRowSome':
    '被拒绝的虚拟机：在 {withRefusal} 次有拒绝的运行中，{runs} 次首次拒绝由部分主机“{reason}”造成（其余主机被其他限制挡住）。',
  'refusal.examples': '各次运行中的首次拒绝（逐台主机）',
  'refusal.example':
    '运行 #{run}，{month}：{system} 的一台{kind}虚拟机（{vcpu} vCPU / {ram} GB / {disk} GB）被拒绝——{hosts}。{up} 台在线主机共空闲 {freeVcpu} vCPU、{freeRam} GB{capacity}。',
  'refusal.kind.new': '新建',
  'refusal.kind.restart': 'HA 重启',
  'refusal.onHosts': '{n}/{up} 台主机{reason}',
  'refusal.onEveryHost': '所有 {up} 台主机{reason}',
  'refusal.poolHad': '，总量够用（碎片化）',
  'refusal.poolShort': '，总量也不够',
  'refusal.tooBig': '，且该虚拟机比任何一台主机都大',
  'refusal.bindingEvery': '每台主机：{reasons}',
  'refusal.bindingMost': '最多主机：{reasons}',
  'refusal.quotaRow':
    '被拒绝的虚拟机：在 {withRefusal} 次有拒绝的运行中，{runs} 次首次拒绝由“{reason}”造成（其中 {every} 次在每台主机上都如此）。',

  'headroom.title': '还能放下多少',
  'headroom.month': '月份',
  'headroom.vms': '{month}末：保留 N+{k} 的 HA 预留后，还能再放 {n} 台 {shape} 的虚拟机（{reading}）。',
  'headroom.shape': '{vcpu} vCPU / {ram} GB 内存 / {disk} GB 磁盘',
  'headroom.storage': '存储：{limit} TB 中还剩 {left} TB（已用 {used} TB，{reading}）。',
  'headroom.storageOver': '存储：已超出 {limit} TB 配额 {over} TB（已用 {used} TB，{reading}）。',
  'headroom.egress':
    '互联网出口：按 P95 峰值计还有 {left} Mbit/s 余量（{limit} Mbit/s 中用到 {p95}，{reading}）。',
  'headroom.egressOver': '互联网出口：P95 峰值已超出 {limit} Mbit/s 配额 {over} Mbit/s（{reading}）。',
  'headroom.sms':
    '短信：本合同年还剩 {left} 条（到本合同年第 {months} 个月末已发 {ytd} 条，{reading}）；按目前速度，全年约 {projected} 条，{verdict}。',
  'headroom.smsUnder': '比 {limit} 条的配额少 {amount} 条',
  'headroom.smsOver': '超出 {limit} 条的配额 {amount} 条',
  'headroom.smsPace': '“按目前速度”= 本合同年已发条数 ÷ 已过月数 × 12（未计季节性）。',
  'headroom.noSeries': '本次运行没有记录余量序列。',
  'headroom.shapeLegend': '按此规格计算“还能放几台”',
  'headroom.ramUnit': 'GB 内存',
  'headroom.diskUnit': 'GB 磁盘',
  'headroom.shapeHint': '修改会重新运行模拟。',
  'heatmap.title': '{month}末各主机的使用率（{reading}）',
  'heatmap.caption': '每台主机已分配 ÷ 容量，按所选读数取各次运行的分位数；每格都印有百分比。',

  'breach.explain': '查看{quota}首次突破的由来',
  'breach.title': '{quota}：首次突破月份是怎么得出的',
  'breach.sentence':
    '{metric}在{month}超过 {limit} {unit} 的配额（{reading}）：当月为 {value} {unit}；到那时已有 {prob} 的运行发生突破。',
  'breach.never':
    '{metric}到合同期末都在 {limit} {unit} 的配额以内（{reading}；峰值 {peak} {unit}）；到期末共有 {prob} 的运行发生突破。',
  'breach.rule': '读数规则：“最可能”取已突破概率首次达到 50% 的月份，“审慎”取首次达到 5% 的月份。',
  'breach.mode': '最可能的首次突破月份：{month}（{share} 的运行）。',
  'breach.bandTitle': '{metric}与配额（{month}已标出）',
  'breach.probTitle': '各月首次突破的运行数',
  'breach.close': '关闭说明',

  'costx.open': '查看第 {n} 期付款的构成',
  'costx.title': '第 {n} 期付款（{due} 到期）{amount} 是怎么算出来的',
  'costx.run':
    '取运行 #{run}——按总费用排序的{which}运行（{reading}）；它的合同期总额 {total} 与上方显示的{pct}总额相同。',
  'costx.which.likely': '中位数',
  'costx.which.cautious': 'P95 分位',
  'costx.item': '项目',
  'costx.quantity': '数量（{months} 个月合计）',
  'costx.unitPrice': '单价',
  'costx.exact': '数量 × 单价',
  'costx.amount': '金额（逐月取整到分）',
  'costx.varies': '期内有调价',
  'costx.linesSum': '各项合计',
  'costx.rounding': '取整：逐月累计取整到分，合计与精确乘积相差 {diff}。',
  'costx.discount':
    '故障扣减（合同第2.2.4条）：本期服务最差月可用性 {worst}，对应扣减表“≥ {row}”一行，扣减率 {rate}：{before} × {rate} = {discount}。',
  'costx.discountNoAvailability':
    '故障扣减（合同第2.2.4条）：扣减率 {rate}：{before} × {rate} = {discount}。',
  'costx.gross': '本期应付 = {before} − {discount} = {gross}',
  'costx.vat': '增值税（{rate}，合同期税额按金额分摊到各期）：不含税 {net} + 税额 {vat} = {gross}',
  'costx.check': '核对：各项合计 {lines} − 扣减 {discount} = {gross} = 表中显示的金额 {ok}',
  'costx.months': '本期各月（点击查看当月明细）',
  'costx.monthTitle': '{month}：{amount} = 当月各项合计',
  'costx.monthCheck': '核对：当月各项合计 {lines} = {amount} {ok}',
  'costx.discountShort': '故障扣减（本运行）',
  'costx.vatShort': '增值税（本运行）',
  'costx.close': '关闭说明',

  'money.verdictReading':
    '合同期总支出（{reading}）：{amount}（P5–P95：{p5} – {p95}），合同总额 {contract}；超出合同总额的概率：{exceed}。',
  'money.explainedRun': '运行 #{run} 的金额（{reading}）',
  'money.explainHint': '点击金额查看它的构成：数量 × 单价、故障扣减、增值税，以及合计核对。',
  'money.bandP50': '本期 P50',
  'quotaTable.firstBreachAt': '首次突破（{level}）',
  'quotaTable.breachNote':
    '首次突破月份：“最可能”为已突破概率达到 50% 的月份，“审慎”为达到 5% 的月份；点击月份查看由来。',

  'report.explanations': '数字是怎么算出来的',
  'report.breaches': '首次突破的由来',
} as const;

/** Chinese messages of the model-fidelity features (money before/after the fault discount, service availability). */
export const zhModels = {
  'money.billBand': '每月账单：故障扣减前与扣减后（P5–P95）',
  'money.billBandCaption':
    '含税。“扣减后”为实际支付金额：每月分摊其所属分期按合同第2.2.4条扣减的金额，各月之和等于合同期总额。阴影为 P5–P95，实线为中位数。',
  'money.seriesAfterDiscount': '故障扣减后（实付）',
  'money.seriesBeforeDiscount': '故障扣减前',
} as const;

/** English messages of the model-fidelity features (money before/after the fault discount, service availability). */
import type { zhModels } from './messagesModels.zh.ts';

export const enModels: Record<keyof typeof zhModels, string> = {
  'money.billBand': 'Monthly bill before and after the fault discount (P5–P95)',
  'money.billBandCaption':
    'Incl. VAT. "After the fault discount" is what is paid: each month carries its share of its installment’s clause 2.2.4 discount, and these months add up to the term total. Bands P5–P95, lines the median; where the lines coincide the median month had no discount.',
  'money.seriesAfterDiscount': 'After fault discount (paid)',
  'money.seriesBeforeDiscount': 'Before fault discount',
  'faultx.title': 'Service availability and the fault discount (clause 2.2.4)',
  'faultx.clause':
    'Clause 2.2.4: “如系统发生故障影响使用并造成重大影响的，要根据实际情况进行打折支付” — a fault that affects use with a major impact reduces the payment. The contract gives no rates: the table below is this planner’s assumption, editable in the scenario.',
  'faultx.rule':
    'The rule applied here: each month’s service availability = the product of the counted parts’ availabilities (counted: {parts}); each installment is discounted at the highest row of the table that its period’s worst month reaches.',
  'faultx.part.database': 'Database cluster',
  'faultx.part.compute': 'Compute (hosts and VM HA restarts)',
  'faultx.part.egress': 'Internet egress',
  'faultx.measure.database':
    '1 − session-weighted minutes lost ÷ the month’s minutes (a failover window counts the share of sessions it interrupts, all nodes down counts fully)',
  'faultx.measure.compute':
    '1 − VM-minutes out of service because their host failed (the HA restart delay and any wait for capacity after it) ÷ all VM-minutes',
  'faultx.measure.egress': '1 − traffic the internet line could not carry ÷ traffic offered to it',
  'faultx.notCounted': 'not counted in this scenario',
  'faultx.tableCaption': 'Discount table (set in the scenario)',
  'faultx.worstMonth': 'Worst monthly service availability of the period',
  'faultx.discountRate': 'Discount rate',
  'faultx.runCaption': 'This run: the term’s worst month',
  'faultx.part': 'Part',
  'faultx.service': 'Service availability (product)',
  'faultx.worstMedian': 'Median (P50)',
  'faultx.worstCautious': 'Cautious (P5)',
  'faultx.expected':
    'Fault discounts over the term, mean: {amount} (already taken off the installments; see the monthly bill “after fault discount”).',
  'faultx.assumption':
    'Availability comes from the simulated faults and repairs: DB node failures and failovers, host failures and VM restarts, a congested line and DDoS residue. Planned maintenance is not counted (clause 3.2.5: service must not stop during it).',
};

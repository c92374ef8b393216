/** English messages of the explanations: the same keys and placeholders as messagesExplain.zh.ts. */
import type { zhExplain } from './messagesExplain.zh.ts';

export const enExplain: Record<keyof typeof zhExplain, string> = {
  'reading.likely': 'likely, P50',
  'reading.cautious': 'cautious, P95',
  'reading.cautiousLow': 'cautious, P5: 95% of runs have at least this',
  'reading.shown': 'Shown: {reading}',
  'reading.switchHint': 'Every headline, breach month, headroom and money figure follows this reading.',

  'reason.vcpu': 'vCPU',
  'reason.ram': 'RAM',
  'reason.disk': 'disk',
  'reason.vm-count': 'the VM limit',
  'reason.anti-affinity': 'anti-affinity (HA pair on separate hosts)',
  'reason.ha-reserve': 'the HA reserve',
  'reason.host-down': 'host down',
  'refusal.title': 'Why VMs did not fit',
  'refusal.none': 'No VM request was refused in any of the {runs} runs.',
  'refusal.headline':
    'The first refusal is in {month} in {share} of runs ({withRefusal} of {runs} runs have at least one).',
  'refusal.reasons': 'What stopped it: {list}.',
  'refusal.reasonItem': '{reason} in {runs} runs',
  'refusal.reasonItemEvery': '{reason} in {runs} runs ({every} of them on every host)',
  'refusal.typicalFragmented':
    'The typical request was {vcpu} vCPU / {ram} GB with {freeVcpu} vCPU and {freeRam} GB free in total: the pool had the room in total in {share} of these runs — fragmentation, not a shortage.',
  'refusal.typicalShort':
    'The typical request was {vcpu} vCPU / {ram} GB with only {freeVcpu} vCPU and {freeRam} GB free in total: the pool was short in total in {share} of these runs.',
  'refusal.neverEvery':
    'No single limit applied on every host: each host was stopped by one limit or another.',
  'refusal.quotaRowSome':
    'Refused VMs: {reason} stopped the first refusal in {runs} of the {withRefusal} runs that had one, on some hosts (other hosts were stopped by other limits).',
  'refusal.examples': 'First refusals of single runs, host by host',
  'refusal.example':
    'Run #{run}, {month}: a {kind} VM of {system} ({vcpu} vCPU / {ram} GB / {disk} GB) was refused — {hosts}. Free on the {up} up hosts: {freeVcpu} vCPU, {freeRam} GB{capacity}.',
  'refusal.kind.new': 'new',
  'refusal.kind.restart': 'HA-restart',
  'refusal.onHosts': '{reason} on {n} of {up} hosts',
  'refusal.onEveryHost': '{reason} on every one of the {up} hosts',
  'refusal.poolHad': ', enough in total (fragmentation)',
  'refusal.poolShort': ', not enough in total',
  'refusal.tooBig': ', and the VM is larger than any host',
  'refusal.bindingEvery': 'on every host: {reasons}',
  'refusal.bindingMost': 'on the most hosts: {reasons}',
  'refusal.quotaRow':
    'Refused VMs: {reason} stopped the first refusal in {runs} of the {withRefusal} runs that had one ({every} of them on every host).',

  'headroom.title': 'How much more fits',
  'headroom.month': 'Month',
  'headroom.vms':
    'At the end of {month}: {n} more VMs of {shape} fit while keeping the N+{k} HA reserve ({reading}).',
  'headroom.shape': '{vcpu} vCPU / {ram} GB / {disk} GB',
  'headroom.storage': 'Storage: {left} TB left of {limit} TB ({used} TB used, {reading}).',
  'headroom.storageOver': 'Storage: {over} TB over the {limit} TB quota ({used} TB used, {reading}).',
  'headroom.egress':
    'Internet egress: {left} Mbit/s of headroom at the P95 peak ({p95} of {limit} Mbit/s, {reading}).',
  'headroom.egressOver':
    'Internet egress: the P95 peak is {over} Mbit/s over the {limit} Mbit/s quota ({reading}).',
  'headroom.sms':
    'SMS: {left} messages left this contract year ({ytd} sent by the end of its month {months} of 12, {reading}); at this pace the year ends at {projected}, {verdict}.',
  'headroom.smsUnder': '{amount} under the {limit} quota',
  'headroom.smsOver': '{amount} over the {limit} quota',
  'headroom.smsPace':
    '“At this pace” = messages sent so far this contract year ÷ months elapsed × 12 (seasonality not included).',
  'headroom.noSeries': 'This run did not record the headroom series.',
  'headroom.shapeLegend': 'VM size counted in “how many more fit”',
  'headroom.ramUnit': 'GB RAM',
  'headroom.diskUnit': 'GB disk',
  'headroom.shapeHint': 'Changing it re-runs the simulation.',
  'heatmap.title': 'Host use at the end of {month} ({reading})',
  'heatmap.caption':
    'Allocated ÷ capacity per host, read at the chosen percentile across runs; each cell prints its percentage.',

  'breach.explain': 'Explain the first breach of {quota}',
  'breach.title': '{quota}: how the first-breach month was read',
  'breach.sentence':
    '{metric} crosses the {limit} {unit} quota in {month} ({reading}): {value} {unit} that month; {prob} of runs have breached by then.',
  'breach.never':
    '{metric} stays within the {limit} {unit} quota to the end of the term ({reading}; peak {peak} {unit}); {prob} of runs breach by the end.',
  'breach.rule':
    'How the month is read: likely = the first month by which 50% of runs have breached; cautious = the first month by which 5% have.',
  'breach.mode': 'Most likely first month: {month} ({share} of runs).',
  'breach.bandTitle': '{metric} against the quota ({month} marked)',
  'breach.probTitle': 'Runs breaching for the first time, by month',
  'breach.close': 'Close the explanation',

  'costx.open': 'Explain installment {n}',
  'costx.title': 'Installment {n} (due {due}): how {amount} is made up',
  'costx.run':
    'Run #{run}, the {which} run by total cost ({reading}); its term total {total} equals the {pct} total shown above.',
  'costx.which.likely': 'median',
  'costx.which.cautious': 'P95',
  'costx.item': 'Item',
  'costx.quantity': 'Quantity ({months}-month period)',
  'costx.unitPrice': 'Unit price',
  'costx.exact': 'Quantity × unit price',
  'costx.amount': 'Amount (each month to the fen)',
  'costx.varies': 'changed in the period',
  'costx.linesSum': 'Σ lines',
  'costx.rounding':
    'Rounding: months are rounded to the fen cumulatively; Σ amounts − Σ exact products = {diff}.',
  'costx.discount':
    'Fault discount (合同第2.2.4条, clause 2.2.4): the worst monthly service availability in the period was {worst}, which is the table row “≥ {row}”, rate {rate}: {before} × {rate} = {discount}.',
  'costx.discountNoAvailability':
    'Fault discount (合同第2.2.4条, clause 2.2.4): rate {rate}: {before} × {rate} = {discount}.',
  'costx.gross': 'Installment = {before} − {discount} = {gross}',
  'costx.vat':
    'VAT ({rate}; the term’s VAT is spread over the installments by amount): net {net} + VAT {vat} = {gross}',
  'costx.check': 'Check: Σ lines {lines} − discount {discount} = {gross} = the amount shown {ok}',
  'costx.months': 'Months of the period (click one for its lines)',
  'costx.monthTitle': '{month}: {amount} = Σ of its lines',
  'costx.monthCheck': 'Check: Σ lines {lines} = {amount} {ok}',
  'costx.discountShort': 'Discount (this run)',
  'costx.vatShort': 'VAT (this run)',
  'costx.close': 'Close the explanation',

  'money.verdictReading':
    'Spend over the term, {reading}: {amount} (P5–P95: {p5} – {p95}) against the contract total {contract}; chance of exceeding it: {exceed}.',
  'money.explainedRun': 'Run #{run} ({reading})',
  'money.explainHint':
    'Click an amount to see how it is made up: quantity × unit price, fault discount, VAT, and the sum check.',
  'money.bandP50': 'This installment’s P50',
  'quotaTable.firstBreachAt': 'First breach ({level})',
  'quotaTable.breachNote':
    'First-breach month: likely = when 50% of runs have breached, cautious = when 5% have. Click a month to see how it was read.',

  'report.explanations': 'How the figures were computed',
  'report.breaches': 'How the first breaches were read',
};

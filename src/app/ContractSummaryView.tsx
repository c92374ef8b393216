import type { ContractSummaryResult } from '../runner/contractApi.ts';
import { formatCny, formatInteger } from './format/cny.ts';

const QUOTA_LABELS: Record<string, { label: string; unit: string }> = {
  vcpu: { label: 'vCPU 虚拟CPU', unit: 'vCPU' },
  ramGb: { label: 'RAM 内存', unit: 'GB' },
  diskTb: { label: 'Disk 磁盘', unit: 'TB' },
  vmCount: { label: 'VMs 虚拟机', unit: 'VMs max' },
  storageTb: { label: 'Storage 存储 (primary + backup)', unit: 'TB' },
  egressMbps: { label: 'Internet egress 互联网带宽', unit: 'Mbit/s' },
  serverToServerMbps: { label: 'Server-to-server 服务器间带宽', unit: 'Mbit/s' },
  smsPerYear: { label: 'SMS 短信', unit: 'messages/year' },
  dbNodes: { label: 'Database cluster 数据库集群', unit: 'nodes' },
};

export function ContractSummaryView({ result }: { result: ContractSummaryResult }) {
  const s = result.summary;
  return (
    <section
      aria-label="Contract summary"
      data-computed-in={result.computedIn}
      data-testid="contract-summary"
    >
      <h2>Contract 合同</h2>
      <dl className="facts">
        <dt>Term 服务期</dt>
        <dd>
          {s.startDate} – {s.endDate} ({s.months} months)
        </dd>
        <dt>Total incl. VAT 含税总价</dt>
        <dd data-testid="total">{formatCny(s.totalInclVatCny)}</dd>
        <dt>Excl. VAT 不含税</dt>
        <dd>{formatCny(s.totalExVatCny)}</dd>
        <dt>VAT {Number(s.vatRate) * 100}% 增值税</dt>
        <dd data-testid="vat">{formatCny(s.vatCny)}</dd>
        <dt>Monthly run rate 月均</dt>
        <dd>{formatCny(s.monthlyRunRateCny)}</dd>
      </dl>

      <h2>Quotas 配额</h2>
      <table className="quotas">
        <thead>
          <tr>
            <th scope="col">Resource</th>
            <th scope="col">Contracted</th>
            <th scope="col">Unit</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(s.quotas).map(([key, value]) => (
            <tr key={key}>
              <td>{QUOTA_LABELS[key]?.label ?? key}</td>
              <td className="num">{formatInteger(value)}</td>
              <td>{QUOTA_LABELS[key]?.unit ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Installments 分期付款</h2>
      <table className="installments" data-testid="installments">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Due 付款期</th>
            <th scope="col">Months settled</th>
            <th scope="col">Excl. VAT</th>
            <th scope="col">VAT</th>
            <th scope="col">Amount incl. VAT</th>
          </tr>
        </thead>
        <tbody>
          {s.installments.map((i) => (
            <tr key={i.number}>
              <td>{i.number}</td>
              <td>{i.dueDate}</td>
              <td>
                {i.firstMonth}–{i.lastMonth}
              </td>
              <td className="num">{formatCny(i.netCny)}</td>
              <td className="num">{formatCny(i.vatCny)}</td>
              <td className="num" data-testid="installment-amount">
                {formatCny(i.grossCny)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Sum 合计
            </th>
            <td className="num">{formatCny(s.totalExVatCny)}</td>
            <td className="num">{formatCny(s.vatCny)}</td>
            <td className="num">{formatCny(s.totalInclVatCny)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="note">
        Computed in a Web Worker ({result.computedIn}) with decimal.js, to the fen. The contract settles per
        actual use; at the contracted run rate each half-year installment settles six months.
      </p>
    </section>
  );
}

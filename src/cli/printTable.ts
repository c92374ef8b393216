import type { RunSummary } from '../results/types.ts';
import type { Scenario } from '../scenario/schema.ts';

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  return abs >= 1000 ? Math.round(n).toLocaleString('en-US') : abs >= 10 ? n.toFixed(1) : n.toFixed(3);
}

function cny(amount: string): string {
  const [whole, fen] = amount.split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fen}`;
}

/** A readable summary for the terminal: quota risks, then money. */
export function printRunTable(scenario: Scenario, summary: RunSummary, write: (line: string) => void): void {
  write(`${scenario.name} (${scenario.id}) · seed ${summary.seed} · ${summary.replications} replications`);
  write(`inputs ${summary.inputsHash} · ${summary.monthLabels[0]} … ${summary.monthLabels.at(-1)}`);
  write('');
  const head = ['quota', 'limit', 'peak p50', 'peak p95', 'P(breach)', 'first breach (mode)'];
  const widths = [20, 12, 12, 12, 10, 20];
  write(head.map((h, i) => pad(h, widths[i], i > 0 && i < 5)).join(' '));
  for (const q of summary.quotas) {
    const p = q.breachProbabilityByMonth.at(-1) ?? 0;
    const month =
      q.mostLikelyFirstBreachMonth === null ? '—' : summary.monthLabels[q.mostLikelyFirstBreachMonth];
    const cells = [
      `${q.quota} (${q.unit})`,
      fmt(q.limit),
      fmt(q.peakP50),
      fmt(q.peakP95),
      `${(p * 100).toFixed(1)}%`,
      month,
    ];
    write(cells.map((c, i) => pad(c, widths[i], i > 0 && i < 5)).join(' '));
  }
  const cost = summary.cost;
  if (cost) {
    write('');
    write(
      `total cost incl. VAT: p50 ${cny(cost.total.p50)} (p5 ${cny(cost.total.p5)} – p95 ${cny(cost.total.p95)})`,
    );
    write(
      `contract total ${cny(scenario.contract.totalInclVatCny)}; P(exceeded) ${(cost.exceedProbability * 100).toFixed(1)}%`,
    );
    scenario.contract.installmentDueDates.forEach((due, i) => {
      write(`  installment ${i + 1} due ${due}: p50 ${cny(cost.installments.gross.p50[i])}`);
    });
  }
}

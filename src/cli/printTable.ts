import { breachByEnd } from '../app/components/quotaRisk.ts';
import { formatCny } from '../app/format/cny.ts';
import { formatPercent } from '../app/format/numbers.ts';
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

/**
 * Money and probabilities are written by the app's own formatters (English), so the terminal and the
 * page show the same figures character for character for the same summary (an e2e journey checks).
 */
const cny = formatCny;
const percent = (p: number) => formatPercent(p, 'en');

/** A readable summary for the terminal: quota risks, then money. */
export function printRunTable(scenario: Scenario, summary: RunSummary, write: (line: string) => void): void {
  write(`${scenario.name} (${scenario.id}) · seed ${summary.seed} · ${summary.replications} replications`);
  write(`inputs ${summary.inputsHash} · ${summary.monthLabels[0]} … ${summary.monthLabels.at(-1)}`);
  write('');
  const head = ['quota', 'limit', 'peak p50', 'peak p95', 'P(breach)', 'first breach (mode)'];
  const widths = [20, 12, 12, 12, 10, 20];
  write(head.map((h, i) => pad(h, widths[i], i > 0 && i < 5)).join(' '));
  for (const q of summary.quotas) {
    const p = breachByEnd(q);
    const month =
      q.mostLikelyFirstBreachMonth === null ? '—' : summary.monthLabels[q.mostLikelyFirstBreachMonth];
    const cells = [`${q.quota} (${q.unit})`, fmt(q.limit), fmt(q.peakP50), fmt(q.peakP95), percent(p), month];
    write(cells.map((c, i) => pad(c, widths[i], i > 0 && i < 5)).join(' '));
  }
  const cost = summary.cost;
  if (cost) {
    write('');
    write(
      `total cost incl. VAT: p50 ${cny(cost.total.p50)} (p5 ${cny(cost.total.p5)} – p95 ${cny(cost.total.p95)})`,
    );
    const terms = summary.lifecycle?.terms ?? [];
    if (terms.length > 1) {
      terms.forEach((term, k) => {
        const spend = cost.terms?.[k]?.total;
        write(
          `  term ${k + 1} ${term.startDate} – ${term.endDate}: contract ${cny(term.totalInclVatCny)}` +
            (spend ? `; spend p50 ${cny(spend.p50)} (p5 ${cny(spend.p5)} – p95 ${cny(spend.p95)})` : ''),
        );
      });
    }
    write(
      terms.length > 1
        ? `P(cumulative spend passes the totals of the terms so far) ${percent(cost.exceedProbability)}`
        : `contract total ${cny(scenario.contract.totalInclVatCny)}; P(exceeded) ${percent(cost.exceedProbability)}`,
    );
    // The installments the run settled: over every term, a final settlement in place of those due after an exit.
    const installments =
      summary.lifecycle?.installments ??
      scenario.contract.installmentDueDates.map((dueDate, i) => ({
        number: i + 1,
        dueDate,
        finalSettlement: false,
      }));
    installments.forEach((inst, i) => {
      const gross = cost.installments.gross.p50[i];
      if (gross === undefined) return;
      const note = inst.finalSettlement ? ' (final settlement on exit, as used)' : '';
      write(`  installment ${inst.number} due ${inst.dueDate}${note}: p50 ${cny(gross)}`);
    });
  }
  const exit = summary.lifecycle?.exit;
  if (exit) {
    write('');
    write(
      `exit ${exit.date} (notice ${exit.noticeDate}): nothing billed after it; ` +
        `${summary.monthLabels[exit.month]} billed for ${exit.daysInForce} of ${exit.daysInMonth} days`,
    );
  }
  for (const m of summary.migrations ?? []) {
    write('');
    write(
      `${m.kind} ${fmt(m.dataTb)} TB at ${fmt(m.linkMbps)} Mbit/s from ${m.date}, ` +
        `deadline ${m.deadlineDate} (${m.deadlineKind}): window ${fmt(m.windowHours)} h`,
    );
    write(
      `  takes p50 ${fmt(m.durationHours.p50)} h, p95 ${fmt(m.durationHours.p95)} h ` +
        `(idle line ${fmt(m.idleLineHours)} h); P(in time) ${(m.finishProbability * 100).toFixed(1)}%`,
    );
    if (m.finishProbability < 1) {
      write(
        `  misses by p50 ${fmt(m.hoursShort.p50)} h (${fmt(m.remainingTbAtDeadline.p50)} TB left); ` +
          `an average ${fmt(m.requiredMbps)} Mbit/s would make it`,
      );
    }
  }
}

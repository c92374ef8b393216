/**
 * `npm run sim -- recommend FILE [--max-breach 0.05] [--reading likely|cautious] [--json]`: the
 * cheapest quota set in purchase steps whose every breach probability's upper 95 % bound is within
 * the tolerance, with the N+1 host inventory that delivers it, checked by simulation (src/planner).
 * `--json` prints one object (format luohe-planner-recommend/1, documented in README.md) holding the
 * recommended scenario document under `scenario`; progress and timings go to stderr.
 */
import { poolPlannerRunner } from '../planner/poolRunner.ts';
import { recommend } from '../planner/recommend.ts';
import type { Recommendation, RecommendOptions } from '../planner/recommendationTypes.ts';
import { nodeWorkerFactory } from '../runner/nodeWorkers.ts';
import { WorkerPool } from '../runner/pool.ts';
import type { Scenario } from '../scenario/schema.ts';
import { cny } from './compare.ts';
import { reportJson } from './report.ts';

export const RECOMMEND_FORMAT = 'luohe-planner-recommend/1';

export async function runRecommender(
  scenario: Scenario,
  workers: number,
  options: RecommendOptions,
): Promise<Recommendation> {
  const pool = new WorkerPool(nodeWorkerFactory, workers);
  const started = process.hrtime.bigint();
  try {
    const result = await recommend(scenario, poolPlannerRunner(pool), {
      ...options,
      onProgress: (p) => {
        if (!process.stderr.isTTY) return;
        const what = p.phase === 'sampling' ? `look ${p.look}/${p.looks}` : `check ${p.round}`;
        process.stderr.write(`\r${what}: ${p.done}/${p.total} replications   `);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stderr.write(
      `recommend: ${result.rule.replications} replications per run on ${workers} worker(s) in ${ms.toFixed(0)} ms\n`,
    );
    return result;
  } finally {
    pool.terminate();
  }
}

export function recommendationJson(r: Recommendation): string {
  return reportJson({ format: RECOMMEND_FORMAT, ...r });
}

const percent = (p: number) => `${(p * 100).toFixed(1)}%`;

export function printRecommendation(r: Recommendation, write: (line: string) => void): void {
  const alpha = percent(r.tolerance);
  write(
    r.holds
      ? `Recommendation for ${r.base.id}: ${cny(r.priceCny)} (${r.differenceCny.startsWith('-') ? '' : '+'}${cny(r.differenceCny)} against ${cny(r.base.priceCny)}); every breach probability's upper 95% bound ≤ ${alpha}.`
      : `Recommendation for ${r.base.id}: ${cny(r.priceCny)}; NOT every risk is within ${alpha} (see below).`,
  );
  write(`${r.rule.replications} replications of seed ${r.seed}, ${r.reading} reading. ${r.rule.description}`);
  write('');
  write(
    `${'quota'.padEnd(22)}${'current'.padStart(12)}${'recommended'.padStart(14)}${'step'.padStart(10)}   P(breach) (95%)        one step lower`,
  );
  for (const q of r.quotas) {
    const e = q.evidence.breach;
    const below = q.below ? `${percent(q.below.breach.estimate)}${q.clear ? '' : ' (not yet clear)'}` : '—';
    write(
      `${`${q.quota} (${q.unit})`.padEnd(22)}${String(q.current).padStart(12)}${String(q.recommended).padStart(14)}${String(q.step).padStart(10)}   ${`${percent(e.estimate)} (${percent(e.low)}–${percent(e.high)})`.padEnd(23)}${below}`,
    );
  }
  for (const f of r.fixed) {
    write(
      `${'dbNodes (one node)'.padEnd(22)}${'—'.padStart(12)}${'not in steps'.padStart(14)}${''.padStart(10)}   ${percent(f.breach.estimate)} (${percent(f.breach.low)}–${percent(f.breach.high)})${f.holds ? '' : '  size the DB nodes by hand'}`,
    );
  }
  const h = r.hosts;
  write('');
  write(
    `hosts: ${h.count} × ${h.shape.vcpu} vCPU / ${h.shape.ramGb} GB / ${h.shape.diskTb} TB (N+${h.reserve}${h.added ? `, ${h.added} added after the check` : ''}); P(VM refused) ${percent(h.refusal.estimate)} (${percent(h.refusal.low)}–${percent(h.refusal.high)})`,
  );
  write('');
  write('cost–risk frontier (price, worst breach probability over the quotas):');
  for (const p of r.frontier) {
    const label =
      p.kind === 'tolerance'
        ? `sized for ≤ ${percent(p.tolerance ?? 0)}`
        : p.kind === 'one-step-lower'
          ? `recommended, ${p.quota} one step lower`
          : p.kind;
    write(
      `  ${cny(p.priceCny).padStart(16)}  ${percent(p.worstBreach).padStart(6)} (≤ ${percent(p.worstUpper)}) ${p.worstQuota ?? ''}  ${label}`,
    );
  }
}

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
import { defineCommand } from './command.ts';
import { cny } from './compare.ts';
import type { CliIo } from './io.ts';
import { loadSource } from './loadSource.ts';
import { type CommonOptions, parseOptions } from './options.ts';
import { reportJson } from './report.ts';
import { defaultWorkers, withSeed } from './runScenario.ts';

export const RECOMMEND_FORMAT = 'luohe-planner-recommend/1';

export async function runRecommender(
  scenario: Scenario,
  workers: number,
  options: RecommendOptions,
  io?: Pick<CliIo, 'err' | 'progress'>,
): Promise<Recommendation> {
  const pool = new WorkerPool(nodeWorkerFactory, workers);
  const started = process.hrtime.bigint();
  try {
    const result = await recommend(scenario, poolPlannerRunner(pool), {
      ...options,
      onProgress: (p) => {
        const what = p.phase === 'sampling' ? `look ${p.look}/${p.looks}` : `check ${p.round}`;
        io?.progress(`${what}: ${p.done}/${p.total} replications   `);
      },
    });
    io?.progress(null);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const timing = `recommend: ${result.rule.replications} replications per run on ${workers} worker(s) in ${ms.toFixed(0)} ms`;
    if (io) io.err(timing);
    else process.stderr.write(`${timing}\n`);
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

export interface RecommendCommandOptions extends CommonOptions {
  source: string;
  /** Tolerated breach probability per quota over the term (default 0.05). */
  maxBreach: number;
  reading: 'likely' | 'cautious';
  /** Replications at the first look and at most. */
  firstLook?: number;
  maxReplications?: number;
  host?: { vcpu: number; ramGb: number; diskTb: number };
}

/** Takes recommend's own options out of `args`; the rest are the common ones. */
function plannerOptions(args: readonly string[]) {
  const rest: string[] = [];
  const planner: Pick<RecommendCommandOptions, 'maxReplications' | 'host'> & {
    maxBreach?: number;
    reading?: 'likely' | 'cautious';
  } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--max-replications') {
      const raw = args[++i];
      if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 10_000)
        return {
          message: `--max-replications expects a number from 1 to 10,000, got "${(raw ?? '').slice(0, 40)}"`,
        };
      planner.maxReplications = Number(raw);
    } else if (arg === '--max-breach') {
      const raw = args[++i];
      const v = Number(raw);
      if (raw === undefined || !/^(0(\.\d+)?|\.\d+)$/.test(raw) || !(v > 0 && v < 1))
        return {
          message: `--max-breach expects a probability between 0 and 1 (e.g. 0.05), got "${(raw ?? '').slice(0, 40)}"`,
        };
      planner.maxBreach = v;
    } else if (arg === '--reading') {
      const raw = args[++i];
      if (raw !== 'likely' && raw !== 'cautious')
        return { message: `--reading expects likely or cautious, got "${(raw ?? '').slice(0, 40)}"` };
      planner.reading = raw;
    } else if (arg === '--host') {
      const raw = args[++i] ?? '';
      const m = /^(\d+)\/(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(raw);
      const host = m ? { vcpu: Number(m[1]), ramGb: Number(m[2]), diskTb: Number(m[3]) } : null;
      if (
        !host ||
        host.vcpu < 1 ||
        host.vcpu > 1024 ||
        host.ramGb < 1 ||
        host.ramGb > 65_536 ||
        host.diskTb > 10_000
      )
        return { message: `--host expects VCPU/RAM_GB/DISK_TB such as 48/96/6, got "${raw.slice(0, 40)}"` };
      planner.host = host;
    } else rest.push(arg);
  }
  return { planner, rest };
}

export const recommendCommand = defineCommand<RecommendCommandOptions>({
  name: 'recommend',
  usage: `  recommend <scenario | share-URL>     the cheapest quotas in purchase steps whose every breach
                                       probability has an upper 95% bound ≤ the tolerance, the N+1
                                       hosts that carry them, and the cost–risk frontier
      --max-breach A                  tolerance per quota over the term (default 0.05)
      --reading likely|cautious       cautious: all quotas' bounds hold together at 95% (default likely)
      --replications N                replications at the first look (default 200)
      --max-replications N            at most (default 1600)
      --host VCPU/RAM_GB/DISK_TB      size of the hosts to buy (default: the scenario's most common)
      --seed S  --workers W  --json`,
  parse(args) {
    const split = plannerOptions(args);
    if ('message' in split) return { ok: false, message: split.message ?? '' };
    const parsed = parseOptions(split.rest, ['replications', 'seed', 'workers', 'json']);
    if (!parsed.ok) return parsed;
    if (parsed.options.positional.length !== 1)
      return { ok: false, message: 'recommend expects one scenario file or share URL' };
    const { planner } = split;
    if (
      parsed.options.replications !== undefined &&
      planner.maxReplications !== undefined &&
      planner.maxReplications < parsed.options.replications
    )
      return { ok: false, message: '--max-replications must be at least --replications' };
    return {
      ok: true,
      options: {
        ...parsed.options,
        source: parsed.options.positional[0],
        maxBreach: planner.maxBreach ?? 0.05,
        reading: planner.reading ?? 'likely',
        firstLook: parsed.options.replications,
        maxReplications: planner.maxReplications,
        host: planner.host,
      },
    };
  },
  async execute(options, io) {
    const loaded = await loadSource(options.source, io);
    if (!loaded.ok) {
      io.err(loaded.message);
      return 1;
    }
    const result = await runRecommender(
      withSeed(loaded.scenario, options.seed),
      options.workers ?? defaultWorkers(),
      {
        tolerance: options.maxBreach,
        reading: options.reading,
        firstLook: options.firstLook ?? Math.min(200, options.maxReplications ?? 200),
        maxReplications: options.maxReplications,
        hostShape: options.host,
      },
      io,
    );
    if (options.json) io.out(recommendationJson(result));
    else printRecommendation(result, io.out);
    return 0;
  },
});

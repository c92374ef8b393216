import type { MigrationNote } from '../model/context.ts';
import { ColumnStore } from './columnFold.ts';
import { packMigrationNotes } from './migrationFold.ts';
import { toWholeFen } from './moneyStats.ts';
import { bankBuffers, type PackedBank } from './packedBank.ts';
import { QuotaFold, type QuotaFoldOptions, type QuotaPartial } from './quotaFold.ts';
import { type RefusalPartial, RefusalTally } from './refusals.ts';
import { seriesResolution } from './seriesResolution.ts';
import type { ReplicationResult } from './types.ts';

/**
 * A partial summary: what a worker folds a batch of consecutive replications into, so that only this
 * — not every replication's series and money lines — crosses to the coordinator. Everything in it
 * merges exactly and associatively (runAccumulator.ts): sketches and exact sums per cell (series by
 * month, quota peaks and excesses, money in whole fen), integer tallies (first breaches, months over,
 * refusals), and the few per-replication scalars that paired comparisons, the planner and the
 * explanations read (total cost and fault discount in fen, contract total exceeded, a refusal, the DB's
 * mean availability, each quota's peak and breach). Plain data and typed arrays: structured clone and
 * transfer carry it; no money string crosses a thread.
 */
export interface RunPartial {
  /** The replications [start, start + count). */
  start: number;
  count: number;
  months: number;
  bank: PackedBank;
  quotas: QuotaPartial;
  perReplication: {
    /** Total incl. VAT in whole fen (NaN when the replication was not settled). */
    totalFen: Float64Array;
    /** Fault discount over the term in whole fen (NaN when not settled). */
    discountFen: Float64Array;
    /** 1 when its spend went past the contract total within the term. */
    exceeded: Uint8Array;
    /** 1 when some VM placement (new or HA restart) was refused. */
    refused: Uint8Array;
    /** Mean of the monthly DB availabilities over the months that count (NaN: none recorded). */
    dbAvailability: Float64Array;
  };
  /** The migrations' copies, per replication and copy (migrationFold.ts); empty without copies. */
  migrations: Float64Array;
  /** Replications that were settled (carry money). */
  costs: number;
  refusals: RefusalPartial;
  eventsProcessed: number;
}

/** Cell groups of money, in whole fen. */
export const MONEY_GROUPS = {
  monthlyGrossBeforeDiscount: 'money:monthlyGrossBeforeDiscount',
  monthlyFaultDiscount: 'money:monthlyFaultDiscount',
  monthlyGrossAfterDiscount: 'money:monthlyGrossAfterDiscount',
  cumulative: 'money:cumulative',
  gross: 'money:installments:gross',
  vat: 'money:installments:vat',
  discount: 'money:installments:discount',
  /** Per contract term of a scenario with renewals: that term's total incl. VAT. */
  termTotals: 'money:termTotals',
} as const;

export const seriesGroup = (name: string) => `s:${name}`;

/**
 * What a worker needs to fold a run's replications: its months, how quotas are judged, and how many
 * migration copies the scenario plans (their notes are kept per replication).
 */
export interface FoldOptions extends QuotaFoldOptions {
  migrationCopies?: number;
}

/**
 * "1234.56" → 123456 (whole fen), as toWholeFen, without a regular expression: a worker parses ~90
 * amounts per replication. Anything but the plain form ("-", digits, ".", two digits, at most 15
 * digits in all) goes to toWholeFen, which parses or refuses it with its message.
 */
export function fenOf(amount: string): number {
  const n = amount.length;
  let i = amount.charCodeAt(0) === 45 ? 1 : 0;
  if (n - i < 4 || n - i > 16 || amount.charCodeAt(n - 3) !== 46) return toWholeFen(amount);
  let fen = 0;
  for (; i < n; i++) {
    if (i === n - 3) continue;
    const d = amount.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return toWholeFen(amount);
    fen = fen * 10 + d;
  }
  return amount.charCodeAt(0) === 45 ? -fen : fen;
}

/**
 * Folds consecutive replications into a RunPartial. A worker keeps one per run and reuses its
 * columns from batch to batch (`begin` empties them); `finish` folds each column once into its
 * buckets and exact sum (columnFold.ts).
 */
export class PartialBuilder {
  private readonly bank = new ColumnStore();
  private readonly seriesCells = new Map<string, number>();
  private readonly quotas: QuotaFold;
  private readonly counted: Uint8Array;
  private readonly months: number;
  private start = 0;
  private count = 0;
  private totalFen: number[] = [];
  private discountFen: number[] = [];
  private exceeded: number[] = [];
  private refused: number[] = [];
  private dbAvailability: number[] = [];
  private migrations: (MigrationNote[] | undefined)[] = [];
  private readonly migrationCopies: number;
  private costs = 0;
  private refusals: RefusalTally;
  private events = 0;

  constructor(options: FoldOptions) {
    this.months = options.months;
    this.migrationCopies = options.migrationCopies ?? 0;
    this.quotas = new QuotaFold(options);
    const mask = options.countedMonths;
    this.counted = Uint8Array.from({ length: this.months }, (_, m) =>
      mask === undefined || mask[m] ? 1 : 0,
    );
    this.refusals = new RefusalTally(this.months, this.bank);
  }

  /** Starts a new partial at replication `start`, of about `count` replications. */
  begin(start: number, count = 1): void {
    this.bank.reset(count);
    this.quotas.begin();
    this.start = start;
    this.count = 0;
    this.totalFen = [];
    this.discountFen = [];
    this.exceeded = [];
    this.refused = [];
    this.dbAvailability = [];
    this.migrations = [];
    this.costs = 0;
    this.refusals = new RefusalTally(this.months, this.bank);
    this.events = 0;
  }

  /** Folds replication `start + count` (replications must come in order). */
  add(result: ReplicationResult): void {
    if (result.replication !== this.start + this.count)
      throw new Error(`replication ${result.replication} out of order (expected ${this.start + this.count})`);
    const months = this.months;
    const bank = this.bank;
    for (const name in result.series) {
      const values = result.series[name];
      let cell = this.seriesCells.get(name);
      if (cell === undefined) {
        cell = bank.group(seriesGroup(name), months, seriesResolution(name));
        this.seriesCells.set(name, cell);
      }
      const n = Math.min(months, values.length);
      for (let m = 0; m < n; m++) bank.add(cell + m, values[m]);
    }
    this.quotas.add(result, bank);
    this.addCost(result);
    const refusal = result.notes?.firstRefusal;
    this.refusals.add(result.replication, refusal, result.notes !== undefined);
    this.refused.push(refusal === undefined ? 0 : 1);
    this.dbAvailability.push(this.meanAvailability(result.series.dbAvailability));
    if (this.migrationCopies > 0) this.migrations.push(result.notes?.migrations);
    this.events += result.eventsProcessed;
    this.count++;
  }

  /** The DB's mean monthly availability over the months that count (all when none does; 1 for none). */
  private meanAvailability(series: Float64Array | undefined): number {
    if (!series) return Number.NaN;
    const anyCounted = this.counted.includes(1);
    let sum = 0;
    let n = 0;
    for (let m = 0; m < this.months; m++) {
      if (anyCounted && this.counted[m] === 0) continue;
      sum += series[m];
      n++;
    }
    return n > 0 ? sum / n : 1;
  }

  private addCost(result: ReplicationResult): void {
    const cost = result.cost;
    if (!cost) {
      this.totalFen.push(Number.NaN);
      this.discountFen.push(Number.NaN);
      this.exceeded.push(0);
      return;
    }
    const bank = this.bank;
    const months = cost.monthlyGrossBeforeDiscountCny.length;
    if (cost.monthlyGrossAfterDiscountCny.length !== months || cost.cumulativeCny.length !== months)
      throw new Error(`replication ${result.replication}: cost has a different number of months`);
    const before = bank.group(MONEY_GROUPS.monthlyGrossBeforeDiscount, months);
    const fault = bank.group(MONEY_GROUPS.monthlyFaultDiscount, months);
    const after = bank.group(MONEY_GROUPS.monthlyGrossAfterDiscount, months);
    const cumulative = bank.group(MONEY_GROUPS.cumulative, months);
    for (let m = 0; m < months; m++) {
      const b = fenOf(cost.monthlyGrossBeforeDiscountCny[m]);
      const a = fenOf(cost.monthlyGrossAfterDiscountCny[m]);
      bank.add(before + m, b);
      bank.add(fault + m, b - a);
      bank.add(after + m, a);
      bank.add(cumulative + m, fenOf(cost.cumulativeCny[m]));
    }
    const installments = cost.installments.length;
    const gi = bank.group(MONEY_GROUPS.gross, installments);
    const vi = bank.group(MONEY_GROUPS.vat, installments);
    const di = bank.group(MONEY_GROUPS.discount, installments);
    for (let i = 0; i < installments; i++) {
      const inst = cost.installments[i];
      bank.add(gi + i, fenOf(inst.grossCny));
      bank.add(vi + i, fenOf(inst.vatCny));
      bank.add(di + i, fenOf(inst.discountCny));
    }
    const terms = cost.termTotalsCny ?? [];
    if (terms.length > 0) {
      const ti = bank.group(MONEY_GROUPS.termTotals, terms.length);
      for (let k = 0; k < terms.length; k++) bank.add(ti + k, fenOf(terms[k]));
    }
    this.totalFen.push(fenOf(cost.totalInclVatCny));
    this.discountFen.push(fenOf(cost.totalDiscountCny));
    this.exceeded.push(cost.monthContractTotalExceeded === null ? 0 : 1);
    this.costs++;
  }

  finish(): RunPartial {
    return {
      start: this.start,
      count: this.count,
      months: this.months,
      bank: this.bank.pack(),
      quotas: this.quotas.finish(),
      perReplication: {
        totalFen: Float64Array.from(this.totalFen),
        discountFen: Float64Array.from(this.discountFen),
        exceeded: Uint8Array.from(this.exceeded),
        refused: Uint8Array.from(this.refused),
        dbAvailability: Float64Array.from(this.dbAvailability),
      },
      migrations: packMigrationNotes(this.migrations, this.migrationCopies),
      costs: this.costs,
      refusals: this.refusals.toPartial(),
      eventsProcessed: this.events,
    };
  }
}

/** The distinct buffers of a partial, to hand over as transferables (never copied). */
export function partialBuffers(p: RunPartial): ArrayBuffer[] {
  const q = p.quotas;
  const r = p.perReplication;
  return [
    ...bankBuffers(p.bank),
    q.judged.buffer,
    q.limits.buffer,
    q.headline.buffer,
    q.firstBreach.buffer,
    q.overInMonth.buffer,
    q.peaks.buffer,
    q.breached.buffer,
    r.totalFen.buffer,
    r.discountFen.buffer,
    r.exceeded.buffer,
    r.refused.buffer,
    r.dbAvailability.buffer,
    p.migrations.buffer,
    p.refusals.histogram.buffer,
  ] as ArrayBuffer[];
}

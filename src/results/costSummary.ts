import type { MoneyString } from '../contract/money.ts';
import { cumulativelyRoundedMeans, fenStats, sumFen, toWholeFen } from './moneyStats.ts';
import type { CostSummary, MoneyBand, ReplicationCost } from './types.ts';

const INSTALLMENT_FIELDS = ['grossCny', 'vatCny', 'discountCny'] as const;

/**
 * Replications' money kept as whole fen, one row per replication: the monthly gross before and
 * after the fault discount, the cumulative spend, each installment's gross, VAT and discount, and
 * the total (columns in that order). Amounts are parsed once, when a replication arrives, so a
 * summary ranks numbers instead of re-reading every string of every replication.
 */
export class CostTable {
  private fen: Float64Array | null = null;
  private months = 0;
  private installments = 0;
  /** Contract terms with a total of their own (0 for a one-term scenario: its total is the total). */
  private terms = 0;
  private columns = 0;
  private readonly exceeded: Uint8Array;

  constructor(private readonly replications: number) {
    this.exceeded = new Uint8Array(replications);
  }

  add(row: number, cost: ReplicationCost): void {
    if (!this.fen) {
      this.months = cost.monthlyGrossBeforeDiscountCny.length;
      this.installments = cost.installments.length;
      this.terms = cost.termTotalsCny?.length ?? 0;
      this.columns = 3 * this.months + 3 * this.installments + 1 + this.terms;
      this.fen = new Float64Array(this.replications * this.columns);
    }
    if (
      cost.monthlyGrossBeforeDiscountCny.length !== this.months ||
      cost.monthlyGrossAfterDiscountCny.length !== this.months ||
      cost.installments.length !== this.installments
    )
      throw new Error(`replication ${row}: cost has a different number of months or installments`);
    const base = row * this.columns;
    let c = base;
    const put = (amount: MoneyString) => {
      this.fen![c++] = toWholeFen(amount);
    };
    for (const a of cost.monthlyGrossBeforeDiscountCny) put(a);
    for (const a of cost.monthlyGrossAfterDiscountCny) put(a);
    for (const a of cost.cumulativeCny) put(a);
    for (const field of INSTALLMENT_FIELDS) for (const i of cost.installments) put(i[field]);
    put(cost.totalInclVatCny);
    for (let k = 0; k < this.terms; k++) put(cost.termTotalsCny?.[k] ?? '0.00');
    this.exceeded[row] = cost.monthContractTotalExceeded === null ? 0 : 1;
  }

  /**
   * Bands over `rows` (replications that have a cost, in replication order). The monthly bills after
   * discount carry cumulatively rounded means, so that Σ months' mean = the total's mean to the fen
   * (each replication's bills add up to its total exactly); percentiles of different months do not
   * add up (each is another replication's amount).
   */
  summarize(rows: readonly number[]): CostSummary | undefined {
    const fen = this.fen;
    if (!fen || rows.length === 0) return undefined;
    const column = new Float64Array(rows.length);
    const scratch = new Float64Array(rows.length);
    const load = (value: (base: number) => number) => {
      for (let i = 0; i < rows.length; i++) column[i] = value(rows[i] * this.columns);
      return column;
    };
    const stats = (col: number) =>
      fenStats(
        load((b) => fen[b + col]),
        scratch,
      );
    const bandOf = (length: number, statsAt: (i: number) => ReturnType<typeof fenStats>): MoneyBand => {
      const out: MoneyBand = { p5: [], p50: [], p95: [], mean: [] };
      for (let i = 0; i < length; i++) {
        const s = statsAt(i);
        out.p5.push(s.p5);
        out.p50.push(s.p50);
        out.p95.push(s.p95);
        out.mean.push(s.mean);
      }
      return out;
    };
    const band = (first: number, length: number) => bandOf(length, (i) => stats(first + i));
    const m = this.months;
    const n = this.installments;
    const after = band(m, m);
    after.mean = cumulativelyRoundedMeans(
      Array.from({ length: m }, (_, i) => sumFen(load((b) => fen[b + m + i]))),
      rows.length,
    );
    let exceeded = 0;
    for (const r of rows) exceeded += this.exceeded[r];
    return {
      monthlyGrossBeforeDiscount: band(0, m),
      monthlyFaultDiscount: bandOf(m, (i) =>
        fenStats(
          load((b) => fen[b + i] - fen[b + m + i]),
          scratch,
        ),
      ),
      monthlyGrossAfterDiscount: after,
      cumulative: band(2 * m, m),
      installments: {
        gross: band(3 * m, n),
        vat: band(3 * m + n, n),
        discount: band(3 * m + 2 * n, n),
      },
      total: stats(3 * m + 3 * n),
      exceedProbability: exceeded / rows.length,
      ...(this.terms > 0
        ? { terms: Array.from({ length: this.terms }, (_, k) => ({ total: stats(3 * m + 3 * n + 1 + k) })) }
        : {}),
    };
  }
}

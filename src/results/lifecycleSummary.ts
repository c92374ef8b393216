/**
 * What a run's results say about the contract in force over time (src/scenario/lifecycle.ts): the
 * contract terms with their boundaries, totals and installments (the final settlement on an exit
 * marked), the exit, and per month how much of it was in force — so charts can end or grey out at the
 * exit and mark the renewal boundary, and tables can show each term. Plain data, deterministic: the
 * same for every replication of a scenario.
 */

import { installmentPeriods } from '../contract/installments.ts';
import type { Lifecycle } from '../scenario/lifecycle.ts';

export interface LifecycleInstallment {
  /** 1.. over the whole horizon, as the cost bands number them. */
  number: number;
  term: number;
  dueDate: string;
  /** Horizon months settled, inclusive. */
  firstMonth: number;
  lastMonth: number;
  /** The final settlement on the exit date (clause 2.2.1): what was used up to the exit. */
  finalSettlement: boolean;
}

export interface LifecycleTermSummary {
  index: number;
  startMonth: number;
  months: number;
  startDate: string;
  endDate: string;
  totalInclVatCny: string;
}

export interface LifecycleSummary {
  terms: LifecycleTermSummary[];
  installments: LifecycleInstallment[];
  /** The exit: the first day out of force, the notice date, and the month of the last day in force. */
  exit: { date: string; noticeDate: string; month: number; daysInForce: number; daysInMonth: number } | null;
  /** Per month: 1 when some of it is in force (the months that count), and the share of its days. */
  monthsInForce: number[];
  shareInForce: number[];
}

export function summarizeLifecycle(life: Lifecycle): LifecycleSummary {
  const installments: LifecycleInstallment[] = [];
  for (const term of life.terms) {
    const periods = installmentPeriods(term.startDate, term.months, term.settledDueDates);
    periods.forEach((p, k) => {
      installments.push({
        number: installments.length + 1,
        term: term.index,
        dueDate: term.settledDueDates[k],
        firstMonth: term.startMonth + p.firstMonth,
        lastMonth: term.startMonth + p.lastMonth,
        finalSettlement: term.finalSettlementOnExit && k === periods.length - 1,
      });
    });
  }
  const exit = life.exit;
  return {
    terms: life.terms.map((t) => ({
      index: t.index,
      startMonth: t.startMonth,
      months: t.months,
      startDate: t.startDate,
      endDate: t.endDate,
      totalInclVatCny: t.totalInclVatCny,
    })),
    installments,
    exit: exit
      ? {
          date: exit.date,
          noticeDate: exit.noticeDate,
          month: exit.month,
          daysInForce: life.daysInForce[exit.month],
          daysInMonth: life.daysInMonth[exit.month],
        }
      : null,
    monthsInForce: [...life.monthsInForce],
    shareInForce: life.daysInForce.map((d, m) => d / life.daysInMonth[m]),
  };
}

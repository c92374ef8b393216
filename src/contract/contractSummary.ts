import { allocateByWeight, Money, type MoneyString, moneyString, splitVat, sumMoney } from './money.ts';
import { monthsBetween, parseYearMonth, termEndDate } from './termMonths.ts';

/** What the summary needs of a scenario: the term and the contract's money terms. Plain JSON. */
export interface ContractTermsInput {
  term: { startDate: string; months: number };
  contract: {
    totalInclVatCny: MoneyString;
    vatRate: string;
    quotas: Record<string, number>;
    installmentDueDates: string[];
  };
}

export interface InstallmentSummary {
  number: number;
  dueDate: string;
  /** Term months settled by this installment: 1-based, inclusive. */
  firstMonth: number;
  lastMonth: number;
  grossCny: MoneyString;
  netCny: MoneyString;
  vatCny: MoneyString;
}

export interface ContractSummary {
  startDate: string;
  endDate: string;
  months: number;
  quotas: Record<string, number>;
  totalInclVatCny: MoneyString;
  totalExVatCny: MoneyString;
  vatCny: MoneyString;
  vatRate: string;
  monthlyRunRateCny: MoneyString;
  installments: InstallmentSummary[];
}

/**
 * The contract's money at the contracted run rate: the total spread evenly over the term's months,
 * each installment settling the months since the previous one, VAT split out so that the
 * installments' VAT adds up to the contract's VAT to the fen.
 */
export function summarizeContract(input: ContractTermsInput): ContractSummary {
  const { term, contract } = input;
  const start = parseYearMonth(term.startDate);
  const total = new Money(contract.totalInclVatCny);
  const vatRate = new Money(contract.vatRate);
  const { net: totalNet, vat: totalVat } = splitVat(total, vatRate);

  const monthly = allocateByWeight(
    total,
    Array.from({ length: term.months }, () => new Money(1)),
  );

  const lastMonths = contract.installmentDueDates.map((due) => {
    const m = monthsBetween(start, parseYearMonth(due)) + 1;
    return Math.min(Math.max(m, 1), term.months);
  });
  lastMonths[lastMonths.length - 1] = term.months; // the last installment settles the rest of the term
  const grosses = lastMonths.map((last, i) => {
    const first = i === 0 ? 1 : lastMonths[i - 1] + 1;
    return sumMoney(monthly.slice(first - 1, last));
  });
  const vats = allocateByWeight(totalVat, grosses);

  const installments = grosses.map((gross, i) => ({
    number: i + 1,
    dueDate: contract.installmentDueDates[i],
    firstMonth: i === 0 ? 1 : lastMonths[i - 1] + 1,
    lastMonth: lastMonths[i],
    grossCny: moneyString(gross),
    netCny: moneyString(gross.minus(vats[i])),
    vatCny: moneyString(vats[i]),
  }));

  return {
    startDate: term.startDate,
    endDate: termEndDate(start, term.months),
    months: term.months,
    quotas: { ...contract.quotas },
    totalInclVatCny: moneyString(total),
    totalExVatCny: moneyString(totalNet),
    vatCny: moneyString(totalVat),
    vatRate: vatRate.toString(),
    monthlyRunRateCny: moneyString(monthly[0]),
    installments,
  };
}

/**
 * Calendar arithmetic on ISO dates ("2023-01-01") without Date objects or time zones: contract terms
 * are whole calendar months in China Standard Time, so year/month integers are all that is needed.
 */
export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function parseYearMonth(isoDate: string): YearMonth {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`expected a date like 2023-01-01, got "${isoDate}"`);
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new Error(`month out of range in "${isoDate}"`);
  return { year: Number(m[1]), month };
}

export function addMonths(ym: YearMonth, months: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Whole months from `from` to `to` (to − from). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return to.year * 12 + to.month - (from.year * 12 + from.month);
}

export function formatYearMonth(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(ym: YearMonth): number {
  const leap = (ym.year % 4 === 0 && ym.year % 100 !== 0) || ym.year % 400 === 0;
  return ym.month === 2 && leap ? 29 : DAYS_IN_MONTH[ym.month - 1];
}

/** The last day of the month `months − 1` after the start: a 36-month term from 2023-01 ends 2025-12-31. */
export function termEndDate(start: YearMonth, months: number): string {
  const last = addMonths(start, months - 1);
  return `${formatYearMonth(last)}-${String(daysInMonth(last)).padStart(2, '0')}`;
}

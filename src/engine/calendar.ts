/**
 * The term calendar: simulation minutes ⇄ civil dates in China Standard Time (UTC+8, no daylight
 * saving, so every day has 1440 minutes). Minute 0 is 00:00 CST on the term start date. Pure
 * integer date arithmetic (proleptic Gregorian, Hinnant's days-from-civil), no Date objects.
 *
 * Term months start on the start date's day of month: a term from 2023-01-01 has calendar months;
 * one from 2026-01-15 has months starting on the 15th. When that day does not exist in a month
 * (a term from the 31st), the month starts on that month's last day instead.
 */

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 1440;
/** China Standard Time is UTC+8 all year. */
export const CST_OFFSET_MINUTES = 480;
/** Longest term accepted: 100 years. */
const MAX_TERM_MONTHS = 1200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date (year, month 1–12, day) of a day count since 1970-01-01. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses 'YYYY-MM-DD' strictly; throws a RangeError naming the input otherwise. */
export function parseIsoDate(isoDate: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(isoDate);
  const year = match ? Number(match[1]) : Number.NaN;
  const month = match ? Number(match[2]) : Number.NaN;
  const day = match ? Number(match[3]) : Number.NaN;
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`'${isoDate}' is not a valid date in the form YYYY-MM-DD`);
  }
  return { year, month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export class TermCalendar {
  readonly startDate: string;
  readonly months: number;
  /** Days since 1970-01-01 of the term start. */
  private readonly startEpochDay: number;
  /** monthStarts[m] = minute at which term month m starts; monthStarts[months] = term end. */
  private readonly monthStarts: Float64Array;
  private readonly labels: string[];

  constructor(termStartDate: string, termMonths: number) {
    const start = parseIsoDate(termStartDate);
    if (!Number.isInteger(termMonths) || termMonths < 1 || termMonths > MAX_TERM_MONTHS) {
      throw new RangeError(`term months ${termMonths} must be an integer from 1 to ${MAX_TERM_MONTHS}`);
    }
    this.startDate = termStartDate;
    this.months = termMonths;
    this.startEpochDay = daysFromCivil(start.year, start.month, start.day);
    this.monthStarts = new Float64Array(termMonths + 1);
    this.labels = [];
    for (let m = 0; m <= termMonths; m++) {
      const monthsSinceYearZero = start.year * 12 + (start.month - 1) + m;
      const year = Math.floor(monthsSinceYearZero / 12);
      const month = (monthsSinceYearZero % 12) + 1;
      const day = Math.min(start.day, daysInMonth(year, month));
      this.monthStarts[m] = (daysFromCivil(year, month, day) - this.startEpochDay) * MINUTES_PER_DAY;
      if (m < termMonths) this.labels.push(`${pad(year, 4)}-${pad(month, 2)}`);
    }
  }

  /** Minute at which term month `monthIndex` (0-based) starts; monthStartMinute(months) is the term end. */
  monthStartMinute(monthIndex: number): number {
    if (!Number.isInteger(monthIndex) || monthIndex < 0 || monthIndex > this.months) {
      throw new RangeError(`month index ${monthIndex} is outside 0…${this.months}`);
    }
    return this.monthStarts[monthIndex];
  }

  /** The term end: the minute after the last minute of the last month. */
  get endMinute(): number {
    return this.monthStarts[this.months];
  }

  /**
   * The 0-based month containing `minute`. Minutes at or after the term end give `months` (one past
   * the last month, like monthStartMinute(months)); a negative or NaN minute throws a RangeError.
   */
  monthOfMinute(minute: number): number {
    if (!(minute >= 0)) throw new RangeError(`minute ${minute} is before the term start`);
    const starts = this.monthStarts;
    if (minute >= starts[this.months]) return this.months;
    // Last m with starts[m] <= minute (binary search over ≤ 1201 entries).
    let lo = 0;
    let hi = this.months - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= minute) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Minutes since the term start of midnight CST at the start of `isoDate` (negative before the term). */
  dateToMinute(isoDate: string): number {
    const { year, month, day } = parseIsoDate(isoDate);
    return (daysFromCivil(year, month, day) - this.startEpochDay) * MINUTES_PER_DAY;
  }

  /** The CST date ('YYYY-MM-DD') on which `minute` falls. */
  minuteToDate(minute: number): string {
    const { year, month, day } = civilFromDays(this.startEpochDay + Math.floor(minute / MINUTES_PER_DAY));
    return formatDate(year, month, day);
  }

  /** 'YYYY-MM-DDTHH:MM+08:00' for `minute` (whole minutes, rounded down): for logs and messages. */
  minuteToDateTime(minute: number): string {
    const whole = Math.floor(minute);
    const minuteOfDay = whole - Math.floor(whole / MINUTES_PER_DAY) * MINUTES_PER_DAY;
    const hh = pad(Math.floor(minuteOfDay / MINUTES_PER_HOUR), 2);
    const mm = pad(minuteOfDay % MINUTES_PER_HOUR, 2);
    return `${this.minuteToDate(whole)}T${hh}:${mm}+08:00`;
  }

  /** Day of week of `minute`: 0 = Monday … 6 = Sunday. */
  dayOfWeek(minute: number): number {
    const epochDay = this.startEpochDay + Math.floor(minute / MINUTES_PER_DAY);
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return (((epochDay + 3) % 7) + 7) % 7;
  }

  /** Minute within the CST day, in [0, 1440). */
  minuteOfDay(minute: number): number {
    return minute - Math.floor(minute / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  }

  /** Hour of the CST day, 0–23. */
  hourOfDay(minute: number): number {
    return Math.floor(this.minuteOfDay(minute) / MINUTES_PER_HOUR);
  }

  /** Unix epoch milliseconds (UTC) of `minute`: for interop with outside systems only. */
  toUtcEpochMs(minute: number): number {
    return (this.startEpochDay * MINUTES_PER_DAY - CST_OFFSET_MINUTES + minute) * 60_000;
  }

  /** 'YYYY-MM' of the calendar month in which term month `monthIndex` starts. */
  monthLabel(monthIndex: number): string {
    if (!Number.isInteger(monthIndex) || monthIndex < 0 || monthIndex >= this.months) {
      throw new RangeError(`month index ${monthIndex} is outside 0…${this.months - 1}`);
    }
    return this.labels[monthIndex];
  }
}

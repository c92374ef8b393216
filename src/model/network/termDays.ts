import { chinaDayKind } from '../calendar/chinaHolidays.ts';

/**
 * The days of one term month as the hourly models need them: weekday, calendar month and day of
 * month of each day, from the term calendar (CST, no DST; a term day starts at a multiple of 1440 min).
 */

/** The part of the engine's TermCalendar these models use. */
export interface CalendarLike {
  /** The term's first day (YYYY-MM-DD), when the calendar knows it (saves formatting minute 0). */
  readonly startDate?: string;
  monthStartMinute(monthIndex: number): number;
  dayOfWeek(minute: number): number;
  minuteToDate(minute: number): string;
}

export interface MonthDays {
  startMinute: number;
  days: number;
  hours: number;
  /** 0 = Monday … 6 = Sunday, per day. */
  weekday: Int8Array;
  /** 1..12, per day. */
  monthOfYear: Int8Array;
  /** 1..31, per day. */
  dayOfMonth: Int8Array;
  /** Calendar year, per day. */
  year: Int16Array;
  /**
   * Per day, its kind in China's holiday calendar (chinaHolidays.ts: ordinary, holiday, make-up
   * working day); models that honour the scenario's holidayCalendar read it.
   */
  dayKind: Int8Array;
}

export function daysInCalendarMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The days of term month `monthIndex`. Memoised by (term start date, month index): the result is a
 * pure function of the calendar, read-only, and the same for every replication and every model, so
 * a replication no longer allocates four typed arrays per month per model (which showed as lost
 * parallelism when two workers ran replications at once). Callers must not write into it.
 */
export function monthDays(calendar: CalendarLike, monthIndex: number): MonthDays {
  const start = calendar.startDate ?? calendar.minuteToDate(0);
  let term = MONTH_DAYS_CACHE.get(start);
  if (!term) {
    if (MONTH_DAYS_CACHE.size >= MONTH_DAYS_CACHE_LIMIT) MONTH_DAYS_CACHE.clear();
    term = [];
    MONTH_DAYS_CACHE.set(start, term);
  }
  let days = term[monthIndex];
  if (!days) {
    days = computeMonthDays(calendar, monthIndex);
    term[monthIndex] = days;
  }
  return days;
}

/** A memo of immutable calendar facts by term start, not run state: bounded so a long session cannot grow it. */
const MONTH_DAYS_CACHE = new Map<string, MonthDays[]>();
const MONTH_DAYS_CACHE_LIMIT = 64;

function computeMonthDays(calendar: CalendarLike, monthIndex: number): MonthDays {
  const startMinute = calendar.monthStartMinute(monthIndex);
  const endMinute = calendar.monthStartMinute(monthIndex + 1);
  const days = Math.round((endMinute - startMinute) / 1440);
  const weekday = new Int8Array(days);
  const monthOfYear = new Int8Array(days);
  const dayOfMonth = new Int8Array(days);
  const yearOf = new Int16Array(days);
  const dayKind = new Int8Array(days);
  const [y0, m0, d0] = calendar.minuteToDate(startMinute).split('-').map(Number);
  let year = y0;
  let month = m0;
  let day = d0;
  let dow = calendar.dayOfWeek(startMinute);
  for (let i = 0; i < days; i++) {
    weekday[i] = dow;
    monthOfYear[i] = month;
    dayOfMonth[i] = day;
    yearOf[i] = year;
    dayKind[i] = chinaDayKind(year, month, day);
    dow = (dow + 1) % 7;
    day++;
    if (day > daysInCalendarMonth(year, month)) {
      day = 1;
      month++;
      if (month > 12) {
        month = 1;
        year++;
      }
    }
  }
  return { startMinute, days, hours: days * 24, weekday, monthOfYear, dayOfMonth, year: yearOf, dayKind };
}

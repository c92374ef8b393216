/**
 * The days of one term month as the hourly models need them: weekday, calendar month and day of
 * month of each day, from the term calendar (CST, no DST; a term day starts at a multiple of 1440 min).
 */

/** The part of the engine's TermCalendar these models use. */
export interface CalendarLike {
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
}

export function daysInCalendarMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function monthDays(calendar: CalendarLike, monthIndex: number): MonthDays {
  const startMinute = calendar.monthStartMinute(monthIndex);
  const endMinute = calendar.monthStartMinute(monthIndex + 1);
  const days = Math.round((endMinute - startMinute) / 1440);
  const weekday = new Int8Array(days);
  const monthOfYear = new Int8Array(days);
  const dayOfMonth = new Int8Array(days);
  const yearOf = new Int16Array(days);
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
  return { startMinute, days, hours: days * 24, weekday, monthOfYear, dayOfMonth, year: yearOf };
}

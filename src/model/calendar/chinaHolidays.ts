/**
 * China's public holidays and make-up working days (调休上班), 2023–2028, as data with its sources:
 * what moves SMS sending (working-day categories) and portal traffic (a holiday is a quiet day, a
 * make-up Saturday or Sunday a working one).
 *
 * Official years are the State Council General Office's annual notices (国务院办公厅关于XXXX年部分
 * 节假日安排的通知), every rest day of the arrangement (statutory days and the weekend days moved next
 * to them) and every weekend day worked instead. From 2025 the revised 《全国年节及纪念日放假办法》
 * (State Council decree, November 2024) adds New Year's Eve of the lunar year and 2 May: 13 statutory
 * days (元旦 1, 春节 4 — 除夕 to 初三, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3).
 * Years not yet announced are PROJECTED from that rule: their 13 statutory days only (lunar dates from
 * the Chinese calendar; the arrangement's bridging days and make-up days are not guessed) — marked
 * `projected`, never to be shown as official. Years outside the table have ordinary weekends only.
 */

export type HolidayStatus = 'official' | 'projected';

export interface HolidayYear {
  year: number;
  status: HolidayStatus;
  source: string;
  /** Rest days, as inclusive 'MM-DD' ranges. */
  holidays: readonly (readonly [string, string])[];
  /** Weekend days that are working days ('MM-DD'). */
  makeUpWorkdays: readonly string[];
}

export const CHINA_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2023,
    status: 'official',
    source: '国务院办公厅关于2023年部分节假日安排的通知，国办发明电〔2022〕16号，2022-12-08',
    holidays: [
      ['01-01', '01-02'], // 元旦 (2022-12-31 to 2023-01-02)
      ['01-21', '01-27'], // 春节
      ['04-05', '04-05'], // 清明节
      ['04-29', '05-03'], // 劳动节
      ['06-22', '06-24'], // 端午节
      ['09-29', '10-06'], // 中秋节、国庆节
    ],
    makeUpWorkdays: ['01-28', '01-29', '04-23', '05-06', '06-25', '10-07', '10-08'],
  },
  {
    year: 2024,
    status: 'official',
    source: '国务院办公厅关于2024年部分节假日安排的通知，国办发明电〔2023〕7号，2023-10-25',
    holidays: [
      ['01-01', '01-01'], // 元旦, with the weekend
      ['02-10', '02-17'], // 春节 (除夕 2-9 only encouraged as leave)
      ['04-04', '04-06'], // 清明节
      ['05-01', '05-05'], // 劳动节
      ['06-10', '06-10'], // 端午节, with the weekend
      ['09-15', '09-17'], // 中秋节
      ['10-01', '10-07'], // 国庆节
    ],
    makeUpWorkdays: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  },
  {
    year: 2025,
    status: 'official',
    source: '国务院办公厅关于2025年部分节假日安排的通知，国办发明电〔2024〕12号，2024-11-12',
    holidays: [
      ['01-01', '01-01'], // 元旦
      ['01-28', '02-04'], // 春节 (除夕 to 初七)
      ['04-04', '04-06'], // 清明节
      ['05-01', '05-05'], // 劳动节
      ['05-31', '06-02'], // 端午节
      ['10-01', '10-08'], // 国庆节、中秋节
    ],
    makeUpWorkdays: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  {
    year: 2026,
    status: 'official',
    source: '国务院办公厅关于2026年部分节假日安排的通知，2025-11-04（新华社）',
    holidays: [
      ['01-01', '01-03'], // 元旦
      ['02-15', '02-23'], // 春节 (腊月二十八 to 初七)
      ['04-04', '04-06'], // 清明节
      ['05-01', '05-05'], // 劳动节
      ['06-19', '06-21'], // 端午节
      ['09-25', '09-27'], // 中秋节
      ['10-01', '10-07'], // 国庆节
    ],
    makeUpWorkdays: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
  {
    year: 2027,
    status: 'projected',
    source:
      'PROJECTED from 《全国年节及纪念日放假办法》(2024 revision): statutory days only. 除夕 2-5, 初一 2-6 (new moon 2027-02-06 15:56 UTC, 23:56 Beijing time — ICU puts 初一 on 2-7), 清明 4-5, 端午 6-9, 中秋 9-15',
    holidays: [
      ['01-01', '01-01'],
      ['02-05', '02-08'],
      ['04-05', '04-05'],
      ['05-01', '05-02'],
      ['06-09', '06-09'],
      ['09-15', '09-15'],
      ['10-01', '10-03'],
    ],
    makeUpWorkdays: [],
  },
  {
    year: 2028,
    status: 'projected',
    source:
      'PROJECTED from 《全国年节及纪念日放假办法》(2024 revision): statutory days only. 除夕 1-25, 初一 1-26, 清明 4-4, 端午 5-28, 中秋 10-3 (inside 国庆)',
    holidays: [
      ['01-01', '01-01'],
      ['01-25', '01-28'],
      ['04-04', '04-04'],
      ['05-01', '05-02'],
      ['05-28', '05-28'],
      ['10-01', '10-03'],
    ],
    makeUpWorkdays: [],
  },
];

/** What a day is in the calendar, beyond its weekday. */
export const DAY_ORDINARY = 0;
export const DAY_HOLIDAY = 1;
export const DAY_MAKE_UP_WORKDAY = 2;

const BY_YEAR = new Map(CHINA_HOLIDAYS.map((y) => [y.year, y]));
const KIND_CACHE = new Map<number, Int8Array>();

/** Per day of `year` (index = day of year, 0 = 1 January): DAY_ORDINARY, DAY_HOLIDAY or DAY_MAKE_UP_WORKDAY. */
function kindsOf(year: number): Int8Array {
  let kinds = KIND_CACHE.get(year);
  if (kinds) return kinds;
  kinds = new Int8Array(366);
  const entry = BY_YEAR.get(year);
  if (entry) {
    for (const [from, to] of entry.holidays) {
      for (let d = dayOfYear(year, from); d <= dayOfYear(year, to); d++) kinds[d] = DAY_HOLIDAY;
    }
    for (const day of entry.makeUpWorkdays) kinds[dayOfYear(year, day)] = DAY_MAKE_UP_WORKDAY;
  }
  KIND_CACHE.set(year, kinds);
  return kinds;
}

const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function dayOfYear(year: number, monthDay: string): number {
  const [m, d] = monthDay.split('-').map(Number);
  return MONTH_START[m - 1] + (m > 2 && isLeap(year) ? 1 : 0) + d - 1;
}

/** The kind of a calendar day (month 1..12, day 1..31). */
export function chinaDayKind(year: number, month: number, day: number): number {
  return kindsOf(year)[MONTH_START[month - 1] + (month > 2 && isLeap(year) ? 1 : 0) + day - 1];
}

/** Whether a year's holidays are the official notice's, projected from the rules, or absent. */
export function holidayStatus(year: number): HolidayStatus | 'none' {
  return BY_YEAR.get(year)?.status ?? 'none';
}

/**
 * A working day under the calendar: Monday–Friday unless a holiday, or a make-up weekend day
 * (weekday 0 = Monday … 6 = Sunday).
 */
export function isWorkingDay(weekday: number, kind: number): boolean {
  return kind === DAY_MAKE_UP_WORKDAY || (weekday < 5 && kind !== DAY_HOLIDAY);
}

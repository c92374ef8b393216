import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../../src/engine/calendar.ts';
import {
  CHINA_HOLIDAYS,
  chinaDayKind,
  DAY_HOLIDAY,
  DAY_MAKE_UP_WORKDAY,
  holidayStatus,
  isWorkingDay,
} from '../../../src/model/calendar/chinaHolidays.ts';

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
function weekday(year: number, month: number, day: number): number {
  return (((daysFromCivil(year, month, day) + 3) % 7) + 7) % 7;
}

function dates(year: number, from: string, to: string): [number, number][] {
  const out: [number, number][] = [];
  const [m0, d0] = from.split('-').map(Number);
  const [m1, d1] = to.split('-').map(Number);
  for (let t = daysFromCivil(year, m0, d0); t <= daysFromCivil(year, m1, d1); t++) {
    const base = daysFromCivil(year, 1, 1);
    const date = new Date(Date.UTC(year, 0, 1 + (t - base)));
    out.push([date.getUTCMonth() + 1, date.getUTCDate()]);
  }
  return out;
}

/** Gregorian dates of lunar (month, day) in `year` and of the lunar New Year's Eve, from ICU's Chinese calendar. */
function lunarDates(year: number): { eve: string; dragonBoat: string; midAutumn: string } {
  const f = new Intl.DateTimeFormat('en-u-ca-chinese', {
    timeZone: 'Asia/Shanghai',
    month: 'numeric',
    day: 'numeric',
  });
  const out = { eve: '', dragonBoat: '', midAutumn: '' };
  for (let t = Date.UTC(year, 0, 1, 4); t < Date.UTC(year + 1, 0, 1, 4); t += 86_400_000) {
    const p = (x: number) => Object.fromEntries(f.formatToParts(new Date(x)).map((q) => [q.type, q.value]));
    const today = p(t);
    const next = p(t + 86_400_000);
    const iso = new Date(t).toISOString().slice(5, 10);
    if (next.month === '1' && next.day === '1') out.eve = iso;
    if (today.month === '5' && today.day === '5') out.dragonBoat = iso;
    if (today.month === '8' && today.day === '15') out.midAutumn = iso;
  }
  return out;
}

describe("China's holiday calendar (issue 15)", () => {
  it('has the State Council notices for 2023–2026 and projections for 2027–2028, marked so', () => {
    expect(CHINA_HOLIDAYS.map((y) => [y.year, y.status])).toEqual([
      [2023, 'official'],
      [2024, 'official'],
      [2025, 'official'],
      [2026, 'official'],
      [2027, 'projected'],
      [2028, 'projected'],
    ]);
    for (const y of CHINA_HOLIDAYS) {
      if (y.status === 'official') expect(y.source).toMatch(/^国务院办公厅关于\d{4}年部分节假日安排的通知/);
      else expect(y.source).toMatch(/^PROJECTED/);
    }
    expect(holidayStatus(2029)).toBe('none');
    expect(chinaDayKind(2029, 10, 1)).toBe(0);
  });

  it('the notices’ block lengths (共N天), and every make-up working day is a Saturday or Sunday', () => {
    const lengths = (year: number) =>
      CHINA_HOLIDAYS.find((y) => y.year === year)!.holidays.map(([a, b]) => dates(year, a, b).length);
    expect(lengths(2023)).toEqual([2, 7, 1, 5, 3, 8]); // 元旦 3 days from 2022-12-31
    expect(lengths(2024)).toEqual([1, 8, 3, 5, 1, 3, 7]);
    expect(lengths(2025)).toEqual([1, 8, 3, 5, 3, 8]);
    expect(lengths(2026)).toEqual([3, 9, 3, 5, 3, 3, 7]);
    for (const y of CHINA_HOLIDAYS) {
      for (const md of y.makeUpWorkdays) {
        const [m, d] = md.split('-').map(Number);
        expect(weekday(y.year, m, d), `${y.year}-${md}`).toBeGreaterThanOrEqual(5);
        expect(chinaDayKind(y.year, m, d)).toBe(DAY_MAKE_UP_WORKDAY);
      }
    }
  });

  it('from 2025, every year holds the 13 statutory days of the revised holiday law (lunar dates from ICU)', () => {
    for (const year of [2025, 2026, 2027, 2028]) {
      const lunar = lunarDates(year);
      // 2027: the new moon of 6 Feb falls at 23:56 Beijing time; ICU's approximation puts it past
      // midnight, so it dates 除夕 a day late — the table follows the astronomical 2-5.
      const eve = year === 2027 ? '02-05' : lunar.eve;
      const [em, ed] = eve.split('-').map(Number);
      const statutory: [number, number][] = [
        [1, 1],
        ...dates(year, eve, `${String(em).padStart(2, '0')}-${String(ed).padStart(2, '0')}`),
        [5, 1],
        [5, 2],
        [10, 1],
        [10, 2],
        [10, 3],
      ];
      // 初一 to 初三: the three days after the eve.
      const base = daysFromCivil(year, em, ed);
      for (let k = 1; k <= 3; k++) {
        const d = new Date(Date.UTC(1970, 0, 1 + base + k));
        statutory.push([d.getUTCMonth() + 1, d.getUTCDate()]);
      }
      for (const md of [lunar.dragonBoat, lunar.midAutumn])
        statutory.push(md.split('-').map(Number) as [number, number]);
      for (const [m, d] of statutory) expect(chinaDayKind(year, m, d), `${year}-${m}-${d}`).toBe(DAY_HOLIDAY);
    }
    // Qingming (a solar term): 2025-04-04, 2026-04-05, 2027-04-05, 2028-04-04.
    for (const [y, m, d] of [
      [2025, 4, 4],
      [2026, 4, 5],
      [2027, 4, 5],
      [2028, 4, 4],
    ])
      expect(chinaDayKind(y, m, d)).toBe(DAY_HOLIDAY);
    // A projected year has exactly those days and no make-up days (nothing guessed): 13, or 12 in
    // 2028, when 中秋 (10-03) falls inside 国庆.
    for (const [year, days] of [
      [2027, 13],
      [2028, 12],
    ]) {
      const entry = CHINA_HOLIDAYS.find((y) => y.year === year)!;
      const count = entry.holidays.reduce((n, [a, b]) => n + dates(year, a, b).length, 0);
      expect(count).toBe(days);
      expect(entry.makeUpWorkdays).toEqual([]);
    }
  });

  it('working days: a make-up Sunday works, a holiday Monday does not, ordinary weeks as usual', () => {
    expect(isWorkingDay(weekday(2024, 2, 4), chinaDayKind(2024, 2, 4))).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay(weekday(2024, 2, 12), chinaDayKind(2024, 2, 12))).toBe(false); // Monday, 春节
    expect(isWorkingDay(weekday(2024, 3, 12), chinaDayKind(2024, 3, 12))).toBe(true);
    expect(isWorkingDay(weekday(2024, 3, 16), chinaDayKind(2024, 3, 16))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { TermCalendar } from '../../src/engine/calendar.ts';

describe('TermCalendar', () => {
  const cal = new TermCalendar('2023-01-01', 36);

  it('maps the contract term months to minutes (2024 is a leap year)', () => {
    expect(cal.months).toBe(36);
    expect(cal.monthStartMinute(0)).toBe(0);
    expect(cal.monthStartMinute(1)).toBe(31 * 1440);
    expect(cal.monthStartMinute(2)).toBe(59 * 1440);
    expect(cal.monthStartMinute(12)).toBe(365 * 1440);
    expect(cal.monthStartMinute(36)).toBe((365 + 366 + 365) * 1440);
    expect(cal.monthLabel(0)).toBe('2023-01');
    expect(cal.monthLabel(35)).toBe('2025-12');
  });

  it('finds the month of a minute, including the boundaries', () => {
    expect(cal.monthOfMinute(0)).toBe(0);
    expect(cal.monthOfMinute(31 * 1440 - 0.001)).toBe(0);
    expect(cal.monthOfMinute(31 * 1440)).toBe(1);
    expect(cal.monthOfMinute(cal.monthStartMinute(36) - 1)).toBe(35);
    expect(cal.monthOfMinute(cal.monthStartMinute(36))).toBe(36);
    expect(() => cal.monthOfMinute(-1)).toThrow(RangeError);
  });

  it('converts dates and minutes both ways, in CST', () => {
    expect(cal.dateToMinute('2024-02-29')).toBe((365 + 31 + 28) * 1440);
    expect(cal.minuteToDate(cal.dateToMinute('2024-02-29') + 1439)).toBe('2024-02-29');
    expect(cal.minuteToDate(cal.dateToMinute('2025-12-31') + 1440)).toBe('2026-01-01');
    expect(cal.dateToMinute('2022-12-31')).toBe(-1440);
    expect(() => cal.dateToMinute('2023-02-29')).toThrow(RangeError);
    expect(cal.minuteToDateTime(90.5)).toBe('2023-01-01T01:30+08:00');
    // midnight CST 2023-01-01 is 2022-12-31T16:00Z
    expect(cal.toUtcEpochMs(0)).toBe(Date.UTC(2022, 11, 31, 16, 0));
  });

  it('gives the day of week with Monday = 0', () => {
    expect(cal.dayOfWeek(0)).toBe(6); // 2023-01-01 was a Sunday
    expect(cal.dayOfWeek(1440)).toBe(0);
    expect(cal.dayOfWeek(cal.dateToMinute('2024-10-01'))).toBe(1); // a Tuesday
  });

  it('handles a term starting on the 31st by clamping to the month end', () => {
    const c = new TermCalendar('2026-01-31', 3);
    expect(c.minuteToDate(c.monthStartMinute(1))).toBe('2026-02-28');
    expect(c.minuteToDate(c.monthStartMinute(2))).toBe('2026-03-31');
    expect(c.monthLabel(1)).toBe('2026-02');
  });
});

import { describe, expect, it } from 'vitest';
import { axisTickFormat, stepDecimals } from '../../src/app/format/axis.ts';
import {
  formatCny,
  formatCnyCompact,
  formatInteger,
  formatUnitPrice,
  shiftDecimal,
  sumMoneyStrings,
} from '../../src/app/format/cny.ts';
import {
  formatCompactNumber,
  formatDate,
  formatMonth,
  formatMonthShort,
  formatPercent,
} from '../../src/app/format/numbers.ts';
import { billingUnit } from '../../src/app/format/units.ts';

describe('money formatting works on the digits, never through a float', () => {
  it('groups thousands and keeps the fen', () => {
    expect(formatCny('5767200.00')).toBe('¥5,767,200.00');
    expect(formatCny('961200.00')).toBe('¥961,200.00');
    expect(formatCny('-326445.28')).toBe('-¥326,445.28');
    expect(formatCny('0.05')).toBe('¥0.05');
  });

  it('keeps amounts exact beyond float precision', () => {
    // 2^53 + 1 yuan cannot be represented as a double; the string path keeps every digit.
    expect(formatCny('9007199254740993.01')).toBe('¥9,007,199,254,740,993.01');
    expect(sumMoneyStrings(['9007199254740993.01', '0.01'])).toBe('9007199254740993.02');
  });

  it('returns unparseable input unchanged rather than inventing a number', () => {
    expect(formatCny('abc')).toBe('abc');
  });

  it('compacts to 万 in Chinese and K/M in English for axes, as Intl.NumberFormat writes them', () => {
    expect(formatCnyCompact('5767200.00', 'zh-CN')).toBe('¥576.72万');
    expect(formatCnyCompact('5767200.00', 'en')).toBe('¥5.77M');
    expect(formatCnyCompact('2000000.00', 'zh-CN')).toBe('¥200万');
    expect(formatCnyCompact('150000.00', 'en')).toBe('¥150K');
    expect(formatCnyCompact('2500000000.00', 'en')).toBe('¥2.5B');
    expect(formatCnyCompact('320000000.00', 'zh-CN')).toBe('¥3.2亿');
    expect(formatCnyCompact('999.99', 'en')).toBe('¥999.99');
    expect(formatCnyCompact('0.00', 'zh-CN')).toBe('¥0');
  });

  it('rounds half up with carries across the point', () => {
    expect(shiftDecimal('9999', '99', 4, 2)).toBe('1.00');
    expect(shiftDecimal('5', '', 4, 2)).toBe('0.00');
    expect(shiftDecimal('50', '', 4, 2)).toBe('0.01');
    expect(formatCnyCompact('9999999.99', 'en')).toBe('¥10M');
  });

  it('sums exactly in fen', () => {
    expect(sumMoneyStrings(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoneyStrings(['1.00', '-2.50'])).toBe('-1.50');
    expect(sumMoneyStrings([])).toBe('0.00');
  });
});

describe('quantities, percentages and months for the locale', () => {
  it('groups integers', () => {
    expect(formatInteger(1500000)).toBe('1,500,000');
    expect(formatInteger(-1234.9)).toBe('-1,234');
  });

  it('never shows a small risk as none', () => {
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(0.0001, 'en')).toBe('<0.1%');
    expect(formatPercent(0.9999, 'zh-CN')).toBe('>99.9%');
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
  });

  it('formats months and dates from text', () => {
    expect(formatMonth('2024-03', 'zh-CN')).toBe('2024年3月');
    expect(formatMonth('2024-03', 'en')).toBe('Mar 2024');
    expect(formatMonthShort('2025-12', 'zh-CN')).toBe('25年12月');
    expect(formatMonthShort('2025-12', 'en')).toBe("Dec '25");
    expect(formatDate('2023-06-30', 'zh-CN')).toBe('2023年6月30日');
    expect(formatDate('2023-06-30', 'en')).toBe('30 Jun 2023');
    expect(formatMonth('not a month', 'en')).toBe('not a month');
  });
});

describe('compact axis quantities', () => {
  it('counts in 万 for Chinese and M for English', () => {
    expect(formatCompactNumber(1_500_000, 'zh-CN')).toBe('150万');
    expect(formatCompactNumber(1_500_000, 'en')).toBe('1.5M');
  });

  it('compact money and compact quantities use the same suffixes', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const v of [15_000, 150_000, 2_000_000, 320_000_000, 2_500_000_000]) {
        expect(formatCnyCompact(`${v}.00`, lang)).toBe(`¥${formatCompactNumber(v, lang, 2)}`);
      }
    }
  });
});

describe('axis ticks: one style per axis', () => {
  const fmt = (ticks: number[], lang: 'zh-CN' | 'en', style?: 'money') =>
    ticks.map(axisTickFormat(ticks, lang, style));

  it('writes every tick compact once the axis reaches 10,000', () => {
    expect(fmt([0, 20_000, 40_000, 60_000, 80_000, 100_000], 'en')).toEqual([
      '0',
      '20K',
      '40K',
      '60K',
      '80K',
      '100K',
    ]);
    expect(fmt([0, 20_000, 40_000, 60_000, 80_000, 100_000], 'zh-CN')).toEqual([
      '0',
      '2万',
      '4万',
      '6万',
      '8万',
      '10万',
    ]);
    expect(fmt([0, 50_000, 100_000, 150_000, 200_000], 'en', 'money')).toEqual([
      '¥0',
      '¥50K',
      '¥100K',
      '¥150K',
      '¥200K',
    ]);
  });

  it('keeps ticks apart: as many compact decimals as they need', () => {
    expect(fmt([1_000_000, 1_250_000, 1_500_000], 'en')).toEqual(['1M', '1.25M', '1.5M']);
  });

  it('gives small steps their decimals instead of repeating 0, 0, 1', () => {
    expect(fmt([0, 0.2, 0.4, 0.6, 0.8, 1], 'en')).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
    expect(fmt([0, 0.05, 0.1], 'en')).toEqual(['0', '0.05', '0.1']);
    expect(fmt([0, 2_000, 4_000, 6_000], 'en')).toEqual(['0', '2,000', '4,000', '6,000']);
    expect(stepDecimals(1)).toBe(0);
    expect(stepDecimals(0.5)).toBe(1);
    expect(stepDecimals(0.25)).toBe(2);
  });

  it('labels a value between ticks (a quota line) in the axis style, a little finer', () => {
    const ticks = [0, 2_000_000, 4_000_000, 6_000_000];
    expect(axisTickFormat(ticks, 'en', 'money')(5_767_200)).toBe('¥5.77M');
    expect(axisTickFormat(ticks, 'zh-CN', 'money')(5_767_200)).toBe('¥576.72万');
    expect(axisTickFormat([0, 100, 200, 300, 400, 500], 'en')(494)).toBe('494');
  });
});

describe('unit prices', () => {
  it('read with at most four decimals, marked when rounded, never through a float', () => {
    expect(formatUnitPrice('18.877425609999')).toBe('≈¥18.8774');
    expect(formatUnitPrice('40')).toBe('¥40.00');
    expect(formatUnitPrice('1234.5')).toBe('¥1,234.50');
    expect(formatUnitPrice('0.0825')).toBe('¥0.0825');
    expect(formatUnitPrice('12345678901234.123456789')).toBe('≈¥12,345,678,901,234.1235');
  });

  it('billing units in the UI language', () => {
    expect(billingUnit('vCPU·month', 'zh-CN')).toBe('vCPU·月');
    expect(billingUnit('message', 'zh-CN')).toBe('条');
    expect(billingUnit('Mbps·month', 'en')).toBe('Mbit/s·month');
    expect(billingUnit('widget·year', 'zh-CN')).toBe('widget·year');
  });
});

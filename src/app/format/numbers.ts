/**
 * Locale formatting of plain quantities (not money: see cny.ts). Months arrive as 'YYYY-MM' labels
 * (RunSummary.monthLabels) and are formatted from the text, with no Date and no time zone.
 */
import type { Language } from '../i18n/language.ts';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, maxDecimals: number): Intl.NumberFormat {
  const key = `${lang}|${maxDecimals}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, { maximumFractionDigits: maxDecimals, minimumFractionDigits: 0 });
    numberFormats.set(key, f);
  }
  return f;
}

/** A quantity such as 494 or 12.5, grouped for the locale, at most `maxDecimals` decimals. */
export function formatNumber(value: number, lang: Language, maxDecimals = 1): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormat(lang, maxDecimals).format(value);
}

/**
 * A probability in [0, 1] as a percentage: "12.5%". Values that are not 0 but round to 0 show as
 * "<0.1%", values that are not 1 but round to 100 as ">99.9%", so a small risk never reads as none.
 */
export function formatPercent(p: number, lang: Language): string {
  if (!Number.isFinite(p)) return '–';
  const pct = p * 100;
  if (pct > 0 && pct < 0.05) return `<${formatNumber(0.1, lang)}%`;
  if (pct < 100 && pct > 99.95) return `>${formatNumber(99.9, lang)}%`;
  return `${formatNumber(pct, lang, 1)}%`;
}

function parseMonthLabel(label: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})/.exec(label);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

/** '2024-03' → '2024年3月' (zh-CN) or 'Mar 2024' (en). */
export function formatMonth(label: string, lang: Language): string {
  const ym = parseMonthLabel(label);
  if (!ym) return label;
  return lang === 'zh-CN' ? `${ym.year}年${ym.month}月` : `${EN_MONTHS[ym.month - 1]} ${ym.year}`;
}

/** Short axis label: '2024-03' → '24年3月' (zh-CN) or "Mar '24" (en). */
export function formatMonthShort(label: string, lang: Language): string {
  const ym = parseMonthLabel(label);
  if (!ym) return label;
  const yy = String(ym.year % 100).padStart(2, '0');
  return lang === 'zh-CN' ? `${yy}年${ym.month}月` : `${EN_MONTHS[ym.month - 1]} '${yy}`;
}

/** An ISO date '2023-06-30' → '2023年6月30日' or '30 Jun 2023'. */
export function formatDate(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'zh-CN' ? `${year}年${month}月${day}日` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/**
 * Compact quantity for axis ticks and tight labels: 1500000 → '150万' (zh-CN) or '1.5M' (en), at
 * most `maxDecimals` decimals of the compact figure. Tooltips and tables show it in full.
 */
export function formatCompactNumber(value: number, lang: Language, maxDecimals = 1): string {
  if (!Number.isFinite(value)) return '–';
  const key = `${lang}|${maxDecimals}`;
  let f = compactFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: maxDecimals });
    compactFormats.set(key, f);
  }
  return f.format(value);
}

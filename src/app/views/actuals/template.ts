/**
 * The actuals template a user downloads: a comment line, the header (English keys or Chinese
 * names, each with its unit) and the first months of the scenario's term with blank cells, which
 * reads back as a valid, empty table. Pure.
 */
import { ACTUALS_COLUMNS, templateHeader } from '../../../actuals/columns.ts';
import { monthIndex, monthLabel } from '../../../actuals/parseRows.ts';

export function actualsTemplateCsv(lang: 'en' | 'zh', termStartDate: string, months = 3): string {
  const header = [templateHeader('month', lang), ...ACTUALS_COLUMNS.map((c) => templateHeader(c.key, lang))];
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const first = monthIndex(termStartDate.slice(0, 7));
  const comment =
    lang === 'zh'
      ? '# 每行一个月；列可删去；留空表示无数据；已付金额精确到分。以 # 开头的行为注释。'
      : '# One row per month; delete the columns you do not have; leave a cell blank when there is no value; paid to the fen. Rows starting with # are comments.';
  const rows = Array.from({ length: months }, (_, i) => [
    monthLabel(first + i),
    ...ACTUALS_COLUMNS.map(() => ''),
  ]);
  return `\uFEFF${[comment, header.map(quote).join(','), ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`;
}

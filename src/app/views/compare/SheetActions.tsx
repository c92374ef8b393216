/** The sheet's CSV download and print buttons (print: the sheet alone, on one or two A4 pages). */
import type { ComparisonSheet } from '../../../results/optionComparison.ts';
import { useLanguage, useT } from '../../i18n/useT.ts';
import { comparisonCsv } from './comparisonCsv.ts';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SheetActions({ sheet, names }: { sheet: ComparisonSheet; names: readonly string[] }) {
  const t = useT();
  const lang = useLanguage();
  const fileName = `compare-${sheet.options.map((o) => o.id).join('-vs-')}-seed-${sheet.seed}.csv`.slice(
    0,
    180,
  );
  return (
    <p className="sheet-actions no-print">
      <button
        type="button"
        onClick={() => download(fileName, comparisonCsv(sheet, names, lang))}
        data-testid="compare-csv"
      >
        {t('sheet.csv.download')}
      </button>
      <button type="button" onClick={() => window.print()} data-testid="compare-print">
        {t('sheet.print')}
      </button>
    </p>
  );
}

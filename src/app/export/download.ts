/**
 * The Report view's downloads: the CSV zip and the Excel workbook of the run as shown (runTables.ts),
 * named after the scenario and the date in the UI language. exceljs is loaded only when the workbook
 * is asked for, so it costs the page nothing otherwise.
 */
import { scenarioName } from '../builtInScenarios.ts';
import { translate } from '../i18n/translate.ts';
import { downloadText } from '../views/library/scenarioFiles.ts';
import { csvZip } from './csv.ts';
import { type ExportContext, portableName, runTables } from './runTables.ts';
import { buildWorkbook } from './workbook.ts';

/** The download's name without extension, e.g. "漯河2023–2025：已签合同-模拟结果-2026-11-27". */
export function exportBaseName(ctx: ExportContext, key: 'export.zipName' | 'export.workbookName'): string {
  return portableName(
    translate(ctx.lang, key, { name: scenarioName(ctx.scenario, ctx.lang), date: ctx.made }),
    120,
  );
}

function madeDate(ctx: ExportContext): Date {
  return new Date(`${ctx.made}T00:00:00`);
}

export function downloadRunCsvZip(ctx: ExportContext): void {
  const zip = csvZip(runTables(ctx), madeDate(ctx));
  downloadText(`${exportBaseName(ctx, 'export.zipName')}.zip`, zip, 'application/zip');
}

export async function downloadRunWorkbook(ctx: ExportContext): Promise<void> {
  const excel = (await import('exceljs')).default;
  const buffer = await buildWorkbook(runTables(ctx), excel, {
    made: madeDate(ctx),
    title: scenarioName(ctx.scenario, ctx.lang),
  });
  downloadText(
    `${exportBaseName(ctx, 'export.workbookName')}.xlsx`,
    new Uint8Array(buffer),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
}

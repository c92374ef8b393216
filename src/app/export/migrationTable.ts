/**
 * The migration answer as a table for the CSV zip and the workbook (issue 14: "in the JSON and in the
 * CSV"): one row per copy, headers in the UI language with the unit in each (hours, decimal TB,
 * Mbit/s, GB, %), quantities rounded as the screen shows them (hours and rates to 0.1, TB to 0.01,
 * percent to 0.1). A copy that moved nothing has no duration: its cells are empty, not ∞.
 *
 * Shaped as the export's tables are (file, sheet, header, rows), so the export registers it with one
 * provider line.
 */
import type { MigrationSummary } from '../../results/migrationSummary.ts';
import type { RunSummary } from '../../results/types.ts';
import type { Translate } from '../i18n/translate.ts';

export interface MigrationExportTable {
  file: string;
  sheet: string;
  header: string[];
  rows: (string | number | null)[][];
}

const round = (v: number, decimals: number) => (Number.isFinite(v) ? Number(v.toFixed(decimals)) : null);
const h = (v: number) => round(v, 1);
const tb = (v: number) => round(v, 2);

const DEADLINE_KEY = {
  exit: 'migrationExport.byExit',
  leave: 'migrationExport.byLeave',
  start: 'migrationExport.byStart',
} as const;

/** The table, or none when the run moves no data. */
export function migrationExportTables(summary: RunSummary, t: Translate): MigrationExportTable[] {
  const migrations = summary.migrations ?? [];
  if (migrations.length === 0) return [];
  const header = [
    t('migrationExport.copy'),
    t('migrationExport.starts'),
    t('migrationExport.deadline'),
    t('migrationExport.deadlineIs'),
    t('migrationExport.policy'),
    t('migrationExport.data'),
    t('migrationExport.link'),
    t('migrationExport.window'),
    t('migrationExport.idle'),
    t('migrationExport.durationP50'),
    t('migrationExport.durationP95'),
    t('migrationExport.probability'),
    t('migrationExport.shortP50'),
    t('migrationExport.shortP95'),
    t('migrationExport.leftP50'),
    t('migrationExport.leftP95'),
    t('migrationExport.required'),
    t('migrationExport.rateP50'),
    t('migrationExport.lineFullP50'),
    t('migrationExport.unservedP50'),
    t('migrationExport.unservedP95'),
  ];
  const row = (m: MigrationSummary) => [
    t(m.kind === 'migrate-in' ? 'migrationExport.in' : 'migrationExport.out'),
    m.date,
    m.deadlineDate,
    t(DEADLINE_KEY[m.deadlineKind]),
    t(m.policy === 'hold' ? 'migrationExport.hold' : 'migrationExport.yield'),
    tb(m.dataTb),
    h(m.linkMbps),
    h(m.windowHours),
    h(m.idleLineHours),
    h(m.durationHours.p50),
    h(m.durationHours.p95),
    round(m.finishProbability * 100, 1),
    h(m.hoursShort.p50),
    h(m.hoursShort.p95),
    tb(m.remainingTbAtDeadline.p50),
    tb(m.remainingTbAtDeadline.p95),
    h(m.requiredMbps),
    h(m.meanRateMbps.p50),
    h(m.lineFullHours.p50),
    h(m.liveUnservedGb.p50),
    h(m.liveUnservedGb.p95),
  ];
  const name = t('migrationExport.table');
  return [{ file: name, sheet: name, header, rows: migrations.map(row) }];
}

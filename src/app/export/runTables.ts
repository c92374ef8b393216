/**
 * The tables of a run, as the screen shows them, for the CSV zip and the workbook: headers in the UI
 * language, every quantity rounded to its unit's decimals (format/units.ts), money to the fen as
 * exact strings, probabilities in percent to 0.1, months 'YYYY-MM', a unit on every column or row.
 * First-breach months are read the way the screen reads them (explain/reading.ts), never the mode
 * alone. Pure: the zip and the workbook only serialise these.
 *
 * Another feature adds tables with one provider line in EXPORT_TABLE_PROVIDERS.
 */
import type { RunSummary } from '../../results/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { APP_VERSION } from '../appVersion.ts';
import { scenarioName } from '../builtInScenarios.ts';
import { headroomFraction } from '../components/quotaRisk.ts';
import { explainInstallment, type InstallmentExplanation } from '../explain/costLines.ts';
import { breachMonthAt } from '../explain/reading.ts';
import { roundToUnit, type UnitId, unitLabel } from '../format/units.ts';
import type { Language } from '../i18n/language.ts';
import { type Translate, translator } from '../i18n/translate.ts';
import { QUOTA_UNIT, quotaRiskScale } from '../quotaLabels.ts';
import type { RiskLevel } from '../store/types.ts';
import { metricDisplay, metricName } from '../views/results/metricCatalog.ts';
import { placementRisk, QUOTA_STEP, quotaRiskLines } from '../views/results/riskReadings.ts';
import { quotaName } from '../views/results/riskText.ts';
import { migrationExportTables } from './migrationTable.ts';

export type Cell = string | number | null;

export interface ExportTable {
  /** Path inside the zip without extension ("配额风险一览", "series/…"), already portable. */
  file: string;
  /** Sheet name in the workbook (≤ 31 characters, unique). */
  sheet: string;
  header: string[];
  rows: Cell[][];
  /** Columns that hold money strings ("5059251.99"): the workbook writes them as numbers to the fen. */
  moneyColumns?: number[];
}

export interface ExportContext {
  summary: RunSummary;
  scenario: Scenario;
  riskLevel: RiskLevel;
  lang: Language;
  /** The export's date, 'YYYY-MM-DD'. */
  made: string;
}

export type ExportTableProvider = (ctx: ExportContext, t: Translate) => ExportTable[];

/** Characters no file system takes in a name (Windows is the strictest); control characters apart. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|]/g;

function withoutControls(name: string): string {
  return [...name].map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? '-' : c)).join('');
}

/** A file or folder name every system extracts: no reserved characters, no trailing dot or space. */
export function portableName(name: string, max = 80): string {
  const clean = withoutControls(name).replace(UNSAFE_IN_NAME, '-').replace(/\s+/g, ' ').trim();
  const cut = [...clean].slice(0, max).join('');
  const trimmed = cut.replace(/[. ]+$/, '') || 'file';
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(trimmed) ? `${trimmed}-` : trimmed;
}

/** 'vcpuDemand' → 'vcpu-demand'; 'hostVcpuShare:host-01' → 'host-01-vcpu-share'. */
export function seriesFileName(metric: string): string {
  const [base, host] = metric.split(':');
  const kebab = base.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  return portableName(host ? `${host}-${kebab.replace(/^host-/, '')}` : kebab);
}

/** 'hostVcpuShare:host-01' → "host-01 vCPU 利用率" / "host-01 vCPU share". */
function hostSeriesName(metric: string, t: Translate): string {
  const [base, host] = metric.split(':');
  return t(base === 'hostRamShare' ? 'export.hostRam' : 'export.hostVcpu', { host: host ?? '' });
}

const month = (labels: readonly string[], m: number | null) => (m === null ? null : (labels[m] ?? null));
const pct = (p: number) => roundToUnit(p * 100, 'percent');

function metadata(ctx: ExportContext, t: Translate): ExportTable {
  const { summary, scenario, riskLevel, lang, made } = ctx;
  return {
    file: t('export.table.metadata'),
    sheet: t('export.table.metadata'),
    header: [t('export.col.key'), t('export.col.value')],
    rows: [
      [t('export.meta.scenario'), scenarioName(scenario, lang)],
      [t('export.meta.scenarioId'), summary.scenarioId],
      [t('export.meta.fingerprint'), summary.inputsHash],
      [t('export.meta.seed'), String(summary.seed)],
      [t('export.meta.replications'), summary.replications],
      [t('export.meta.months'), summary.months],
      [t('export.meta.firstMonth'), summary.monthLabels[0] ?? null],
      [t('export.meta.reading'), t(`reading.${riskLevel}`)],
      [t('export.meta.version'), APP_VERSION],
      [t('export.meta.made'), made],
      [t('export.meta.language'), lang],
      [t('export.meta.note'), t('export.meta.noteText')],
    ],
  };
}

function quotaUnitText(q: RunSummary['quotas'][number]['quota'], t: Translate): string {
  return t(q === 'dbNodes' ? 'unit.oneNode' : QUOTA_UNIT[q]);
}

/** The risk header's table: what the screen's risk table shows, row for row. */
function riskTable(ctx: ExportContext, t: Translate): ExportTable {
  const { summary } = ctx;
  // As the risk table shows them: the quota's step, the DB's load as a percentage of one node.
  const decimals = (q: keyof typeof QUOTA_STEP) =>
    Math.max(0, -Math.floor(Math.log10(QUOTA_STEP[q] * quotaRiskScale(q))));
  const round = (q: keyof typeof QUOTA_STEP, v: number) =>
    Number((v * quotaRiskScale(q)).toFixed(decimals(q)));
  const rows: Cell[][] = quotaRiskLines(summary).map((l) => [
    quotaName(l.quota, t),
    quotaUnitText(l.quota, t),
    round(l.quota, l.limit),
    pct(l.breachProbability),
    month(summary.monthLabels, l.exhaustionLikely) ?? t('export.meta.none'),
    month(summary.monthLabels, l.exhaustionCautious) ?? t('export.meta.none'),
    round(l.quota, l.addForTolerance),
    round(l.quota, l.limitForTolerance),
  ]);
  const placement = placementRisk(summary.refusals, summary.months);
  if (placement) {
    rows.push([
      t('export.meta.placement'),
      unitLabel('runs', ctx.lang),
      null,
      pct(placement.share),
      month(summary.monthLabels, placement.firstLikely) ?? t('export.meta.none'),
      month(summary.monthLabels, placement.firstCautious) ?? t('export.meta.none'),
      null,
      null,
    ]);
  }
  return {
    file: t('export.table.risk'),
    sheet: t('export.table.risk'),
    header: [
      t('export.col.quota'),
      t('export.col.unit'),
      t('export.col.limit'),
      t('export.col.breachProbability'),
      t('export.col.exhaustP50'),
      t('export.col.exhaustP95'),
      t('export.col.add'),
      t('export.col.target'),
    ],
    rows,
  };
}

/** The quota table of the capacity section at the reading shown. */
function quotaTable(ctx: ExportContext, t: Translate): ExportTable {
  const { summary, riskLevel } = ctx;
  const level = t(`results.riskShort.${riskLevel}`);
  return {
    file: t('export.table.quotas'),
    sheet: t('export.table.quotas'),
    header: [
      t('export.col.quota'),
      t('export.col.unit'),
      t('export.col.limit'),
      t('export.col.peakP50'),
      t('export.col.peakP95'),
      t('export.col.headroom', { level }),
      t('export.col.breachProbability'),
      t('export.col.firstBreach', { level }),
      t('export.col.firstBreachMode'),
    ],
    rows: summary.quotas.map((q) => {
      const d = metricDisplay(q.metric);
      const unit: UnitId = d?.unit ?? 'events';
      const f = d?.percent ? 100 : 1;
      return [
        quotaName(q.quota, t),
        quotaUnitText(q.quota, t),
        roundToUnit(q.limit * f, unit),
        roundToUnit(q.peakP50 * f, unit),
        roundToUnit(q.peakP95 * f, unit),
        pct(headroomFraction(q, riskLevel)),
        pct(q.breachProbabilityByMonth.at(-1) ?? 0),
        month(summary.monthLabels, breachMonthAt(q, riskLevel)) ?? t('export.meta.none'),
        month(summary.monthLabels, q.mostLikelyFirstBreachMonth) ?? t('export.meta.none'),
      ];
    }),
  };
}

/** "P50（TB）" / "P50 (TB)". */
function withUnit(t: Translate, key: Parameters<Translate>[0], unit: string): string {
  return t('export.col.withUnit', { name: t(key), unit });
}

function bandHeader(t: Translate, unit: string): string[] {
  return [
    t('export.col.month'),
    withUnit(t, 'export.col.p5', unit),
    withUnit(t, 'export.col.p50', unit),
    withUnit(t, 'export.col.p95', unit),
    withUnit(t, 'export.col.mean', unit),
  ];
}

function seriesTables(ctx: ExportContext, t: Translate): ExportTable[] {
  const { summary, lang } = ctx;
  const out: ExportTable[] = [];
  for (const [name, { band }] of Object.entries(summary.metrics)) {
    const d = metricDisplay(name);
    const host = name.includes(':');
    const unit: UnitId = d?.unit ?? (host ? 'percent' : 'events');
    const factor = d?.percent || host ? 100 : 1;
    const title = d ? metricName(d, lang) : host ? hostSeriesName(name, t) : name;
    const folder = host ? t('export.folder.hosts') : t('export.folder.series');
    out.push({
      file: `${folder}/${portableName(lang === 'en' ? seriesFileName(name) : title)}`,
      sheet: title,
      header: bandHeader(t, unitLabel(unit, lang)),
      rows: summary.monthLabels.map((m, i) => [
        m,
        roundToUnit(band.p5[i] * factor, unit),
        roundToUnit(band.p50[i] * factor, unit),
        roundToUnit(band.p95[i] * factor, unit),
        roundToUnit(band.mean[i] * factor, unit),
      ]),
    });
  }
  return out;
}

function moneyTables(ctx: ExportContext, t: Translate): ExportTable[] {
  const { summary, scenario, riskLevel } = ctx;
  const cost = summary.cost;
  if (!cost) return [];
  const cny = t('export.unit.cny');
  const out: ExportTable[] = (
    [
      ['export.table.billBefore', cost.monthlyGrossBeforeDiscount],
      ['export.table.discount', cost.monthlyFaultDiscount],
      ['export.table.billAfter', cost.monthlyGrossAfterDiscount],
      ['export.table.cumulative', cost.cumulative],
    ] as const
  ).map(([key, band]) => ({
    file: t(key),
    sheet: t(key),
    header: bandHeader(t, cny),
    rows: summary.monthLabels.map((m, i) => [m, band.p5[i], band.p50[i], band.p95[i], band.mean[i]]),
    moneyColumns: [1, 2, 3, 4],
  }));
  const { gross, vat, discount } = cost.installments;
  out.push({
    file: t('export.table.installments'),
    sheet: t('export.table.installments'),
    header: [
      t('export.col.installment'),
      t('export.col.due'),
      withUnit(t, 'export.col.p50', cny),
      withUnit(t, 'export.col.p5', cny),
      withUnit(t, 'export.col.p95', cny),
      withUnit(t, 'export.col.vatP50', cny),
      withUnit(t, 'export.col.discountP50', cny),
    ],
    rows: gross.p50.map((g, i) => [
      i + 1,
      scenario.contract.installmentDueDates[i] ?? null,
      g,
      gross.p5[i],
      gross.p95[i],
      vat.p50[i],
      discount.p50[i],
    ]),
    moneyColumns: [2, 3, 4, 5, 6],
  });
  out.push({
    file: t('export.table.total'),
    sheet: t('export.table.total'),
    header: [
      withUnit(t, 'export.col.p5', cny),
      withUnit(t, 'export.col.p50', cny),
      withUnit(t, 'export.col.p95', cny),
      withUnit(t, 'export.col.mean', cny),
      t('export.col.exceed'),
    ],
    rows: [[cost.total.p5, cost.total.p50, cost.total.p95, cost.total.mean, pct(cost.exceedProbability)]],
    moneyColumns: [0, 1, 2, 3],
  });
  const explained = summary.costExplained?.[riskLevel];
  if (explained) {
    const xs = explained.settlement.installments
      .map((_, i) => explainInstallment(explained, i, scenario))
      .filter((x): x is InstallmentExplanation => x !== null);
    const items = new Map<string, string>();
    for (const x of xs)
      for (const l of x.lines)
        if (!items.has(l.itemId)) items.set(l.itemId, ctx.lang === 'zh-CN' ? l.labelZh : l.labelEn);
    const rows: Cell[][] = [...items].map(([id, label]) => [
      label,
      ...xs.map((x) => x.lines.find((l) => l.itemId === id)?.amountCny ?? null),
    ]);
    rows.push([t('report.linesSum'), ...xs.map((x) => x.linesSumCny)]);
    rows.push([t('report.discountRow'), ...xs.map((x) => `-${x.discountCny}`.replace(/^-(0\.00)$/, '$1'))]);
    rows.push([t('report.grossRow'), ...xs.map((x) => x.grossCny)]);
    rows.push([t('report.vatRow'), ...xs.map((x) => x.vatCny)]);
    out.push({
      file: t('export.table.lines'),
      sheet: t('export.table.lines'),
      header: [
        t('export.col.item'),
        ...xs.map((x) => t('export.col.withUnit', { name: `${x.number} · ${x.dueDate}`, unit: cny })),
      ],
      rows,
      moneyColumns: xs.map((_, i) => i + 1),
    });
  }
  return out;
}

/** Providers of tables, in file order. Add one line for a feature's own table. */
export const EXPORT_TABLE_PROVIDERS: ExportTableProvider[] = [
  (ctx, t) => [metadata(ctx, t), riskTable(ctx, t), quotaTable(ctx, t)],
  (ctx, t) => migrationExportTables(ctx.summary, t),
  moneyTables,
  seriesTables,
];

/** Every table of the run, with unique sheet names of at most 31 characters. */
export function runTables(ctx: ExportContext): ExportTable[] {
  const t = translator(ctx.lang);
  const tables = EXPORT_TABLE_PROVIDERS.flatMap((p) => p(ctx, t));
  const used = new Set<string>();
  const files = new Set<string>();
  for (const table of tables) {
    const base = [...portableName(table.sheet.replace(/[[\]]/g, ''), 31)].slice(0, 31).join('');
    table.file = uniqueFile(table.file, files);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${[...base].slice(0, 27).join('')} (${n})`;
    used.add(name.toLowerCase());
    table.sheet = name;
  }
  return tables;
}

/** The path, or the path with " (2)", " (3)"… when another table already took it (any case). */
function uniqueFile(path: string, taken: Set<string>): string {
  let name = path;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${path} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

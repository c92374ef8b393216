/**
 * What each page of the printed report holds. The report is at most four A4 pages (a test prints it
 * through Chromium and counts): 1 the verdict, spend, quota risks and inputs; 2 charts; 3 the
 * installments line by line, breaches and placement; 4 operations and prices (a renewal's installments
 * fill page 3: breaches and placement then open page 4).
 *
 * Another feature adds a compact part with ONE line here (and keeps its page within A4), e.g.
 *   { id: 'migration-answer', page: 1, order: 5, applies: hasMigration, Component: MigrationReportLine },
 *   { id: 'compare-sheet', page: 4, order: 50, Component: CompareReportTable },
 */
import type { ComponentType } from 'react';
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { RiskLevel } from '../../store/types.ts';
import { ReportAssumptions } from './ReportAssumptions.tsx';
import { ReportCharts } from './ReportCharts.tsx';
import { installmentsSplit, ReportInstallments, ReportReadings } from './ReportInstallments.tsx';
import { ReportSummary } from './ReportSummary.tsx';

export const REPORT_PAGES = [1, 2, 3, 4] as const;
export type ReportPageNumber = (typeof REPORT_PAGES)[number];

export interface ReportPartProps {
  summary: RunSummary;
  scenario: Scenario;
  riskLevel: RiskLevel;
}

export interface ReportPart {
  id: string;
  page: ReportPageNumber;
  order: number;
  applies?: (props: ReportPartProps) => boolean;
  Component: ComponentType<ReportPartProps>;
}

export const REPORT_PARTS: readonly ReportPart[] = [
  { id: 'summary', page: 1, order: 10, Component: ReportSummary },
  { id: 'charts', page: 2, order: 10, Component: ReportCharts },
  { id: 'installments', page: 3, order: 10, Component: ReportInstallments },
  // The readings follow the installments, or open page 4 when a renewal's installments fill page 3.
  { id: 'readings', page: 3, order: 20, applies: (p) => !installmentsSplit(p), Component: ReportReadings },
  { id: 'readings-after', page: 4, order: 5, applies: installmentsSplit, Component: ReportReadings },
  { id: 'assumptions', page: 4, order: 10, Component: ReportAssumptions },
];

export function reportPartsOf(page: ReportPageNumber, props: ReportPartProps): ReportPart[] {
  return REPORT_PARTS.filter((p) => p.page === page && (p.applies?.(props) ?? true)).sort(
    (a, b) => a.order - b.order,
  );
}

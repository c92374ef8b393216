/**
 * What the results page shows, part by part. The page (ResultsView) owns the layout: a lead slot
 * above the risk header, then one section per slot in SECTION_ORDER, each with its heading, its
 * place in the section navigation, and its parts in `order`. A section none of whose parts apply to
 * the run is left out, with its navigation link.
 *
 * To add a self-contained part (one file of your own), register it here with ONE line, e.g.
 *   { id: 'migration-answer', slot: 'lead', order: 10, applies: hasMigration, Component: MigrationAnswer },
 *   { id: 'availability', slot: 'reliability', order: 15, Component: AvailabilityExplanation },
 * `applies` (optional) says whether the part has anything to show for this run; `heavy` parts render
 * with the throttled summary while a run goes on (ResultsView), the others with every update.
 */
import type { ComponentType } from 'react';
import type { RunSummary } from '../../../results/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { RiskLevel } from '../../store/types.ts';
import { AsOfNotice } from '../actuals/AsOfNotice.tsx';
import { FaultDiscountSection } from './FaultDiscountSection.tsx';
import { LifecycleSection } from './LifecycleSection.tsx';
import { MigrationSection } from './MigrationSection.tsx';
import { MoneySection } from './MoneySection.tsx';
import { PlacementSection } from './PlacementSection.tsx';
import { QuotaDetails } from './QuotaDetails.tsx';
import {
  CapacityBands,
  CapacityMore,
  MigrationBands,
  PlacementMore,
  ReliabilityBands,
  ReliabilityMore,
} from './SectionBands.tsx';

export type ResultsSlot = 'lead' | 'capacity' | 'money' | 'placement' | 'reliability' | 'migration';

/** The sections, in page order (the lead slot has no heading and sits above the risk header). */
export const SECTION_ORDER: readonly Exclude<ResultsSlot, 'lead'>[] = [
  'capacity',
  'money',
  'placement',
  'reliability',
  'migration',
];

export interface ResultsPartProps {
  summary: RunSummary;
  scenario: Scenario;
  riskLevel: RiskLevel;
}

export interface ResultsPart {
  id: string;
  slot: ResultsSlot;
  /** Position within the slot, ascending. */
  order: number;
  applies?: (props: ResultsPartProps) => boolean;
  /** Renders with the throttled summary while a run goes on. */
  heavy?: boolean;
  Component: ComponentType<ResultsPartProps>;
}

/** A migration section only where the scenario moves data or a run recorded a copy. */
export function hasMigration({ summary, scenario }: ResultsPartProps): boolean {
  const moves = scenario.timeline.some((e) => e.kind === 'migrate-in' || e.kind === 'migrate-out');
  const copies = scenario.network.events.some((e) => e.kind === 'bulk-copy');
  const recorded = ['migrationCopyHours', 'bulkCopyHours'].some((m) =>
    summary.metrics[m]?.band.p95.some((v) => v > 0),
  );
  return moves || copies || recorded;
}

export const RESULTS_PARTS: readonly ResultsPart[] = [
  { id: 'as-of-notice', slot: 'lead', order: 5, Component: AsOfNotice },
  { id: 'migration-answer', slot: 'lead', order: 10, Component: MigrationSection },
  { id: 'lifecycle', slot: 'lead', order: 20, Component: LifecycleSection },
  { id: 'quota-details', slot: 'capacity', order: 10, Component: QuotaDetails },
  { id: 'capacity-bands', slot: 'capacity', order: 20, Component: CapacityBands },
  { id: 'capacity-more', slot: 'capacity', order: 90, heavy: true, Component: CapacityMore },
  { id: 'money', slot: 'money', order: 10, heavy: true, Component: MoneySection },
  { id: 'placement', slot: 'placement', order: 10, heavy: true, Component: PlacementSection },
  { id: 'placement-more', slot: 'placement', order: 90, heavy: true, Component: PlacementMore },
  { id: 'fault-discount', slot: 'reliability', order: 5, heavy: true, Component: FaultDiscountSection },
  { id: 'reliability-bands', slot: 'reliability', order: 10, heavy: true, Component: ReliabilityBands },
  { id: 'reliability-more', slot: 'reliability', order: 90, heavy: true, Component: ReliabilityMore },
  {
    id: 'migration-bands',
    slot: 'migration',
    order: 10,
    heavy: true,
    applies: hasMigration,
    Component: MigrationBands,
  },
];

/** The parts of a slot that apply to this run, in order. */
export function partsOf(slot: ResultsSlot, props: ResultsPartProps): ResultsPart[] {
  return RESULTS_PARTS.filter((p) => p.slot === slot && (p.applies?.(props) ?? true)).sort(
    (a, b) => a.order - b.order,
  );
}

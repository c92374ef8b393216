import { describe, expect, it } from 'vitest';
import {
  addOperation,
  dateOfMonth,
  horizonEndDate,
  OPERATION_KINDS,
  operationsOf,
  removeOperation,
  renewalDueDates,
  updateOperation,
} from '../../src/app/editor/operations/operations.ts';
import { BASELINE_ID, copyOfBuiltIn } from '../../src/scenario/library.ts';
import { loadScenario } from '../../src/scenario/validate.ts';

const baseline = () => copyOfBuiltIn(BASELINE_ID)!;

describe('operations on the scenario', () => {
  it('every kind a planner adds gives a valid scenario, listed at its date', () => {
    for (const kind of OPERATION_KINDS) {
      const doc = baseline();
      const date = kind === 'renew-term' ? horizonEndDate(doc) : dateOfMonth(doc, 18);
      const next = addOperation(doc, kind, date);
      const checked = loadScenario(next);
      expect(checked.ok ? [] : checked.issues.map((i) => i.message), kind).toEqual([]);
      const ops = operationsOf(next);
      expect(
        ops.some((o) => o.event.kind === kind && o.event.date === date),
        kind,
      ).toBe(true);
    }
  });

  it('a system going live is a system and its event, kept in step; removing it removes both', () => {
    const doc = baseline();
    const added = addOperation(doc, 'onboard-system', '2024-06-01');
    const system = added.compute.systems.at(-1)!;
    expect(system.onboardMonth).toBe(17);
    expect(added.storage.systems.at(-1)?.systemId).toBe(system.id);
    const index = added.timeline.length - 1;
    const event = added.timeline[index];
    const moved = updateOperation(added, index, { ...event, date: '2025-01-01' });
    expect(moved.compute.systems.at(-1)?.onboardMonth).toBe(24);
    expect(loadScenario(moved).ok).toBe(true);
    const removed = removeOperation(moved, index);
    expect(removed.compute.systems).toHaveLength(doc.compute.systems.length);
    expect(removed.storage.systems).toHaveLength(doc.storage.systems.length);
    expect(removed.timeline).toEqual(doc.timeline);
  });

  it('switching a system off sets its last month, and undoing it lets it run to the end', () => {
    const doc = baseline();
    const off = addOperation(doc, 'decommission-system', '2024-09-01');
    const event = off.timeline.at(-1)!;
    expect(event.kind).toBe('decommission-system');
    const id = event.kind === 'decommission-system' ? event.systemId : '';
    expect(off.compute.systems.find((s) => s.id === id)?.decommissionMonth).toBe(20);
    expect(loadScenario(off).ok).toBe(true);
    // Choosing another system moves the month with it.
    const other = doc.compute.systems[3].id;
    const switched = updateOperation(off, off.timeline.length - 1, {
      ...event,
      systemId: other,
    } as typeof event);
    expect(switched.compute.systems.find((s) => s.id === id)?.decommissionMonth).toBeUndefined();
    expect(switched.compute.systems.find((s) => s.id === other)?.decommissionMonth).toBe(20);
    const back = removeOperation(switched, switched.timeline.length - 1);
    expect(back.compute.systems.find((s) => s.id === other)?.decommissionMonth).toBeUndefined();
  });

  it('a renewal starts the day after the term and pays half-yearly', () => {
    const doc = baseline();
    expect(horizonEndDate(doc)).toBe('2026-01-01');
    expect(renewalDueDates(doc, '2026-01-01', 36)).toEqual([
      '2026-06-30',
      '2026-12-31',
      '2027-06-30',
      '2027-12-31',
      '2028-06-30',
      '2028-12-31',
    ]);
  });

  it('lists operations by date', () => {
    const doc = addOperation(
      addOperation(baseline(), 'price-change', '2025-01-01'),
      'quota-change',
      '2024-01-01',
    );
    expect(operationsOf(doc).map((o) => o.event.kind)).toEqual(['quota-change', 'price-change']);
  });
});

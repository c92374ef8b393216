import { describe, expect, it } from 'vitest';
import { Money } from '../../src/contract/money.ts';
import {
  calibrationFactorFor,
  effectiveUnitPrice,
  priceContractedTerm,
  priceFactorsByMonth,
} from '../../src/contract/priceCatalog.ts';
import { BASELINE_ID, BUILT_IN_SCENARIOS, copyOfBuiltIn } from '../../src/scenario/library.ts';

const baseline = BUILT_IN_SCENARIOS.get(BASELINE_ID)!;

describe('the calibrated price catalog', () => {
  it("prices the baseline's contracted resources over 36 months at exactly ¥5,767,200.00", () => {
    const priced = priceContractedTerm(baseline);
    expect(priced.totalInclVatCny).toBe('5767200.00');
    expect(baseline.contract.totalInclVatCny).toBe('5767200.00');
    expect(priced.months).toHaveLength(36);
  });

  it('splits the total into months and lines that add up to it to the fen', () => {
    const priced = priceContractedTerm(baseline);
    let months = new Money(0);
    for (const m of priced.months) {
      const lines = m.lines.reduce((t, l) => t.plus(l.amountCny), new Money(0));
      expect(lines.toFixed(2)).toBe(m.totalCny);
      months = months.plus(m.totalCny);
    }
    expect(months.toFixed(2)).toBe('5767200.00');
    expect(priced.months[0].totalCny).toBe('160200.00');
  });

  it('keeps effective unit prices unrounded (list × factor)', () => {
    const vcpu = baseline.contract.priceCatalog.items.find((i) => i.id === 'vcpu')!;
    const p = effectiveUnitPrice(vcpu, baseline.contract.priceCatalog.calibrationFactor);
    expect(p.toFixed()).toBe(
      new Money('46').times(baseline.contract.priceCatalog.calibrationFactor).toFixed(),
    );
    expect(p.decimalPlaces()).toBeGreaterThan(2);
  });

  it('recomputes the checked-in calibration factor', () => {
    const f = calibrationFactorFor(baseline.contract.priceCatalog, '5767200.00', 36);
    expect(f).toBe(baseline.contract.priceCatalog.calibrationFactor);
  });

  it('finds a factor that hits any other target to the fen', () => {
    const f = calibrationFactorFor(baseline.contract.priceCatalog, '1234567.89', 24);
    const doc = copyOfBuiltIn(BASELINE_ID)!;
    doc.contract.priceCatalog.calibrationFactor = f;
    doc.term.months = 24;
    expect(priceContractedTerm(doc).totalInclVatCny).toBe('1234567.89');
  });

  it('applies a renewal price change from its month on, not compounded', () => {
    const doc = copyOfBuiltIn(BASELINE_ID)!;
    doc.timeline = [
      { kind: 'price-change', date: '2024-01-15', factor: '0.9' },
      { kind: 'price-change', date: '2025-01-01', factor: '0.8' },
    ];
    const factors = priceFactorsByMonth(doc);
    expect([factors[11], factors[12], factors[23], factors[24]]).toEqual(['1', '0.9', '0.9', '0.8']);
    // 12 months at 160,200 + 12 at 0.9 × + 12 at 0.8 ×
    expect(priceContractedTerm(doc).totalInclVatCny).toBe('5190480.00');
  });

  it('prices each renewal option at its own contract total', () => {
    for (const id of ['renewal-2026-as-is', 'renewal-2026-right-size', 'renewal-2026-expand']) {
      const s = BUILT_IN_SCENARIOS.get(id)!;
      expect(priceContractedTerm(s).totalInclVatCny).toBe(s.contract.totalInclVatCny);
    }
    expect(BUILT_IN_SCENARIOS.get('renewal-2026-as-is')!.contract.totalInclVatCny).toBe('5767200.00');
  });
});

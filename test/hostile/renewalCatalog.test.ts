/**
 * Found by the bound sweep (bounds.test.ts: a renewal's catalog filled to its maximum with fresh
 * ids): a renewal whose catalog brings an item of its own — valid by the schema — made the run
 * throw "usageByItem.vcpu-x18: a "allocated" item needs … monthly quantities" from the settlement.
 * Its usage is the series its quota key names, as for the signed catalog's items.
 */
import { describe, expect, it } from 'vitest';
import { Money } from '../../src/contract/money.ts';
import { createReplicator } from '../../src/runner/replicate.ts';
import { copyOfBuiltIn } from '../../src/scenario/library.ts';
import { loadScenario } from '../../src/scenario/validate.ts';

describe('a renewal whose catalog brings an item of its own', () => {
  it('is settled like the others: the new line is billed on the renewal’s months only', () => {
    const doc = copyOfBuiltIn('luohe-2023-2028-renewal')!;
    const renewal = doc.timeline.find((e) => e.kind === 'renew-term');
    if (renewal?.kind !== 'renew-term' || !renewal.priceCatalog) throw new Error('no renewal catalog');
    const vcpu = renewal.priceCatalog.items.find((i) => i.id === 'vcpu')!;
    const before = loadScenario(structuredClone(doc));
    if (!before.ok) throw new Error('the built-in renewal is not valid');
    renewal.priceCatalog.items.push({ ...vcpu, id: 'vcpu-gpu', labelEn: 'GPU vCPU', labelZh: 'GPU vCPU' });
    const checked = loadScenario(doc);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const withItem = createReplicator(checked.scenario)(0).cost!;
    const without = createReplicator(before.scenario)(0).cost!;
    const signedMonths = checked.scenario.term.months;
    // The signed term is untouched; each renewal month bills the vCPU line twice now.
    expect(withItem.monthlyGrossBeforeDiscountCny.slice(0, signedMonths)).toEqual(
      without.monthlyGrossBeforeDiscountCny.slice(0, signedMonths),
    );
    for (let m = signedMonths; m < withItem.monthlyGrossBeforeDiscountCny.length; m++)
      expect(
        new Money(withItem.monthlyGrossBeforeDiscountCny[m]).greaterThan(
          without.monthlyGrossBeforeDiscountCny[m],
        ),
      ).toBe(true);
  });
});

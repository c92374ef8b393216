/**
 * Time per settlement on the Monte Carlo runner's path: 36 months × 20 catalog items, float usage
 * that changes every month. Prints numbers; asserts nothing (run: npx tsx test/contract/settlement.bench.ts).
 */
import { performance } from 'node:perf_hooks';
import { createSettlement, settle } from '../../src/contract/settlement.ts';
import type { SettlementCatalogItem, SettlementInput } from '../../src/contract/settlementTypes.ts';
import { baselineInput, contractedMonthlyQuantity } from './settlementFixtures.ts';

function withTwentyItems(allMetered: boolean): SettlementInput {
  const base = baselineInput();
  const extra: SettlementCatalogItem[] = Array.from({ length: 6 }, (_, i) => ({
    id: `extra${i}`,
    billingBasis: allMetered ? 'used' : 'fixed-monthly',
    contractedQuantity: 1 + i,
    listPriceCny: `${100 + 17 * i}.5`,
  }));
  const items = [...base.catalog.items, ...extra].map((item) =>
    allMetered ? { ...item, billingBasis: 'used' as const } : item,
  );
  const usageByItem: Record<string, Float64Array> = {};
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (const item of items) {
    usageByItem[item.id] = Float64Array.from(
      { length: 36 },
      () => contractedMonthlyQuantity(item) * (0.6 + 0.6 * next()),
    );
  }
  const availabilityByMonth = Float64Array.from({ length: 36 }, () => 0.99 + 0.01 * next());
  return {
    ...base,
    catalog: { ...base.catalog, items },
    usageByItem,
    availabilityByMonth,
    faultDiscountTable: [
      { minAvailability: 0.999, discountRate: '0' },
      { minAvailability: 0.995, discountRate: '0.02' },
      { minAvailability: 0, discountRate: '0.05' },
    ],
    paymentDelaysDays: [0, 3, 0, 10, 0, 0],
  };
}

/** `prepared`: terms priced once by createSettlement (the runner's path); otherwise settle() each time. */
function time(
  label: string,
  input: SettlementInput,
  includeLines: boolean,
  prepared: boolean,
  runs = 3000,
): void {
  const settleOne = createSettlement(input);
  const run = () => (prepared ? settleOne(input, { includeLines }) : settle(input, { includeLines }));
  for (let i = 0; i < 300; i++) run(); // warm up the JIT
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) run();
  const perRun = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(62)} ${(perRun * 1000).toFixed(0).padStart(6)} µs per settlement`);
}

const mixed = withTwentyItems(false);
const metered = withTwentyItems(true);
time('20 items (5 metered): createSettlement once, no lines', mixed, false, true);
time('20 items (5 metered): settle() each time, no lines', mixed, false, false);
time('20 items (5 metered): settle() each time, with lines', mixed, true, false);
time('20 items (all metered): createSettlement once, no lines', metered, false, true);
time('20 items (all metered): settle() each time, with lines', metered, true, false);

/**
 * Bounds across fields where the models stop being sound, each refusal at the path of the field to
 * change, naming the bound. Single fields have their own ranges in the section schemas; these are the
 * combinations no range can express:
 * - failure storms: more host or database-node failures per replication than the models simulate in
 *   reasonable time (each host failure re-places every VM on the host);
 * - storage that grows past what anything stores (a exabyte), at the nominal growth rates;
 * - prices scaled past any contract (calibration or price-change factors) and bills that could not be
 *   added up to the fen (src/contract/representable.ts: ¥90 trillion); the bound here is loose — a
 *   conservative upper estimate of the bill against ¥10 trillion — so only absurd inputs reach it, and
 *   the runner still refuses any replication whose actual bill cannot be represented.
 * Inputs that other rules already refused (wrong types, out of range) are skipped here.
 */
import type { z } from 'zod';
import type { CheckName } from './issueRule.ts';
import { horizonMonthsOf } from './lifecycle.ts';
import type { Scenario } from './schema.ts';
import { distributionMeanHours } from './sections/distribution.ts';
import { MAX_TERM_MONTHS } from './sections/term.ts';

type Ctx = z.RefinementCtx;

/** Host failures a replication may expect: at ~70 µs each (restarts placed across the pool), about a second. */
export const MAX_EXPECTED_HOST_FAILURES = 10_000;
/** Database node failures a replication may expect (cheap events: a few each). */
export const MAX_EXPECTED_DB_NODE_FAILURES = 20_000;
/** Primary storage the model follows, TB: an exabyte, ten times the largest quota the schema allows. */
export const MAX_MODELLED_STORAGE_TB = 1_000_000;
/** List prices are scaled by at most this calibration factor (the baseline's is 1.0857). */
export const MAX_CALIBRATION_FACTOR = 1000;
/** A price change multiplies unit prices by at most this. */
export const MAX_PRICE_CHANGE_FACTOR = 100;
/** The conservative upper estimate of a term's bill may not pass ¥10 trillion (a ninth of what is representable). */
export const MAX_BILL_ESTIMATE_CNY = 1e13;

const HOURS_PER_MONTH = (365.25 * 24) / 12;

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const fmt = (n: number) => (Math.abs(n) >= 1e12 ? n.toExponential(2) : Math.round(n).toLocaleString('en-US'));
const fmtHours = (n: number) => (n >= 100 ? fmt(n) : n.toPrecision(3));

/**
 * One refusal: the English message, and the check's name with the figures it states (params.check), so
 * the UI words it in its own language (issue.check.<name>).
 */
function report(
  ctx: Ctx,
  path: (string | number)[],
  message: string,
  check: CheckName,
  figures: Record<string, string | number>,
): void {
  ctx.addIssue({ code: 'custom', path, message, params: { check, ...figures } });
}

function safeMean(spec: unknown): number | null {
  try {
    const mean = distributionMeanHours(spec as Parameters<typeof distributionMeanHours>[0]);
    return finite(mean) && mean >= 0 ? mean : null;
  } catch {
    return null;
  }
}

function checkFailureRate(
  ctx: Ctx,
  path: (string | number)[],
  units: number,
  unitName: string,
  failure: unknown,
  repair: unknown,
  termHours: number,
  max: number,
): void {
  const up = safeMean(failure);
  const down = safeMean(repair);
  if (up === null || down === null || !(units > 0)) return;
  const expected = (units * termHours) / (up + down);
  if (expected <= max) return;
  const neededUp = Math.max(0, (units * termHours) / max - down);
  report(
    ctx,
    path,
    `expected at most ${fmt(max)} ${unitName} failures per replication, got about ${fmt(expected)} ` +
      `(${units} ${unitName}s × ${fmt(termHours)} h ÷ (${fmtHours(up)} h up + ${fmtHours(down)} h in repair)); ` +
      `make the mean time between failures at least ${fmtHours(neededUp)} h`,
    unitName === 'host' ? 'hostFailureRate' : 'dbNodeFailureRate',
    {
      max: fmt(max),
      got: fmt(expected),
      units,
      hours: fmt(termHours),
      up: fmtHours(up),
      down: fmtHours(down),
      mtbf: fmtHours(neededUp),
    },
  );
}

function grown(primaryTb: number, kind: string, rate: number, months: number): number {
  return kind === 'compound'
    ? primaryTb * (1 + rate) ** (months / 12)
    : primaryTb * (1 + (rate * months) / 12);
}

/** Primary TB per storage system at its last month in the term, at the nominal growth rate. */
function projectedPrimaryTb(doc: Scenario, months: number): number[] {
  const bySystem = new Map(doc.compute.systems.map((s) => [s.id, s]));
  return doc.storage.systems.map((s) => {
    const def = bySystem.get(s.systemId);
    const from = def && finite(def.onboardMonth) ? def.onboardMonth : 0;
    const to =
      def?.decommissionMonth !== undefined && finite(def.decommissionMonth)
        ? Math.min(def.decommissionMonth, months)
        : months;
    if (!finite(s.primaryTb) || !finite(s.growth?.ratePerYear)) return 0;
    return grown(s.primaryTb, s.growth.kind, s.growth.ratePerYear, Math.max(0, to - from));
  });
}

/** Refuses storage past MAX_MODELLED_STORAGE_TB; true when it did. */
function checkStorage(ctx: Ctx, doc: Scenario, projected: number[]): boolean {
  const total = projected.reduce((a, b) => a + b, 0);
  if (!(total > MAX_MODELLED_STORAGE_TB)) return false;
  let top = 0;
  projected.forEach((tb, i) => {
    if (tb > projected[top]) top = i;
  });
  const s = doc.storage.systems[top];
  report(
    ctx,
    ['storage', 'systems', top, 'growth', 'ratePerYear'],
    `primary storage would grow to ${fmt(total)} TB by the end of the term; at most ${fmt(MAX_MODELLED_STORAGE_TB)} TB ` +
      `is modelled — this system alone reaches ${fmt(projected[top])} TB from ${s.primaryTb} TB at ` +
      `${(s.growth.ratePerYear * 100).toFixed(0)} %/yr (${s.growth.kind})`,
    'storageModelled',
    {
      total: fmt(total),
      max: fmt(MAX_MODELLED_STORAGE_TB),
      top: fmt(projected[top]),
      from: s.primaryTb,
      rate: (s.growth.ratePerYear * 100).toFixed(0),
    },
  );
  return true;
}

function max(values: readonly number[]): number {
  let m = 0;
  for (const v of values) if (finite(v) && v > m) m = v;
  return m;
}

/** A loose upper bound of each catalog item's monthly quantity, in the item's unit. */
function quantityBounds(doc: Scenario, storageTb: number): number[] {
  const { compute, network, sms, storage } = doc;
  const sum = (f: (h: Scenario['compute']['hosts'][number]) => number) =>
    compute.hosts.reduce((a, h) => a + (finite(f(h)) ? f(h) : 0), 0);
  const vcpu = sum((h) => h.vcpu) * compute.overcommit.cpu;
  const ramGb = sum((h) => h.ramGb) * compute.overcommit.ram;
  const diskTb = sum((h) => h.diskTb);
  const link = (p: Scenario['network']['egress'], extra: number) =>
    (p.baseMbps + p.peakMbps * max(p.diurnal) * max(p.weekly) * max(p.annual)) * 10 + extra;
  const copies = network.events.reduce((a, e) => a + (e.kind === 'bulk-copy' ? e.maxMbps : 0), 0);
  const egress = link(network.egress, network.ddos.meanSizeMbps * 10 + copies);
  const serverToServer = link(network.serverToServer, network.backupWindow.serverToServerMbps + copies);
  const smsMonth = sms.categories.reduce(
    (a, c) => a + c.messagesPerYear * Math.max(1, max(c.deadlineSpikes.map((d) => d.multiplier))),
    0,
  );
  const backupCopies =
    ((storage.backup.retentionDays + 1) * (1 + storage.backup.overheadFraction)) /
    storage.backup.compressionRatio;
  const storageBound =
    storageTb * (1 + backupCopies) + (storage.logs.gbPerDay * storage.logs.retentionDays) / 1000;
  const byQuota: Record<string, number> = {
    vcpu,
    ramGb,
    diskTb,
    vmCount: 5000,
    storageTb: storageBound,
    egressMbps: egress,
    serverToServerMbps: serverToServer,
    smsPerYear: smsMonth,
  };
  return doc.contract.priceCatalog.items.map((item) => {
    if (item.billingBasis === 'contracted' || item.billingBasis === 'fixed-monthly')
      return item.contractedQuantity;
    const bound = item.quotaKey ? (byQuota[item.quotaKey] ?? 0) : 0;
    const perGb =
      (item.quotaKey === 'diskTb' || item.quotaKey === 'storageTb') && /^GB/i.test(item.unit) ? 1024 : 1;
    return Math.max(bound * perGb, item.billingBasis === 'per-message' ? item.contractedQuantity / 12 : 0);
  });
}

function checkPrices(ctx: Ctx, doc: Scenario, storageTb: number, months: number): void {
  const catalog = doc.contract.priceCatalog;
  const factor = Number(catalog.calibrationFactor);
  if (!finite(factor)) return;
  if (factor > MAX_CALIBRATION_FACTOR) {
    report(
      ctx,
      ['contract', 'priceCatalog', 'calibrationFactor'],
      `expected a calibration factor ≤ ${MAX_CALIBRATION_FACTOR} (unit prices at most ${MAX_CALIBRATION_FACTOR}× their list price), got ${catalog.calibrationFactor}`,
      'calibrationFactorMax',
      { max: MAX_CALIBRATION_FACTOR, got: String(catalog.calibrationFactor) },
    );
    return;
  }
  let renewalFactorTooLarge = false;
  doc.timeline.forEach((event, i) => {
    if (event.kind !== 'renew-term' || !event.priceCatalog) return;
    const f = Number(event.priceCatalog.calibrationFactor);
    if (f > MAX_CALIBRATION_FACTOR) {
      renewalFactorTooLarge = true;
      report(
        ctx,
        ['timeline', i, 'priceCatalog', 'calibrationFactor'],
        `expected a calibration factor ≤ ${MAX_CALIBRATION_FACTOR}, got ${event.priceCatalog.calibrationFactor}`,
        'calibrationFactorMax',
        { max: MAX_CALIBRATION_FACTOR, got: String(event.priceCatalog.calibrationFactor) },
      );
    }
  });
  if (renewalFactorTooLarge) return;
  let priceChange = 1;
  let badChange = false;
  doc.timeline.forEach((event, i) => {
    if (event.kind !== 'price-change') return;
    const f = Number(event.factor);
    if (f > MAX_PRICE_CHANGE_FACTOR) {
      badChange = true;
      report(
        ctx,
        ['timeline', i, 'factor'],
        `expected a price factor ≤ ${MAX_PRICE_CHANGE_FACTOR}, got ${event.factor}`,
        'priceFactorMax',
        { max: MAX_PRICE_CHANGE_FACTOR, got: String(event.factor) },
      );
    } else if (f > priceChange) priceChange = f;
  });
  if (badChange) return;
  const quantities = quantityBounds(doc, storageTb);
  const amounts = catalog.items.map(
    (item, i) => quantities[i] * Number(item.listPriceCny) * factor * priceChange,
  );
  const bill = amounts.reduce((a, b) => a + b, 0) * months;
  if (!(bill > MAX_BILL_ESTIMATE_CNY)) return;
  let top = 0;
  amounts.forEach((a, i) => {
    if (a > amounts[top]) top = i;
  });
  const item = catalog.items[top];
  report(
    ctx,
    ['contract', 'priceCatalog', 'items', top],
    `the bill could reach ¥${fmt(bill)} over the term, more than the ¥${fmt(MAX_BILL_ESTIMATE_CNY)} the planner ` +
      `settles to the fen: '${item.id}' alone up to ${fmt(quantities[top])} (${item.unit}) each month at ` +
      `¥${(Number(item.listPriceCny) * factor * priceChange).toPrecision(4)} — check its listPriceCny and ` +
      `contractedQuantity, the calibrationFactor and what drives its usage`,
    'billMax',
    {
      bill: fmt(bill),
      max: fmt(MAX_BILL_ESTIMATE_CNY),
      item: item.id,
      quantity: fmt(quantities[top]),
      unit: item.unit,
      price: (Number(item.listPriceCny) * factor * priceChange).toPrecision(4),
    },
  );
}

/** The model-soundness bounds of a scenario (see the module note). */
export function checkModelBounds(doc: Scenario, ctx: Ctx): void {
  try {
    const months = horizonMonthsOf(doc); // the signed term and its renewals
    if (!finite(months) || months < 1 || months > MAX_TERM_MONTHS) return; // the term's own rule says what is wrong
    const termHours = months * HOURS_PER_MONTH;
    const { compute, database } = doc;
    checkFailureRate(
      ctx,
      ['compute', 'hostFailure'],
      compute.hosts.length,
      'host',
      compute.hostFailure,
      compute.hostRepair,
      termHours,
      MAX_EXPECTED_HOST_FAILURES,
    );
    checkFailureRate(
      ctx,
      ['database', 'nodeFailure'],
      database.nodes,
      'database node',
      database.nodeFailure,
      database.nodeRepair,
      termHours,
      MAX_EXPECTED_DB_NODE_FAILURES,
    );
    const projected = projectedPrimaryTb(doc, months);
    // A bill estimate on top of runaway storage would only repeat the storage problem.
    const storageTb = projected.reduce((a, b) => a + b, 0);
    if (!checkStorage(ctx, doc, projected)) checkPrices(ctx, doc, storageTb, months);
  } catch {
    // A document other rules refused can have any shape here; those rules already say what is wrong.
  }
}

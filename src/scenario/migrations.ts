/**
 * Forward-only migrations, so a file or link made by an older version still opens. migrations[v]
 * turns a version-v document into version v+1; each is total (never throws on odd input: it copies
 * what it does not understand and leaves judging to validation).
 *
 * Version 0: the document the app shipped before the schema (no `version`): id, name, term and the
 * contract's money, quotas and installment dates. Version 1: the full scenario (schema.ts).
 */

import { SCENARIO_VERSION } from './schema.ts';
import { DEFAULT_PRICE_CATALOG } from './sections/catalogDefaults.ts';
import { COMPUTE_DEFAULTS, hostsForPool } from './sections/compute.ts';
import { CONTRACT_CLAUSE_DEFAULTS } from './sections/contract.ts';
import { DATABASE_DEFAULTS } from './sections/database.ts';
import { NETWORK_DEFAULTS } from './sections/network.ts';
import { SIMULATION_DEFAULTS } from './sections/simulation.ts';
import { SMS_DEFAULTS } from './sections/sms.ts';
import { STORAGE_DEFAULTS } from './sections/storage.ts';
import { TIMELINE_DEFAULTS } from './sections/timeline.ts';

type Doc = Record<string, unknown>;

function isPlainObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of JSON data (defaults must never be shared with a document). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Hosts summing to the document's contracted pool, or the default pool when its quotas are odd. */
function poolHosts(quotas: Doc) {
  const { vcpu, ramGb, diskTb } = quotas;
  const ok = [vcpu, ramGb, diskTb].every(
    (x) => typeof x === 'number' && Number.isFinite(x) && x >= 2 && x <= 100_000,
  );
  return ok ? hostsForPool(vcpu as number, ramGb as number, diskTb as number) : clone(COMPUTE_DEFAULTS.hosts);
}

function migrate0to1(doc: Doc): Doc {
  const contract = isPlainObject(doc.contract) ? doc.contract : {};
  const quotas = isPlainObject(contract.quotas) ? contract.quotas : {};
  const catalog = clone(DEFAULT_PRICE_CATALOG);
  // The catalog prices the document's own contracted quantities.
  for (const item of catalog.items) {
    const q = item.quotaKey ? quotas[item.quotaKey] : undefined;
    if (typeof q === 'number') item.contractedQuantity = q;
  }
  const name = typeof doc.name === 'string' ? doc.name : 'Untitled scenario';
  return {
    ...doc,
    version: 1,
    name,
    nameZh: typeof doc.nameZh === 'string' ? doc.nameZh : name,
    description: typeof doc.description === 'string' ? doc.description : '',
    descriptionZh: typeof doc.descriptionZh === 'string' ? doc.descriptionZh : '',
    contract: { ...clone(CONTRACT_CLAUSE_DEFAULTS), priceCatalog: catalog, ...contract },
    compute: doc.compute ?? { ...clone(COMPUTE_DEFAULTS), hosts: poolHosts(quotas) },
    database: doc.database ?? clone(DATABASE_DEFAULTS),
    storage: doc.storage ?? clone(STORAGE_DEFAULTS),
    network: doc.network ?? clone(NETWORK_DEFAULTS),
    sms: doc.sms ?? clone(SMS_DEFAULTS),
    timeline: doc.timeline ?? clone(TIMELINE_DEFAULTS),
    simulation: doc.simulation ?? clone(SIMULATION_DEFAULTS),
  };
}

/** migrations[v] takes a version-v document to version v + 1. */
export const MIGRATIONS: readonly ((doc: Doc) => Doc)[] = [migrate0to1];

export type MigrationResult =
  | { ok: true; doc: unknown; fromVersion: number }
  | { ok: false; message: string };

/** The document's version: its `version` field, or 0 when it has none. */
export function documentVersion(doc: Doc): number | undefined {
  if (!('version' in doc) || doc.version === undefined) return 0;
  return typeof doc.version === 'number' && Number.isInteger(doc.version) ? doc.version : undefined;
}

/** Brings a document of any known version to SCENARIO_VERSION. Never throws. */
export function migrateScenario(input: unknown): MigrationResult {
  if (!isPlainObject(input)) return { ok: false, message: 'expected a scenario object' };
  const from = documentVersion(input);
  if (from === undefined || from < 0) {
    return { ok: false, message: `expected a whole version number, got ${JSON.stringify(input.version)}` };
  }
  if (from > SCENARIO_VERSION) {
    return {
      ok: false,
      message: `made by a newer planner (version ${from}); this one reads versions up to ${SCENARIO_VERSION}`,
    };
  }
  try {
    let doc: Doc = input;
    for (let v = from; v < SCENARIO_VERSION; v++) doc = MIGRATIONS[v](doc);
    return { ok: true, doc, fromVersion: from };
  } catch (error) {
    return { ok: false, message: `could not migrate from version ${from}: ${String(error).slice(0, 200)}` };
  }
}

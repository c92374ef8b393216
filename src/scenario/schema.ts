/**
 * The scenario document: the single source of truth for the editor, the share-URL codec, the files
 * in scenarios/ and the simulation. TypeScript types are inferred from it and
 * scenarios/scenario.schema.json is generated from it (`npm run schema`).
 *
 * Version 1. A document of an older version goes through migrations.ts first.
 */
import { z } from 'zod';
import { crossCheckScenario } from './crossChecks.ts';
import { actualsSchema } from './sections/actuals.ts';
import { freeText, idString, nameText } from './sections/common.ts';
import { computeSchema } from './sections/compute.ts';
import { contractSchema } from './sections/contract.ts';
import { databaseSchema } from './sections/database.ts';
import { networkSchema } from './sections/network.ts';
import { simulationSchema } from './sections/simulation.ts';
import { smsSchema } from './sections/sms.ts';
import { storageSchema } from './sections/storage.ts';
import { termSchema } from './sections/term.ts';
import { timelineSchema } from './sections/timeline.ts';

export const SCENARIO_VERSION = 1;

export const scenarioObjectSchema = z.strictObject({
  /** Lets editors find scenarios/scenario.schema.json; ignored otherwise. */
  $schema: z.string().max(200).optional(),
  version: z.literal(SCENARIO_VERSION),
  id: idString,
  /** English name (the UI's second language). */
  name: nameText,
  nameZh: nameText,
  description: freeText,
  descriptionZh: freeText,
  term: termSchema,
  contract: contractSchema,
  compute: computeSchema,
  database: databaseSchema,
  storage: storageSchema,
  network: networkSchema,
  sms: smsSchema,
  timeline: timelineSchema,
  simulation: simulationSchema,
  /** Measured history and fitted trends: the scenario runs "as of" a month (optional). */
  actuals: actualsSchema.optional(),
});

/** The document with its cross-section rules (ids that refer to systems, runaway caps, dates in the term). */
export const scenarioSchema = scenarioObjectSchema.superRefine(crossCheckScenario);

export type Scenario = z.infer<typeof scenarioObjectSchema>;

export type { Actuals, ActualsFit } from './sections/actuals.ts';
export type { Compute, Host, SystemDef, VmShape } from './sections/compute.ts';
export type { Contract, Quotas } from './sections/contract.ts';
export type { Database } from './sections/database.ts';
export type { DistributionSpec } from './sections/distribution.ts';
export type { DemandProfile, Network } from './sections/network.ts';
export type { PriceCatalog, PriceCatalogItem } from './sections/priceCatalog.ts';
export type { SimulationSettings } from './sections/simulation.ts';
export type { Sms, SmsCategory } from './sections/sms.ts';
export type { Storage } from './sections/storage.ts';
export type { Term } from './sections/term.ts';
export type { Timeline, TimelineEvent } from './sections/timeline.ts';

import { installCompute } from './compute/installCompute.ts';
import type { InstallModel } from './context.ts';
import { installDatabase } from './database/databaseModel.ts';
import { installNetwork } from './network/installNetwork.ts';
import { installServiceAvailability } from './service/serviceAvailability.ts';
import { installSms } from './sms/installSms.ts';
import { installStorage } from './storage/installStorage.ts';

/**
 * The subsystem models every replication installs, in this order (which is also the order their
 * month-end callbacks run in: service availability comes last, it reads the others' month). Each draws from its own named random stream, so adding or changing
 * one never shifts another's random numbers (common random numbers across scenarios).
 */
export const SUBSYSTEMS: readonly InstallModel[] = [
  installCompute,
  installDatabase,
  installStorage,
  installNetwork,
  installSms,
  installServiceAvailability,
];

/**
 * Each model's name, which labels its events and month-end work so that a budget stop can say which
 * model ran away (runaway.ts holds what each one's cost depends on). A model missing here is
 * called "model N" by its place in the list.
 */
export const SUBSYSTEM_NAMES: ReadonlyMap<InstallModel, string> = new Map<InstallModel, string>([
  [installCompute, 'compute'],
  [installDatabase, 'database'],
  [installStorage, 'storage'],
  [installNetwork, 'network'],
  [installSms, 'sms'],
]);

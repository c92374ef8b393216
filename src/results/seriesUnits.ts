/**
 * The unit of each monthly series' values as a run's summary carries them (JSON, CSV, the browser's
 * summary): the quantity the model records, in the symbols the quota table uses (quotaMetrics.ts).
 * Values recorded as shares are `fraction` (0 to 1; the planner shows them as percentages). The
 * results views name and format each series through their own catalog; a test checks the two agree,
 * and another that every series a built-in scenario records has a unit here.
 */

export const FRACTION = 'fraction';

const UNIT_BY_SERIES: Readonly<Record<string, string>> = {
  // Compute: demand, allocation and what placement could not use.
  vcpuDemand: 'vCPU',
  vcpuAllocated: 'vCPU',
  vcpuUsed: 'vCPU',
  strandedVcpu: 'vCPU',
  ramGbDemand: 'GB',
  ramGbAllocated: 'GB',
  ramGbUsed: 'GB',
  strandedRamGb: 'GB',
  vmCountDemand: 'VMs',
  vmCount: 'VMs',
  headroomVms: 'VMs',
  vmRestarts: 'VMs',
  diskTbDemand: 'TB',
  diskTbAllocated: 'TB',
  haHeadroomOk: FRACTION,
  pendingRequests: 'requests',
  rejectedRequests: 'requests',
  refusalsAntiAffinity: 'events',
  refusalsDisk: 'events',
  refusalsFragmented: 'events',
  refusalsHaReserve: 'events',
  refusalsHostDown: 'events',
  refusalsRam: 'events',
  refusalsVcpu: 'events',
  refusalsVmCount: 'events',
  // Reliability.
  computeAvailability: FRACTION,
  serviceAvailability: FRACTION,
  egressAvailability: FRACTION,
  dbAvailability: FRACTION,
  hostFailures: 'events',
  hostDowntimeHours: 'h',
  vmDowntimeHours: 'h',
  dbNodeFailures: 'events',
  dbFailovers: 'events',
  dbDowntimeMinutes: 'min',
  dbAllDownMinutes: 'min',
  dbHoursSingleNode: 'h',
  dbPeakLoadOfOneNode: '× one node',
  // Storage.
  storageUsedTb: 'TB',
  storagePrimaryTb: 'TB',
  storageBackupTb: 'TB',
  storageLogsTb: 'TB',
  dbArrayUsedTb: 'TB',
  dbArrayFull: FRACTION,
  // Network.
  egressPeakMbps: 'Mbit/s',
  egressP95Mbps: 'Mbit/s',
  egressDemandGb: 'GB',
  egressUnservedGb: 'GB',
  egressHoursAbove80: 'h',
  egressHoursAbove100: 'h',
  serverToServerPeakMbps: 'Mbit/s',
  serverToServerP95Mbps: 'Mbit/s',
  serverToServerUnservedGb: 'GB',
  serverToServerHoursAbove80: 'h',
  serverToServerHoursAbove100: 'h',
  ddosPeakBeforeScrubbingMbps: 'Mbit/s',
  ddosPeakAfterScrubbingMbps: 'Mbit/s',
  // SMS.
  smsSent: 'messages',
  smsYearToDate: 'messages',
  smsPeakHourMessages: 'messages',
  smsDelayedMessages: 'messages',
  smsWaitProbability: FRACTION,
  smsDelayMeanSeconds: 's',
  smsDelayP50Seconds: 's',
  smsDelayP95Seconds: 's',
  smsDelayMaxSeconds: 's',
  // Migration copies.
  bulkCopyHours: 'h',
  migrationCopyHours: 'h',
};

/** Per-host series (`hostVcpuShare:host-01` …): the share of that host's capacity in use. */
const UNIT_BY_PREFIX: Readonly<Record<string, string>> = {
  hostVcpuShare: FRACTION,
  hostRamShare: FRACTION,
};

/** The unit of series `name`, or undefined for a series this table does not know. */
export function seriesUnit(name: string): string | undefined {
  const own = UNIT_BY_SERIES[name];
  if (own !== undefined) return own;
  const colon = name.indexOf(':');
  return colon > 0 ? UNIT_BY_PREFIX[name.slice(0, colon)] : undefined;
}

/**
 * Entry point of the compute subsystem for one replication (see computeModel.ts for the process and
 * computeMonthEnd.ts for the series it records). Returns the model so a runner or an explanation can
 * read its refusal log and final host state; installers that only want series can ignore it.
 */
import type { ModelContext } from '../context.ts';
import { type ComputeModel, createComputeModel } from './computeModel.ts';

export function installCompute(ctx: ModelContext): ComputeModel {
  const { scenario } = ctx;
  return createComputeModel(ctx.sim, ctx.recorder, (cb) => ctx.onMonthEnd(cb), {
    compute: scenario.compute,
    timeline: scenario.timeline,
    vmLimit: scenario.contract.quotas.vmCount,
  });
}

/**
 * Entry point of the compute subsystem for one replication (see computeModel.ts for the process and
 * computeMonthEnd.ts for the series it records). Writes the replication's first refused placement
 * into the notes for the explanations, and returns the model so a caller can read its refusal log
 * and final host state.
 */
import type { ModelContext } from '../context.ts';
import { type ComputeModel, createComputeModel } from './computeModel.ts';

export function installCompute(ctx: ModelContext): ComputeModel {
  const { scenario } = ctx;
  const model = createComputeModel(ctx.sim, ctx.recorder, (cb) => ctx.onMonthEnd(cb), {
    compute: scenario.compute,
    timeline: scenario.timeline,
    vmLimit: scenario.contract.quotas.vmCount,
    systemLeaveMinute: ctx.lifecycle.systemLeaveMinute,
    vmLimitByMonth: ctx.lifecycle.quotasByMonth.vmCount,
  });
  ctx.onFinish(() => {
    const first = model.refusalLog[0];
    if (first) {
      const { minute: _minute, ...note } = first;
      ctx.notes.firstRefusal = note;
    }
  });
  return model;
}

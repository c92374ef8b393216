/**
 * The recommender as the page runs it: on a run worker of its own (so the main run and the
 * comparison are not disturbed), with progress, cancel, and the result kept until the next run.
 */
import { useRef, useState } from 'react';
import { recommend } from '../../../planner/recommend.ts';
import { NotRecommendableError, type NotRecommendableReason } from '../../../planner/recommendable.ts';
import type { Recommendation, RecommendProgress } from '../../../planner/recommendationTypes.ts';
import type { Reading } from '../../../planner/stoppingRule.ts';
import { createRunClient, type RunClient } from '../../../runner/runClient.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { clientPlannerRunner, PlannerCancelled } from './clientPlannerRunner.ts';

export type RecommenderState =
  | { status: 'idle' }
  | { status: 'running'; progress: RecommendProgress | null }
  | { status: 'done'; result: Recommendation }
  | { status: 'cancelled' }
  | { status: 'refused'; reason: NotRecommendableReason; timelineIndex: number }
  | { status: 'failed'; message: string };

export function useRecommender() {
  const clientRef = useRef<RunClient | null>(null);
  const generation = useRef(0);
  const [state, setState] = useState<RecommenderState>({ status: 'idle' });
  const cancelRequested = useRef(false);

  const start = async (
    scenario: Scenario,
    options: { tolerance: number; reading: Reading; maxReplications: number },
  ) => {
    clientRef.current ??= createRunClient();
    const client = clientRef.current;
    const mine = ++generation.current;
    cancelRequested.current = false;
    setState({ status: 'running', progress: null });
    try {
      const result = await recommend(
        scenario,
        clientPlannerRunner(client, () => cancelRequested.current),
        {
          tolerance: options.tolerance,
          reading: options.reading,
          firstLook: Math.min(200, options.maxReplications),
          maxReplications: options.maxReplications,
          onProgress: (progress) => {
            if (generation.current === mine) setState({ status: 'running', progress });
          },
        },
      );
      if (generation.current === mine) setState({ status: 'done', result });
    } catch (error) {
      if (generation.current !== mine) return;
      if (error instanceof PlannerCancelled) setState({ status: 'cancelled' });
      else if (error instanceof NotRecommendableError)
        setState({ status: 'refused', reason: error.reason, timelineIndex: error.timelineIndex });
      else setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const cancel = () => {
    cancelRequested.current = true;
    clientRef.current?.cancel();
  };

  return { state, start, cancel };
}

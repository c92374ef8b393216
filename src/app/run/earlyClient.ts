/**
 * The page's run worker, created as the page's script starts: main.tsx imports this module right
 * after the zod setup, before React, the charts and the store are evaluated, so the run worker and
 * its simulation workers load their code (in their own threads) while the rest of the page's
 * script is compiled and run. Where there are no workers (unit tests) there is none.
 */
import { createRunClient, type RunClient } from '../../runner/runClient.ts';

export const earlyRunClient: RunClient | null = typeof Worker === 'undefined' ? null : createRunClient();

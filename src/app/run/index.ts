/**
 * The page's one run controller, on the page's store and a run worker started as this module loads
 * (before the first render), so that it and its simulation workers load their code while the page
 * starts: the first bands come sooner. Where there are no workers (unit tests), it starts on demand.
 */
import { createRunClient, type RunClient } from '../../runner/runClient.ts';
import { appStore } from '../store/index.ts';
import { startRunController } from './runController.ts';

const early: RunClient | null = typeof Worker === 'undefined' ? null : createRunClient();

export const runController = startRunController(appStore, () => early ?? createRunClient());

/** The page's one run controller, on the page's store and a lazily started run worker. */
import { createRunClient } from '../../runner/runClient.ts';
import { appStore } from '../store/index.ts';
import { startRunController } from './runController.ts';

export const runController = startRunController(appStore, () => createRunClient());

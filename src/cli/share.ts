/** `share <scenario.json | ->`: prints the share-URL hash of a scenario. */
import { BASELINE_ID, BUILT_IN_SCENARIOS } from '../scenario/library.ts';
import { encodeShareHash } from '../scenario/shareUrl.ts';
import { defineSourceCommand } from './loadSource.ts';

export const shareCommand = defineSourceCommand({
  name: 'share',
  usage: '  share <scenario | ->                 print the share-URL hash of a scenario',
  expects: 'one scenario file or - (standard input)',
  act(scenario, _source, io) {
    const base = BUILT_IN_SCENARIOS.has(scenario.id) ? scenario.id : BASELINE_ID;
    io.out(encodeShareHash(scenario, base));
  },
});

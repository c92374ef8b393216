/** `share <scenario.json | ->`: prints the share-URL hash of a scenario. */
import { BASELINE_ID, BUILT_IN_SCENARIOS } from '../scenario/library.ts';
import { encodeShareHash } from '../scenario/shareUrl.ts';
import { defineCommand } from './command.ts';
import { loadSource } from './loadSource.ts';
import { parseOptions } from './options.ts';

export const shareCommand = defineCommand<{ source: string }>({
  name: 'share',
  usage: '  share <scenario | ->                 print the share-URL hash of a scenario',
  parse(args) {
    const parsed = parseOptions(args, []);
    if (!parsed.ok) return parsed;
    if (parsed.options.positional.length !== 1)
      return { ok: false, message: 'share expects one scenario file or - (standard input)' };
    return { ok: true, options: { source: parsed.options.positional[0] } };
  },
  async execute({ source }, io) {
    const loaded = await loadSource(source, io);
    if (!loaded.ok) {
      io.err(loaded.message);
      return 1;
    }
    const base = BUILT_IN_SCENARIOS.has(loaded.scenario.id) ? loaded.scenario.id : BASELINE_ID;
    io.out(encodeShareHash(loaded.scenario, base));
    return 0;
  },
});

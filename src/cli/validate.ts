/** `validate <file | share-URL | ->`: checks a scenario and names every field that is wrong. */
import { defineCommand } from './command.ts';
import { loadSource } from './loadSource.ts';
import { parseOptions } from './options.ts';

export const validateCommand = defineCommand<{ source: string }>({
  name: 'validate',
  usage: '  validate <scenario | share-URL | ->  check a scenario; name every field that is wrong',
  parse(args) {
    const parsed = parseOptions(args, []);
    if (!parsed.ok) return parsed;
    if (parsed.options.positional.length !== 1)
      return { ok: false, message: 'validate expects one scenario file, share URL or - (standard input)' };
    return { ok: true, options: { source: parsed.options.positional[0] } };
  },
  async execute({ source }, io) {
    const loaded = await loadSource(source, io);
    if (!loaded.ok) {
      io.err(loaded.message);
      return 1;
    }
    io.out(`${source}: valid scenario "${loaded.scenario.id}" (version ${loaded.scenario.version})`);
    return 0;
  },
});

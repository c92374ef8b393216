/** `validate <file | share-URL | ->`: checks a scenario and names every field that is wrong. */
import { defineSourceCommand } from './loadSource.ts';

export const validateCommand = defineSourceCommand({
  name: 'validate',
  usage: '  validate <scenario | share-URL | ->  check a scenario; name every field that is wrong',
  expects: 'one scenario file, share URL or - (standard input)',
  act(scenario, source, io) {
    io.out(`${source}: valid scenario "${scenario.id}" (version ${scenario.version})`);
  },
});

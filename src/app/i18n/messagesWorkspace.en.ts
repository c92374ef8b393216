/** English messages of the workspace, share links, run identity and drafts: the keys of messagesWorkspace.zh.ts. */
import type { zhWorkspace } from './messagesWorkspace.zh.ts';

export const enWorkspace: Record<keyof typeof zhWorkspace, string> = {
  'link.code.checksum':
    'The link was changed or damaged on the way (its checksum does not match); it was not opened, so that no other scenario shows in its place.',
  'link.code.truncated':
    'The link is cut short (its checksum at the end is missing). Ask the sender for the whole link.',
  'link.unchecked':
    'This is an old share link without a checksum: whether it was changed on the way cannot be checked. Check the scenario.',
  'link.repaired': 'The link had been altered on the way ({repairs}); it was repaired and opened.',
  'link.repair.encoded-hash': 'its “#” encoded',
  'link.repair.percent-encoding': 'characters encoded',
  'link.repair.whitespace': 'a line break inside',
  'link.repair.trailing-characters': 'characters after its end',
  'link.warnings': 'Parts of the link could not be used:',
};

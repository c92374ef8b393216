/** English messages of the workbench: the same keys and placeholders as messagesWorkbench.zh.ts. */
import type { zhWorkbench } from './messagesWorkbench.zh.ts';

export const enWorkbench: Record<keyof typeof zhWorkbench, string> = {
  'skip.toContent': 'Skip to the main content',
  'link.detail': 'Technical detail',
};

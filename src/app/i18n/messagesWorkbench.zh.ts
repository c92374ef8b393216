/**
 * Simplified Chinese messages of the workbench (issue 17): the skip link, the results page's risk
 * header and section navigation, units, the report and the exports.
 */
export const zhWorkbench = {
  'skip.toContent': '跳到主要内容',
  'link.detail': '技术细节',
} as const satisfies Record<string, string>;

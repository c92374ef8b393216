/**
 * Simplified Chinese messages of the workspace, share links, run identity and drafts (issue 13).
 * English: messagesWorkspace.en.ts (same keys, same placeholders).
 */
export const zhWorkspace = {
  'link.code.checksum': '链接在传递中被改动或损坏（校验码不符），为避免打开错误的方案，没有打开它。',
  'link.code.truncated': '链接被截断了（末尾的校验码缺失）。请向发送人要完整的链接。',
  'link.unchecked': '这是旧格式的分享链接，没有校验码：无法确认它在传递中未被改动。请核对方案内容。',
  'link.repaired': '链接在传递中被改动过（{repairs}），已修复后打开。',
  'link.repair.encoded-hash': '“#”被编码',
  'link.repair.percent-encoding': '字符被编码',
  'link.repair.whitespace': '中间有换行',
  'link.repair.trailing-characters': '末尾多了字符',
  'link.warnings': '链接中有无法使用的部分：',
} as const;

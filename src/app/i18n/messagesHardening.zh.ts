/** 错误边界与运行中止的中文消息（问题20）。 */
export const zhHardening = {
  'boundary.title': '此视图无法显示',
  'boundary.body':
    '方案中的某些内容导致此视图出错；规划工具的其他部分仍可正常使用。在您放弃之前，您的修改会一直保留。',
  'boundary.detail': '出错原因：{message}',
  'boundary.discard': '放弃修改并打开“{base}”',
  'boundary.retry': '重试',
  'boundary.rootTitle': '规划工具无法启动',
  'boundary.rootBody': '打开已保存的方案时页面出错。放弃已保存的修改将改为打开已签订的合同方案。',
  'boundary.rootDiscard': '放弃已保存的修改并重新加载',
} as const;

/**
 * A run's failure message as the page shows it. Messages from the simulation's budgets and money
 * checks (src/model/runaway.ts) come in both languages, English line(s) first and then Chinese ones;
 * the page shows the lines of its language. Any other message is shown as it is, first line only —
 * a stack trace never reaches the page — and control characters from inputs are made visible.
 */
import { escapeControls } from '../../scenario/visibleText.ts';
import type { Language } from '../i18n/language.ts';

const CJK = /[\u3400-\u9fff]/;

export function runErrorText(message: string, language: Language): string {
  const lines = escapeControls(message)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^at\s|\.(ts|js|mjs):\d+:\d+/.test(l));
  const zh = lines.filter((l) => CJK.test(l));
  const other = lines.filter((l) => !CJK.test(l));
  if (zh.length > 0 && other.length > 0) return (language === 'zh-CN' ? zh : other).join('\n');
  return lines[0] ?? message;
}

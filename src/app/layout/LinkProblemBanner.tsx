/**
 * Shown when the page was opened with a share link that could not be read: what is wrong (the
 * codec's own message and, for an invalid scenario, the fields), and the baseline, which is what is
 * open meanwhile. Never a blank page.
 */
import { escapeControls } from '../../scenario/visibleText.ts';
import { BASELINE_ID } from '../builtInScenarios.ts';
import { issueText } from '../i18n/issueText.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { useLanguage, useT } from '../i18n/useT.ts';
import { useApp } from '../store/index.ts';

const CODE_TEXT: Record<string, MessageKey> = {
  'not-a-share-link': 'link.code.notALink',
  'unknown-version': 'link.code.unknownVersion',
  'unknown-base': 'link.code.unknownBase',
  corrupt: 'link.code.corrupt',
  checksum: 'link.code.checksum',
  truncated: 'link.code.truncated',
  'too-large': 'link.code.tooLarge',
  invalid: 'link.code.invalid',
};

export function LinkProblemBanner() {
  const t = useT();
  const lang = useLanguage();
  const problem = useApp((s) => s.linkProblem);
  const requestOpen = useApp((s) => s.requestOpen);
  const setLinkProblem = useApp((s) => s.setLinkProblem);
  if (!problem) return null;
  // Through the unsaved-work question: a broken link pasted over work must not discard it.
  const openBaseline = () => {
    setLinkProblem(null);
    requestOpen({ kind: 'builtin', id: BASELINE_ID });
  };
  return (
    <div className="link-problem" role="alert" data-testid="link-problem" data-code={problem.code}>
      <p className="link-problem-title">{t('link.problemTitle')}</p>
      <p>{t(CODE_TEXT[problem.code] ?? 'link.code.corrupt')}</p>
      {problem.issues && problem.issues.length > 0 ? (
        <ul>
          {problem.issues.slice(0, 8).map((issue) => (
            <li key={issue.path + issue.message}>{escapeControls(issueText(issue, lang))}</li>
          ))}
        </ul>
      ) : (
        // The codec's own detail is English: shown in English; in Chinese the code's text says it all.
        lang === 'en' && <p className="muted">{escapeControls(problem.message)}</p>
      )}
      <div className="toolbar">
        <button type="button" className="primary" onClick={openBaseline} data-testid="open-baseline">
          {t('link.openBaseline')}
        </button>
        <button type="button" onClick={() => setLinkProblem(null)}>
          {t('link.dismiss')}
        </button>
      </div>
    </div>
  );
}

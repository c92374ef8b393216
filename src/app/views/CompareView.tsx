/** Compare: side-by-side runs come with the runner; until then it says what it will do. */
import { useT } from '../i18n/useT.ts';

export function CompareView() {
  const t = useT();
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <div className="empty-state">
        <p>{t('compare.empty')}</p>
      </div>
    </section>
  );
}

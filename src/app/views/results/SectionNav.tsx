/**
 * The results sections a planner jumps between (risk, capacity, money, placement, reliability,
 * migration), kept in sight while scrolling. A link moves focus to the section's heading and scrolls
 * to it without writing to the address bar's hash (it holds share links).
 */
import { useT } from '../../i18n/useT.ts';
import { jumpTo } from './RiskHeader.tsx';

export type NavSection = 'risk' | 'capacity' | 'money' | 'placement' | 'reliability' | 'migration';

export function SectionNav({ sections }: { sections: readonly NavSection[] }) {
  const t = useT();
  return (
    <nav className="section-nav" aria-label={t('results.nav')} data-testid="section-nav">
      <ul>
        {sections.map((s) => (
          <li key={s}>
            <a href={`#results-${s}`} data-testid={`nav-${s}`} onClick={(e) => jumpTo(e, s)}>
              {t(`results.section.${s}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

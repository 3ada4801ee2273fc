import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The case page's sections, in order; each is a landmark reached from the page's own contents list. */
export const SECTIONS = [
  'summary',
  'status',
  'documents',
  'support',
  'engagements',
  'claims',
  'referrals',
  'contactRequests',
  'incidents',
  'legalActions',
  'tasks',
  'notes',
] as const;
export type SectionName = (typeof SECTIONS)[number];

export function CaseSection({ name, children }: { name: SectionName; children: ReactNode }) {
  const { t } = useTranslation('case');
  return (
    <section id={`case-${name}`} className="case-section" aria-labelledby={`case-${name}-title`}>
      <h2 id={`case-${name}-title`}>{t(`section.${name}`)}</h2>
      {children}
    </section>
  );
}

/** The sections as links, for moving through a long page by keyboard. */
export function CaseContents({ shown }: { shown: readonly SectionName[] }) {
  const { t } = useTranslation('case');
  return (
    <nav aria-label={t('contents')} className="case-contents">
      <ul>
        {shown.map((name) => (
          <li key={name}>
            <a href={`#case-${name}`}>{t(`section.${name}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

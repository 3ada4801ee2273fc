import { useTranslation } from 'react-i18next';
import { DateText } from '../../components/date-text';
import { useAbilities } from '../../session/abilities';
import { CasesPanel } from './cases-panel';
import { ConsentsPanel } from './consents-panel';
import { ContactPanel } from './contact-panel';
import { DuePanel } from './due-panel';
import { SupportPanel } from './support-panel';

/** The first screen after signing in: one small panel per question, shown when the user may ask it. */
export function HomePage() {
  const { t } = useTranslation('home');
  const { can } = useAbilities();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">
        {t('today')} <DateText value={new Date().toISOString()} />
      </p>
      {can('case:list') ? (
        <div className="panels">
          <CasesPanel />
          <DuePanel />
          <SupportPanel />
          <ConsentsPanel />
          {can('contact:handle') && <ContactPanel />}
        </div>
      ) : (
        <p>{t('nothingForRole')}</p>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { contactApi } from '../../api/contact-api';
import { AddForm } from '../case/add-form';
import { ContactRequestForm } from '../contact/contact-request-form';
import { ContactRequests } from '../contact/contact-request-list';

/** The requests of my teams still waiting for our next step, and a new one as it comes in. */
export function ContactPanel() {
  const { t } = useTranslation('contact');
  return (
    <section className="panel" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('panel.title')}</h2>
      <p className="muted">{t('panel.explain')}</p>
      <ContactRequests
        load={(signal) => contactApi.waiting(signal)}
        deps={[]}
        empty={t('panel.none')}
        recordNew={(teams, saved) => (
          <AddForm label={t('add')}>
            {(close) => (
              <ContactRequestForm
                teams={teams}
                teamId={teams[0]?.id ?? ''}
                onSaved={() => {
                  close();
                  saved();
                }}
              />
            )}
          </AddForm>
        )}
      />
    </section>
  );
}

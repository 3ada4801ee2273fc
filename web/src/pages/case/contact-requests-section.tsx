import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../api/case-api';
import { contactApi } from '../../api/contact-api';
import { useAbilities } from '../../session/abilities';
import { ContactRequestForm } from '../contact/contact-request-form';
import { ContactRequests } from '../contact/contact-request-list';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';

/** Relatives' requests matched to the client, received by the user's teams; one recorded here is matched to the client. */
export function ContactRequestsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('contact');
  const { can } = useAbilities();
  if (!can('contact:handle')) return null;
  return (
    <CaseSection name="contactRequests">
      <p className="muted">{t('section.explain')}</p>
      <ContactRequests
        load={(signal) => contactApi.ofCase(detail.id, signal)}
        deps={[detail.id]}
        empty={t('section.none')}
        recordNew={(teams, saved) => (
          <AddForm label={t('add')}>
            {(close) => (
              <ContactRequestForm
                teams={teams}
                teamId={teams.find((team) => team.id === detail.teamId)?.id ?? teams[0]?.id ?? ''}
                soughtPersonId={detail.clientId}
                onSaved={() => {
                  close();
                  saved();
                }}
              />
            )}
          </AddForm>
        )}
      />
    </CaseSection>
  );
}

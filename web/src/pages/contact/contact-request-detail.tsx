import { useTranslation } from 'react-i18next';
import { canTransitionContactRequest } from '../../../../src/domain/contact-request';
import { contactApi, type ContactRequest } from '../../api/contact-api';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';
import { AddForm } from '../case/add-form';
import { useReload } from '../case/use-reload';
import { AnswerForm } from './answer-form';
import { DatedStepForm } from './dated-step-form';
import { MatchStep } from './match-step';

/** One request opened: everything the family gave and every step so far (a look that is recorded), and the next steps. */
export function ContactRequestDetail({ id, onChanged }: { id: string; onChanged: () => void }) {
  const [tick, reload] = useReload();
  const state = useResource((signal) => contactApi.get(id, signal), [id, tick]);
  const saved = (close: () => void) => () => {
    close();
    reload();
    onChanged();
  };
  return (
    <Resource state={state}>
      {(request) => (
        <div className="record-detail">
          <RequestRecord request={request} />
          <NextSteps request={request} saved={saved} />
        </div>
      )}
    </Resource>
  );
}

function RequestRecord({ request: r }: { request: ContactRequest }) {
  const { t } = useTranslation('contact');
  const { t: tc } = useTranslation('case');
  return (
    <>
      <h3>{t('detail.requester')}</h3>
      <p>
        <bdi>{r.requester.name}</bdi> · <bdi>{r.requester.relationship}</bdi> · <bdi>{r.requester.country}</bdi> ·{' '}
        <bdi>{r.requester.contact}</bdi>
      </p>
      {r.message && (
        <p className="note-body">
          {t('detail.message')} <bdi>{r.message}</bdi>
        </p>
      )}
      <h3>{t('detail.sought')}</h3>
      <p>
        {r.sought.names.map((name) => (
          <bdi key={name} className="assignee">
            {name}
          </bdi>
        ))}
      </p>
      {r.sought.birthYear != null && (
        <p>
          {t('detail.birthYear')} <bdi>{r.sought.birthYear}</bdi>
        </p>
      )}
      {r.sought.nationality && (
        <p>
          {t('detail.nationality')} <bdi>{r.sought.nationality}</bdi>
        </p>
      )}
      {r.sought.relatives.length > 0 && (
        <p>
          {t('detail.relatives')}{' '}
          {r.sought.relatives.map((name) => (
            <bdi key={name} className="assignee">
              {name}
            </bdi>
          ))}
        </p>
      )}
      {r.sought.details && (
        <p className="note-body">
          <bdi>{r.sought.details}</bdi>
        </p>
      )}
      <p>
        {t('detail.status')} <strong>{t(`statuses.${r.status}`)}</strong> · <DateText value={r.statusOn} />
      </p>
      <p>
        {r.soughtPerson ? (
          <>
            {t('detail.matched')} <bdi>{r.soughtPerson.label}</bdi>
          </>
        ) : (
          t('detail.notMatched')
        )}
      </p>
      {r.consultedOn && (
        <p>
          {t('detail.consultedOn')} <DateText value={r.consultedOn} />
        </p>
      )}
      {r.answer && (
        <p>
          {t('detail.answer')} {t(`answers.${r.answer.answer}`)} · <DateText value={r.answer.on} /> ·{' '}
          {tc(`referrals.methods.${r.answer.method}`)} · {t('detail.recordedBy')} <bdi>{r.answer.recordedBy.name}</bdi>
        </p>
      )}
      {r.shared && (
        <p>
          {t('detail.shared')} {r.shared.wellbeing && t('detail.wellbeing')}{' '}
          {[r.shared.message, r.shared.contact, r.shared.city, r.shared.country].filter(Boolean).map((value) => (
            <bdi key={value} className="assignee">
              {value}
            </bdi>
          ))}
        </p>
      )}
      {r.contactMadeOn && (
        <p>
          {t('detail.contactMadeOn')} <DateText value={r.contactMadeOn} />
        </p>
      )}
      {r.closedOn && (
        <p>
          {t('detail.closedOn')} <DateText value={r.closedOn} />
        </p>
      )}
    </>
  );
}

/** The steps the status allows next, each behind its own button. */
function NextSteps({ request, saved }: { request: ContactRequest; saved: (close: () => void) => () => void }) {
  const { t } = useTranslation('contact');
  const next = (to: Parameters<typeof canTransitionContactRequest>[1]) =>
    canTransitionContactRequest(request.status, to);
  if (request.status === 'closed') return null;
  return (
    <div className="actions">
      {next('possible_match_found') && (
        <AddForm label={t('steps.search')}>{(close) => <MatchStep request={request} onSaved={saved(close)} />}</AddForm>
      )}
      {next('sought_person_consulted') && (
        <AddForm label={t('steps.consultation')}>
          {(close) => <DatedStepForm request={request} step="consultation" onSaved={saved(close)} />}
        </AddForm>
      )}
      {next('consent_given') && (
        <AddForm label={t('steps.answer')}>
          {(close) => <AnswerForm request={request} onSaved={saved(close)} />}
        </AddForm>
      )}
      {next('contact_made') && (
        <AddForm label={t('steps.contactMade')}>
          {(close) => <DatedStepForm request={request} step="contact-made" onSaved={saved(close)} />}
        </AddForm>
      )}
      <AddForm label={t('steps.close')}>
        {(close) => <DatedStepForm request={request} step="close" onSaved={saved(close)} />}
      </AddForm>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { LEGAL_ACTION_STATUSES, canTransitionLegalAction } from '../../../../src/domain/legal-action';
import { legalActionApi } from '../../api/legal-action-api';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';
import { AddForm } from './add-form';
import { FiledForm, FilingForm, HearingForm, HearingResultForm } from './legal-action-forms';
import { LegalActionUpdateForm } from './legal-action-update-form';
import { useReload } from './use-reload';

/** One proceeding as recorded: its parties, hearings and filings, with the forms to add to it. */
export function LegalActionDetail({
  id,
  canUpdate,
  onChanged,
}: {
  id: string;
  canUpdate: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const state = useResource((signal) => legalActionApi.get(id, signal), [id, tick]);
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <Resource state={state}>
      {(a) => (
        <div className="record-detail">
          <dl className="case-facts">
            <dt>{t('legalActions.kind')}</dt>
            <dd>{t(`legalActions.kinds.${a.kind}`)}</dd>
            <dt>{t('legalActions.forum')}</dt>
            <dd>
              <bdi>{a.forum.name}</bdi>
            </dd>
            {a.closedOn && (
              <>
                <dt>{t('legalActions.closedOn')}</dt>
                <dd>
                  <DateText value={a.closedOn} />
                </dd>
              </>
            )}
            <dt>{t('legalActions.outcome')}</dt>
            <dd>{a.outcome ? <bdi>{a.outcome}</bdi> : t('legalActions.noOutcome')}</dd>
          </dl>
          <h3>{t('legalActions.parties')}</h3>
          {a.parties.length === 0 ? (
            <p className="muted">{t('legalActions.noParties')}</p>
          ) : (
            <ul>
              {a.parties.map((p) => (
                <li key={'personId' in p ? p.personId : p.organizationId}>
                  <bdi>{p.label}</bdi> · {t(`legalActions.sides.${p.side}`)}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('legalActions.hearings')}</h3>
          {a.hearings.length === 0 ? (
            <p className="muted">{t('legalActions.noHearings')}</p>
          ) : (
            <ul>
              {a.hearings.map((h) => (
                <li key={h.id}>
                  <DateText value={h.on} /> · <bdi>{h.place}</bdi>
                  {h.result ? (
                    <p className="note-body">
                      <bdi>{h.result}</bdi>
                    </p>
                  ) : (
                    canUpdate && (
                      <AddForm label={t('legalActions.recordResult')} onSaved={changed}>
                        {(saved) => <HearingResultForm actionId={a.id} hearing={h} onSaved={saved} />}
                      </AddForm>
                    )
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('legalActions.filings')}</h3>
          {a.filings.length === 0 ? (
            <p className="muted">{t('legalActions.noFilings')}</p>
          ) : (
            <ul>
              {a.filings.map((f) => (
                <li key={f.id}>
                  <bdi>{f.kind}</bdi>
                  {f.deadlineOn && (
                    <>
                      {' '}
                      · {t('legalActions.deadline')} <DateText value={f.deadlineOn} />
                    </>
                  )}{' '}
                  ·{' '}
                  {f.filedOn ? (
                    <>
                      {t('legalActions.filedOn')} <DateText value={f.filedOn} />
                    </>
                  ) : (
                    <strong className="alert">{t('legalActions.notFiled')}</strong>
                  )}
                  {!f.filedOn && canUpdate && (
                    <AddForm label={t('legalActions.recordFiled')} onSaved={changed}>
                      {(saved) => <FiledForm actionId={a.id} filing={f} onSaved={saved} />}
                    </AddForm>
                  )}
                </li>
              ))}
            </ul>
          )}
          {canUpdate && (
            <div className="actions">
              <AddForm label={t('legalActions.addHearing')} onSaved={changed}>
                {(saved) => <HearingForm actionId={a.id} onSaved={saved} />}
              </AddForm>
              <AddForm label={t('legalActions.addFiling')} onSaved={changed}>
                {(saved) => <FilingForm actionId={a.id} onSaved={saved} />}
              </AddForm>
              <AddForm label={t('legalActions.update')} onSaved={changed}>
                {(saved) => (
                  <LegalActionUpdateForm
                    action={a}
                    statuses={LEGAL_ACTION_STATUSES.filter((s) => canTransitionLegalAction(a.status, s))}
                    onSaved={saved}
                  />
                )}
              </AddForm>
            </div>
          )}
        </div>
      )}
    </Resource>
  );
}

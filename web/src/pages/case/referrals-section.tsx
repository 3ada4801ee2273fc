import { useTranslation } from 'react-i18next';
import { createBody } from '../../../../src/api/routes/referrals/schema';
import { CONSENT_METHODS } from '../../../../src/domain/referral';
import type { CaseDetail } from '../../api/case-api';
import { caseworkApi } from '../../api/casework-api';
import { DateText } from '../../components/date-text';
import { FormError } from '../../components/form-error';
import { Resource, useResource } from '../../components/resource';
import { DateField, SelectField, TextAreaField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { useOptions } from './options';
import { OrganizationField } from './organization-field';
import { ReferralStatusForm } from './referral-status-form';
import { useReload } from './use-reload';

/** Referrals to other organizations, each with the client's recorded consent and its outcome. */
export function ReferralsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const list = useResource((signal) => caseworkApi.referrals(detail.id, signal), [detail.id, tick]);
  const canUpdate = detail.abilities['referral:update'];
  return (
    <CaseSection name="referrals">
      {canUpdate && (
        <AddForm label={t('referrals.add')} onSaved={reload}>
          {(saved) => <ReferralForm caseId={detail.id} onSaved={saved} />}
        </AddForm>
      )}
      <Resource state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('referrals.none')}</p>
          ) : (
            <ul className="records">
              {items.map((r) => (
                <li key={r.id}>
                  <bdi>{r.to.name}</bdi> · <DateText value={r.sentOn} /> · {t(`referrals.statuses.${r.status}`)} ·{' '}
                  {r.consent ? (
                    <>
                      {t('referrals.consentGiven')} <DateText value={r.consent.givenOn} />
                    </>
                  ) : (
                    <strong className="alert">{t('referrals.noConsent')}</strong>
                  )}
                  <p className="note-body">
                    <bdi>{r.purpose}</bdi>
                  </p>
                  {r.outcome && (
                    <p>
                      {t('referrals.outcome')} <bdi>{r.outcome}</bdi>
                    </p>
                  )}
                  {canUpdate && r.status !== 'declined' && r.status !== 'completed' && (
                    <AddForm label={t('referrals.change')} onSaved={reload}>
                      {(saved) => <ReferralStatusForm item={r} onSaved={saved} />}
                    </AddForm>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Resource>
    </CaseSection>
  );
}

function ReferralForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: { toOrganizationId: '', sentOn: '', purpose: '', 'consent.givenOn': '', 'consent.method': 'in_person' },
    schema: createBody,
    toInput: (v) => ({
      toOrganizationId: v.toOrganizationId,
      sentOn: v.sentOn,
      purpose: v.purpose,
      consent: { givenOn: v['consent.givenOn'], method: v['consent.method'] },
    }),
    save: (input) => caseworkApi.refer(caseId, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <OrganizationField label={t('referrals.to')} field={form.field('toOrganizationId')} />
      <DateField label={t('referrals.sentOn')} {...form.field('sentOn')} />
      <TextAreaField label={t('referrals.purpose')} {...form.field('purpose')} />
      <DateField label={t('referrals.consentOn')} {...form.field('consent.givenOn')} />
      <SelectField
        label={t('referrals.consentMethod')}
        options={options('referrals.methods', CONSENT_METHODS)}
        {...form.field('consent.method')}
      />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}

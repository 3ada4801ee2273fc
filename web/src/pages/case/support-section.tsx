import { useTranslation } from 'react-i18next';
import { entitlementBody, paymentBody } from '../../../../src/api/routes/support/schema';
import { SUPPORT_KINDS, SUPPORT_PERIODS } from '../../../../src/domain/support';
import { caseApi, type CaseDetail } from '../../api/case-api';
import { DateText } from '../../components/date-text';
import { FormError } from '../../components/form-error';
import { MoneyField, toMinor } from '../../components/money-field';
import { Resource, useResource } from '../../components/resource';
import { DateField, SelectField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { formatMoney } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { orNull, useOptions } from './options';
import { OrganizationField } from './organization-field';
import { SupportChart } from './support-chart';
import { useReload } from './use-reload';

/** The support ledger: what the client is entitled to, from whom, until when; and what was received per month. */
export function SupportSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const language = useLanguage();
  const [tick, reload] = useReload();
  const support = useResource((signal) => caseApi.support(detail.clientId, signal), [detail.clientId, tick]);
  return (
    <CaseSection name="support">
      <Resource state={support}>
        {({ outlook, entitlements, received }) => (
          <>
            <p>
              {outlook.state === 'covered' && t('support.covered')}
              {outlook.state === 'losing' && (
                <strong className="alert">
                  {t('support.losing')} <DateText value={outlook.uncoveredFrom} />
                </strong>
              )}
              {outlook.state === 'none' && <strong className="alert">{t('support.noneNow')}</strong>}
            </p>
            {detail.abilities['support:update'] && (
              <div className="actions">
                <AddForm label={t('support.addEntitlement')} onSaved={reload}>
                  {(saved) => <EntitlementForm personId={detail.clientId} onSaved={saved} />}
                </AddForm>
                {entitlements.length > 0 && (
                  <AddForm label={t('support.addPayment')} onSaved={reload}>
                    {(saved) => <PaymentForm personId={detail.clientId} entitlements={entitlements} onSaved={saved} />}
                  </AddForm>
                )}
              </div>
            )}
            {entitlements.length > 0 && (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('support.provider')}</th>
                    <th scope="col">{t('support.kind')}</th>
                    <th scope="col">{t('support.amount')}</th>
                    <th scope="col">{t('support.startsOn')}</th>
                    <th scope="col">{t('support.endsOn')}</th>
                    <th scope="col">{t('support.basis')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entitlements.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <bdi>{e.providerName}</bdi>
                      </td>
                      <td>{t(`support.kinds.${e.kind}`)}</td>
                      <td>
                        {e.amount && formatMoney(e.amount.amountMinor, e.amount.currency, language)}{' '}
                        {t(`support.periods.${e.period}`)}
                      </td>
                      <td>
                        <DateText value={e.startsOn} />
                      </td>
                      <td>{e.endsOn && <DateText value={e.endsOn} />}</td>
                      <td>
                        <bdi>{e.basis}</bdi>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <SupportChart received={received} />
          </>
        )}
      </Resource>
    </CaseSection>
  );
}

function EntitlementForm({ personId, onSaved }: { personId: string; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: {
      providerId: '',
      kind: 'cash',
      amountMinor: '',
      currency: 'EUR',
      period: 'monthly',
      startsOn: '',
      endsOn: '',
      basis: '',
    },
    schema: entitlementBody,
    toInput: (v) => ({
      providerId: v.providerId,
      kind: v.kind,
      amountMinor: v.amountMinor === '' ? null : (toMinor(v.amountMinor, v.currency) ?? v.amountMinor),
      currency: v.currency,
      period: v.period,
      startsOn: v.startsOn,
      endsOn: orNull(v.endsOn),
      basis: orNull(v.basis),
    }),
    save: (input) => caseApi.addEntitlement(personId, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <OrganizationField label={t('support.provider')} field={form.field('providerId')} />
      <SelectField
        label={t('support.kind')}
        options={options('support.kinds', SUPPORT_KINDS)}
        {...form.field('kind')}
      />
      <MoneyField label={t('support.amount')} amount={form.field('amountMinor')} currency={form.field('currency')} />
      <SelectField
        label={t('support.period')}
        options={options('support.periods', SUPPORT_PERIODS)}
        {...form.field('period')}
      />
      <DateField label={t('support.startsOn')} {...form.field('startsOn')} />
      <DateField label={t('support.endsOn')} {...form.field('endsOn')} />
      <TextField label={t('support.basis')} hint={t('support.basisHint')} {...form.field('basis')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}

interface PaymentFormProps {
  personId: string;
  entitlements: readonly { id: string; providerName: string; kind: string; currency: string }[];
  onSaved: () => void;
}

function PaymentForm({ personId, entitlements, onSaved }: PaymentFormProps) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const first = entitlements[0];
  const form = useForm({
    initial: { entitlementId: first?.id ?? '', paidOn: '', amountMinor: '', currency: first?.currency ?? 'EUR' },
    schema: paymentBody,
    toInput: (v) => ({
      paidOn: v.paidOn,
      amountMinor: toMinor(v.amountMinor, v.currency) ?? v.amountMinor,
      currency: v.currency,
    }),
    save: (input, typed) => caseApi.addPayment(personId, typed.entitlementId, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <SelectField
        label={t('support.entitlement')}
        options={entitlements.map((e) => ({
          value: e.id,
          label: `${e.providerName} — ${t(`support.kinds.${e.kind}`)}`,
        }))}
        {...form.field('entitlementId')}
      />
      <DateField label={t('support.paidOn')} {...form.field('paidOn')} />
      <MoneyField label={t('support.amount')} amount={form.field('amountMinor')} currency={form.field('currency')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}

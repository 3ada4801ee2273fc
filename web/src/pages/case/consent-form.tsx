import { useTranslation } from 'react-i18next';
import { consentBody } from '../../../../src/api/routes/incidents/schema';
import { CONSENT_METHODS, CONSENT_PURPOSES } from '../../../../src/domain/consent';
import type { CaseDetail } from '../../api/case-api';
import { incidentApi } from '../../api/incident-api';
import { RecordForm } from '../../components/record-form';
import { DateField, SelectField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { useLanguage } from '../../i18n/use-language';
import { useOptions } from './options';

/** The client's consent to a use of their account of the incident: which use, when and how it was given. */
export function ConsentForm({
  detail,
  incidentId,
  onSaved,
}: {
  detail: CaseDetail;
  incidentId: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const language = useLanguage();
  const form = useForm({
    initial: { purpose: 'internal_only', givenOn: '', method: 'oral' },
    schema: consentBody,
    toInput: (v) => ({ ...v, givenBy: detail.clientId }),
    save: (input) => incidentApi.recordConsent(incidentId, input, language),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form}>
      <SelectField
        label={t('consents.purpose', { client: detail.clientLabel })}
        options={options('consents.purposes', CONSENT_PURPOSES)}
        {...form.field('purpose')}
      />
      <DateField label={t('consents.givenOn')} {...form.field('givenOn')} />
      <SelectField
        label={t('consents.method')}
        options={options('consents.methods', CONSENT_METHODS)}
        {...form.field('method')}
      />
    </RecordForm>
  );
}

import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { statusBody, type referral } from '../../../../src/api/routes/referrals/schema';
import { REFERRAL_STATUSES, canTransitionReferral } from '../../../../src/domain/referral';
import { caseworkApi } from '../../api/casework-api';
import { RecordForm } from '../../components/record-form';
import { DateField, SelectField, TextAreaField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { orNull, useOptions } from './options';
import { storedOne } from './stored-one';

type Referral = z.infer<typeof referral>;

const valuesOf = (r: Referral) => ({ status: r.status, on: r.statusOn, outcome: r.outcome ?? '' });

/** The receiving organization's answer (accepted, declined) and, at the end, the outcome; a save over someone else's shows both. */
export function ReferralStatusForm({ item, onSaved }: { item: Referral; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const next = REFERRAL_STATUSES.filter((s) => canTransitionReferral(item.status, s));
  const form = useForm({
    initial: { status: next[0] ?? item.status, on: '', outcome: item.outcome ?? '' },
    schema: statusBody,
    version: item.version,
    keeps: true,
    toInput: (v, version) => ({ version, status: v.status, on: v.on, outcome: orNull(v.outcome) }),
    save: (input) => caseworkApi.referralStatus(item.id, input),
    stored: async () => {
      const now = storedOne((await caseworkApi.referrals(item.caseId)).items, item.id);
      return { values: valuesOf(now), version: now.version };
    },
    onSaved,
    failed: tf('failed'),
  });
  const labels = { status: t('referrals.status'), on: t('referrals.statusOn'), outcome: t('referrals.outcome') };
  return (
    <RecordForm
      form={form}
      labels={labels}
      show={(name, value) => (name === 'status' && value ? t(`referrals.statuses.${value}`) : value)}
    >
      <SelectField label={labels.status} options={options('referrals.statuses', next)} {...form.field('status')} />
      <DateField label={labels.on} {...form.field('on')} />
      <TextAreaField label={labels.outcome} {...form.field('outcome')} />
    </RecordForm>
  );
}
